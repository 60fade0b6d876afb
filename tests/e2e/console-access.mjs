// What a mediator may not open stays out of the console: a person's earlier
// case in another topic is only counted, and when the session times out the
// live stream ends and the console asks to sign in again.
// Usage: node console-access.mjs BASE_URL USERNAME PASSWORD CASE_ID SECRET
// (a line "EXPIRE" asks the test to let the session time out and make a
// change; it answers "done".)
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';
import readline from 'node:readline';

const [base, username, password, caseId, secret] = process.argv.slice(2);
const lines = readline.createInterface({ input: process.stdin });
const answers = lines[Symbol.asyncIterator]();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
const page = await (await browser.newContext({ locale: 'en-GB' })).newPage();
try {
  await page.goto(base + '/console/');
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('#nav a').first().waitFor();

  await page.goto(base + '/console/#/case/' + caseId);
  const withheld = page.locator('#history-withheld');
  await withheld.waitFor();
  assert.match(await withheld.innerText(), /cannot open.*: 1$/);
  const shown = await page.locator('#main').innerText();
  assert.ok(!shown.includes(secret), 'the other case stays hidden');
  assert.ok(!shown.includes('Rights'), 'not even its topic');

  console.log('EXPIRE');
  assert.equal((await answers.next()).value, 'done');
  await page.getByLabel('Username').waitFor({ timeout: 30000 });
  console.log('signed out');
} finally {
  lines.close(); // else node waits for more input and never ends
  await browser.close();
}
