// The console in a real browser: sign in, watch the queue update live when
// a visitor asks for a person, take the case, reply, close.
// Usage: node console.mjs BASE_URL KIOSK_TOKEN USERNAME PASSWORD SCREENSHOT_DIR
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';

const [base, kioskToken, username, password, shots] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage({ locale: 'en-GB' });
const problems = [];
page.on('pageerror', e => problems.push('page error: ' + e.message));
// The first /me answers 401 before signing in: expected, so resource
// errors are not counted; script errors and CSP violations are.
page.on('console', m => { if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push('console: ' + m.text()); });

async function kiosk(path, body) {
  const r = await fetch(base + '/api/v1/kiosk' + path, {
    method: 'POST', headers: { 'content-type': 'application/json', 'x-kiosk-token': kioskToken },
    body: JSON.stringify(body),
  });
  assert.equal(r.status, 200, path);
  return r.json();
}

try {
  await page.goto(base + '/console/');
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByText('Where I am working').waitFor();
  await page.getByLabel('Available').check();
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Saved.').waitFor();
  await page.locator('#empty-queue').waitFor();
  await page.screenshot({ path: shots + '/console-queue-empty.png', fullPage: true });

  // A visitor at the kiosk asks for a person: the queue shows it, no reload.
  const chat = await kiosk('/chats', { lang: 'pt', topic: 'housing', context: { read: ['renting-a-home'], searched: ['caução'] } });
  await kiosk('/chats/' + chat.chat + '/messages', { text: '<img src=x onerror=alert(1)> Ajuda com o contrato', client_id: 'a1' });
  const row = page.locator(`tr[data-case="${chat.case_id}"]`);
  await row.waitFor({ timeout: 10000 });
  await page.screenshot({ path: shots + '/console-queue-waiting.png', fullPage: true });
  await row.getByRole('button', { name: 'Take' }).click();

  // The visitor's text is shown as text, never as markup.
  await page.getByText('<img src=x onerror=alert(1)> Ajuda com o contrato').waitFor();
  assert.equal(await page.locator('.transcript img').count(), 0);
  assert.match(await page.locator('#case-status').textContent(), /In progress/);

  await page.getByLabel('Reply to the visitor').fill('Olá! Vamos ver o seu contrato.');
  // The visitor writes while the mediator types: the page redraws live and
  // the half-written reply survives.
  await kiosk('/chats/' + chat.chat + '/messages', { text: 'Ainda está aí?', client_id: 'a2' });
  await page.getByText('Ainda está aí?').waitFor();
  assert.equal(await page.getByLabel('Reply to the visitor').inputValue(), 'Olá! Vamos ver o seu contrato.');
  await page.getByRole('button', { name: 'Send' }).click();
  await page.locator('.transcript li.mediator', { hasText: 'Vamos ver o seu contrato' }).waitFor();
  assert.equal(await page.getByLabel('Reply to the visitor').inputValue(), '', 'sent, so cleared');
  const seen = await (await fetch(base + '/api/v1/kiosk/chats/' + chat.chat)).json();
  assert.ok(seen.messages.some(m => m.text === 'Olá! Vamos ver o seu contrato.'), 'reply reached the kiosk chat');

  // A canned reply is offered in the visitor's language (Portuguese).
  const canned = await page.locator('#canned option').allTextContents();
  assert.ok(canned.some(t => t.startsWith('Olá! Sou mediador')), canned.join(' | '));
  await page.screenshot({ path: shots + '/console-case.png', fullPage: true });

  await page.getByLabel('Outcome').selectOption('answered');
  await page.getByRole('button', { name: 'Close', exact: true }).click();
  await page.locator('#case-status', { hasText: 'Closed' }).waitFor();
  assert.deepEqual(problems, []);
  console.log('console e2e: ok');
} catch (e) {
  await page.screenshot({ path: shots + '/console-failure.png', fullPage: true }).catch(() => {});
  throw e;
} finally {
  await browser.close();
}
