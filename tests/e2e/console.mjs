// The console in a real browser: sign in, watch the queue update live when
// a visitor asks for a person, take the case, reply, close; transfer a case
// away, see a Telegram visitor erase their data, call tickets, switch the
// console's language; as an administrator, statistics, team and access log.
// Every screen is audited with axe.
// Usage: node console.mjs BASE_URL KIOSK_TOKEN USERNAME PASSWORD SCREENSHOT_DIR
// (USERNAME speaks en and pt; "bruno" speaks pt; "rui" is an administrator.
// A line "TELEGRAM ask" or "TELEGRAM forget" asks the test to play a
// Telegram user asking for a person, or erasing their data.)
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';
import readline from 'node:readline';
import net from 'node:net';

const [base, kioskToken, username, password, shots] = process.argv.slice(2);
const lines = readline.createInterface({ input: process.stdin });
const answers = lines[Symbol.asyncIterator]();
async function telegram(what) {
  console.log('TELEGRAM ' + what);
  const r = await answers.next();
  assert.equal(r.value, 'done', 'the test played the Telegram user');
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
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

const audited = [];
async function audit(screen) {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  const found = r.violations.map(v => `${screen}: ${v.id} (${v.nodes.length}) ${v.help} — ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(found, [], 'axe found accessibility problems');
  audited.push(screen);
}

// WCAG 2.5.8: at least 24 by 24 CSS pixels.
async function bigEnough(locator, what) {
  const n = await locator.count();
  assert.ok(n > 0, what);
  for (let i = 0; i < n; i++) {
    const b = await locator.nth(i).boundingBox();
    assert.ok(b && b.width >= 24 && b.height >= 24, `${what} ${i}: ${JSON.stringify(b)}`);
  }
}

// A TCP proxy to the server whose connections can be cut, as a dropped
// network would.
async function cuttableProxy(target) {
  const to = new URL(target);
  const open = new Set();
  let refusing = false;
  const server = net.createServer(client => {
    if (refusing) return client.destroy();
    const upstream = net.connect(Number(to.port), to.hostname);
    for (const [a, b] of [[client, upstream], [upstream, client]]) {
      open.add(a);
      a.pipe(b);
      a.on('error', () => b.destroy());
      a.on('close', () => { open.delete(a); b.destroy(); });
    }
  });
  await new Promise(r => server.listen(0, to.hostname, r));
  return {
    url: `http://${to.hostname}:${server.address().port}`,
    cut() { refusing = true; for (const s of open) s.destroy(); },
    restore() { refusing = false; },
    close() { server.close(); },
  };
}

async function signIn(user) {
  await page.goto(base + '/console/');
  await page.getByLabel('Username').fill(user);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('#nav a').first().waitFor();
}

try {
  await page.goto(base + '/console/');
  await page.getByLabel('Username').waitFor();
  assert.equal(await page.locator('#top').isVisible(), false, 'no empty header on the sign-in page');
  await audit('sign-in');
  await signIn(username);
  await page.getByText('Where I am working').waitFor();
  await bigEnough(page.locator('#nav a'), 'nav link');
  await bigEnough(page.locator('input[type=checkbox]'), 'checkbox');
  await page.getByLabel('Available').check();
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Saved.').waitFor();
  await page.locator('#empty-queue').waitFor();
  await audit('queue');
  await page.screenshot({ path: shots + '/console-queue-empty.png', fullPage: true });

  // A visitor at the kiosk asks for a person: the queue shows it, no reload.
  const chat = await kiosk('/chats', { lang: 'pt', topic: 'housing', context: { read: ['renting-a-home'], searched: ['caução'] } });
  await kiosk('/chats/' + chat.chat + '/messages', { text: '<img src=x onerror=alert(1)> Ajuda com o contrato', client_id: 'a1' });
  const row = page.locator(`tr[data-case="${chat.case_id}"]`);
  await row.waitFor({ timeout: 30000 });
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
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await page.locator('.transcript li.mediator', { hasText: 'Vamos ver o seu contrato' }).waitFor();
  assert.equal(await page.getByLabel('Reply to the visitor').inputValue(), '', 'sent, so cleared');
  const seen = await (await fetch(base + '/api/v1/kiosk/chats/' + chat.chat)).json();
  assert.ok(seen.messages.some(m => m.text === 'Olá! Vamos ver o seu contrato.'), 'reply reached the kiosk chat');

  // A canned reply is offered in the visitor's language (Portuguese).
  const canned = await page.locator('#canned option').allTextContents();
  assert.ok(canned.some(t => t.startsWith('Olá! Sou mediador')), canned.join(' | '));
  await audit('case');
  await page.screenshot({ path: shots + '/console-case.png', fullPage: true });

  await page.getByLabel('Outcome').selectOption('answered');
  await page.getByRole('button', { name: 'Close', exact: true }).click();
  await page.locator('#case-status', { hasText: 'Closed' }).waitFor();
  await kiosk('/chats/' + chat.chat + '/rating', { rating: 5 });

  // A case transferred to a colleague: the page says where it went, with
  // no reply box left over, and no "not allowed".
  const second = await kiosk('/chats', { lang: 'pt', topic: 'labour' });
  await page.goto(base + '/console/#/queue');
  await page.locator(`tr[data-case="${second.case_id}"]`).getByRole('button', { name: 'Take' }).click();
  await page.getByLabel('Reply to the visitor').waitFor();
  await page.getByLabel('To mediator').selectOption({ label: 'bruno Silva' });
  // The visitor writes meanwhile: the page redraws live, and the chosen
  // colleague must still be the one the case goes to.
  await kiosk('/chats/' + second.chat + '/messages', { text: 'Estou à espera', client_id: 'b1' });
  await page.locator('.transcript li', { hasText: 'Estou à espera' }).waitFor();
  assert.equal(await page.getByLabel('To mediator').inputValue() !== '', true, 'the choice survived the redraw');
  await page.getByRole('button', { name: 'Transfer', exact: true }).click();
  await page.locator('#case-gone', { hasText: `You transferred case no. ${second.case_id} to bruno Silva.` }).waitFor();
  assert.equal(await page.locator('#reply').count(), 0, 'no reply box');
  assert.equal(await page.locator('#status').textContent(), '');
  await audit('case transferred');

  // A Telegram visitor erases their data while the mediator has the case
  // open: the page says so, live.
  await page.goto(base + '/console/#/queue');
  await telegram('ask');
  const tgRow = page.locator('tr[data-case]', { hasText: 'Telegram' });
  await tgRow.getByRole('button', { name: 'Take' }).click();
  await page.getByLabel('Reply to the visitor').waitFor();
  await telegram('forget');
  await page.locator('#case-gone', { hasText: 'The visitor erased their data' }).waitFor({ timeout: 30000 });
  assert.equal(await page.locator('#reply').count(), 0, 'no reply box');
  await audit('case erased');

  // The connection drops and a visitor asks for a person meanwhile: no
  // event reached the page, so once it is back it reloads the queue. The
  // page goes through a proxy that can cut its connections (the session
  // cookie is the same host's).
  const line = await cuttableProxy(base);
  await page.goto(line.url + '/console/#/queue');
  await page.locator('#empty-queue').waitFor();
  line.cut();
  await page.locator('#status', { hasText: 'Connection lost' }).waitFor();
  const whileAway = await kiosk('/chats', { lang: 'pt', topic: 'housing' });
  line.restore();
  await page.locator(`tr[data-case="${whileAway.case_id}"]`).waitFor({ timeout: 30000 });
  await page.locator(`tr[data-case="${whileAway.case_id}"]`).getByRole('button', { name: 'Take' }).click();
  await page.getByLabel('Reply to the visitor').waitFor();
  await page.getByLabel('Outcome').selectOption('answered');
  await page.getByRole('button', { name: 'Close', exact: true }).click();
  await page.locator('#case-status', { hasText: 'Closed' }).waitFor();
  line.close();

  // Tickets at counter 4: calling with nobody waiting says so and the
  // person at the counter stays called.
  await page.goto(base + '/console/#/queue');
  await page.locator('#presence-site').selectOption('lisboa');
  await page.locator('#presence-counter').selectOption('4');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Saved.').waitFor();
  const ticket = await kiosk('/tickets', { lang: 'pt', topic: 'labour' });
  await page.locator('.ticket', { hasText: ticket.label }).waitFor();
  await page.getByRole('button', { name: 'Call next ticket' }).click();
  await page.locator('.called', { hasText: ticket.label }).waitFor();
  await page.getByRole('button', { name: 'Call next ticket' }).click();
  await page.locator('#status', { hasText: 'There are no waiting tickets you can serve.' }).waitFor();
  assert.equal(await page.locator('.called', { hasText: ticket.label }).count(), 1, 'still called');
  // A live update (someone else's new ticket) redraws the queue but does
  // not wipe what the mediator was just told.
  const other = await kiosk('/tickets', { lang: 'pt', topic: 'labour' });
  await page.locator('.ticket', { hasText: other.label }).waitFor();
  await page.waitForTimeout(500);
  assert.match(await page.locator('#status').textContent(), /There are no waiting tickets you can serve\./);
  await page.getByRole('button', { name: 'Call next ticket' }).click();
  await page.locator('.called', { hasText: other.label }).waitFor();

  // In Ukrainian, the console's own words and the server's errors alike
  // (the browser asks for English).
  await page.getByLabel('Console language').selectOption('uk');
  await page.locator('#nav a', { hasText: 'Черга' }).waitFor();
  await page.locator('#call-next').click();
  await page.locator('#status', { hasText: 'Немає талонів у черзі, які ви можете обслужити.' }).waitFor();
  await audit('queue in Ukrainian');
  await page.locator('#ui-lang').selectOption('en');
  await page.locator('#nav a', { hasText: 'Queue' }).waitFor();
  await page.locator('.called').getByRole('button', { name: 'Done' }).click();
  await page.locator('.called').waitFor({ state: 'detached' });

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL(u => u.hash === '');
  await page.getByLabel('Username').waitFor();
  assert.equal(await page.locator('#top').isVisible(), false);

  // An administrator: statistics by name, the team, the access log in words.
  await signIn('rui');
  await page.locator('#nav a', { hasText: 'Statistics' }).click();
  await page.getByRole('heading', { name: /Satisfaction .* By site/ }).waitFor();
  const stats = await page.locator('main').innerText();
  for (const raw of ['category-', 'lisboa', 'undefined']) assert.ok(!stats.includes(raw), `raw key ${raw} in statistics:\n${stats}`);
  assert.ok(!/^\t/m.test(stats), `a row without a name:\n${stats}`);
  for (const name of ['Work', 'Housing', 'CNAI Lisboa', 'Service C: Housing']) assert.ok(stats.includes(name), `${name} missing:\n${stats}`);
  await audit('statistics');
  await page.screenshot({ path: shots + '/console-stats.png', fullPage: true });
  await page.locator('#nav a', { hasText: 'Team' }).click();
  await page.getByRole('heading', { name: 'Add mediator' }).waitFor();
  await bigEnough(page.locator('input[type=checkbox]'), 'checkbox');
  await audit('team');
  await page.locator('#nav a', { hasText: 'Access log' }).click();
  await page.getByRole('cell', { name: 'Took the case' }).first().waitFor();
  const log = await page.locator('main tbody').innerText();
  for (const words of ['Opened the case', 'Transferred the case', 'The visitor erased their data']) assert.ok(log.includes(words), `${words} missing:\n${log}`);
  for (const raw of ['\topen\t', '\tclaim\t', 'visitor_erased']) assert.ok(!log.includes(raw), `raw action in:\n${log}`);
  await audit('access log');

  assert.deepEqual(problems, []);
  console.log('console e2e: ok; axe found nothing on: ' + audited.join(', '));
} catch (e) {
  await page.screenshot({ path: shots + '/console-failure.png', fullPage: true }).catch(() => {});
  throw e;
} finally {
  lines.close(); // else node waits for more input and never ends
  await browser.close();
}
