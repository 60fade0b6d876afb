// Accounts in the console, in a real browser: an administrator changes a
// mediator's topics, disables and enables the account and issues a reset
// link; the mediator sets a new password with it (a common one is refused
// with the reason), changes it again under "My account"; the access log
// shows each action in words with the account it was about. Every screen
// is audited with axe.
// Usage: node console-accounts.mjs BASE_URL PASSWORD NEW_PASSWORD SCREENSHOT_DIR
// ("rui" is an administrator, "bruno" a mediator; both read English.)
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';

const [base, password, newPassword, shots] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
const problems = [];
page.on('pageerror', e => problems.push('page error: ' + e.message));
// 401 before signing in and 400s of refused passwords are expected
// resource errors; script errors and CSP violations are not.
page.on('console', m => { if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push('console: ' + m.text()); });

const audited = [];
async function audit(screen) {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  const found = r.violations.map(v => `${screen}: ${v.id} (${v.nodes.length}) ${v.help} — ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(found, [], 'axe found accessibility problems');
  audited.push(screen);
}

async function signIn(user, pass) {
  await page.goto(base + '/console/#/queue');
  await page.getByLabel('Username').fill(user);
  await page.getByLabel('Password', { exact: true }).fill(pass);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('#nav a').first().waitFor();
}

async function signOut() {
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  // Signed out is a new page without a route, loaded.
  await page.waitForURL(u => u.hash === '');
  await page.getByLabel('Username').waitFor();
}

const status = () => page.locator('#status');

try {
  await signIn('rui', password);
  await page.locator('#nav a', { hasText: 'Team' }).click();
  const row = page.locator('tr', { hasText: 'bruno Silva' });
  await row.getByRole('link', { name: 'Edit bruno Silva' }).click();
  await page.getByRole('heading', { name: 'Account of bruno Silva' }).waitFor();
  await page.getByLabel('Health').check();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await status().filter({ hasText: 'Saved.' }).waitFor();
  // The languages bruno may edit in the knowledge base: translations only.
  assert.equal(await page.locator('#editor-lang-pt').count(), 0, 'the Portuguese source is administrators\' own');
  await page.locator('#editor-lang-uk').check();
  await page.getByRole('button', { name: 'Save the editing languages' }).click();
  await status().filter({ hasText: 'Saved.' }).waitFor();
  await page.reload();
  await page.getByRole('heading', { name: 'Account of bruno Silva' }).waitFor();
  assert.equal(await page.locator('#editor-lang-uk').isChecked(), true, 'the grant was saved');
  await page.getByRole('button', { name: 'Disable account' }).click();
  await page.locator('#account-status', { hasText: 'Disabled' }).waitFor();
  assert.equal(await page.getByLabel('Health').isChecked(), true, 'the topic was saved');
  await page.getByRole('button', { name: 'Enable account' }).click();
  await page.locator('#account-status', { hasText: 'Active' }).waitFor();
  await page.getByRole('button', { name: 'Create a password reset link' }).click();
  const link = await page.getByLabel('Password reset link').inputValue();
  assert.match(link, /\/console\/#\/reset\/[A-Za-z0-9_-]{40,}$/);
  await page.getByText('It works once, until').waitFor();
  await audit('account of a mediator');
  await page.screenshot({ path: shots + '/console-account-edit.png', fullPage: true });
  await signOut();

  // The mediator opens the link: a common password is refused with the
  // reason, a good one is set, and they sign in with it.
  // (The test server's public address has no port: keep the link's path.)
  await page.goto(base + new URL(link).pathname + new URL(link).hash);
  await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
  await audit('reset link');
  await page.getByLabel('New password').fill('password123');
  await page.getByRole('button', { name: 'Change password' }).click();
  await status().filter({ hasText: 'one of the most used' }).waitFor();
  await page.getByLabel('New password').fill(newPassword);
  await page.getByRole('button', { name: 'Change password' }).click();
  await status().filter({ hasText: 'Your new password is set' }).waitFor();
  await signIn('bruno', newPassword);

  // My account: the current password is required.
  await page.locator('#nav a', { hasText: 'My account' }).click();
  await page.getByLabel('Current password').fill('not my password');
  await page.getByLabel('New password').fill('a third fine passphrase');
  await page.getByRole('button', { name: 'Change password' }).click();
  await status().filter({ hasText: 'The current password is wrong.' }).waitFor();
  await page.getByLabel('Current password').fill(newPassword);
  await page.getByRole('button', { name: 'Change password' }).click();
  await status().filter({ hasText: 'Password changed.' }).waitFor();
  await audit('my account');
  await signOut();

  await signIn('rui', password);
  await page.locator('#nav a', { hasText: 'Access log' }).click();
  await page.getByRole('cell', { name: 'Disabled the account' }).waitFor();
  const log = await page.locator('main tbody').innerText();
  for (const words of ['Changed languages, topics, services or role', 'Enabled the account', 'Created a password reset link', 'Reset the password', 'Changed their own password']) {
    assert.ok(log.includes(words), `${words} missing:\n${log}`);
  }
  assert.ok(!log.includes('account_'), `raw action in:\n${log}`);
  assert.ok(/Disabled the account\t\t?bruno/.test(log), `the account named:\n${log}`);
  await audit('access log with accounts');

  assert.deepEqual(problems, []);
  console.log('console accounts e2e: ok; axe found nothing on: ' + audited.join(', '));
} catch (e) {
  await page.screenshot({ path: shots + '/console-accounts-failure.png', fullPage: true }).catch(() => {});
  throw e;
} finally {
  await browser.close();
}
