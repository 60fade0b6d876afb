// What a mediator sends reaches the visitor, visibly. A Kriolu visitor at
// the kiosk chats with a remote mediator (English console) who sends a
// photo, shown on the kiosk, and a document, which the kiosk offers on the
// phone; the console shows both delivered; an idle reset clears the photo
// and its address stops working. Then a Telegram case whose visitor
// blocked the bot shows the failure and the block.
// Usage: node files.mjs BASE_URL KIOSK_TOKEN USERNAME PASSWORD SCREENSHOT_DIR BLOCKED_CASE
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';

const [base, kioskToken, username, password, shots, blockedCase] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const problems = [];
function watch(page, name) {
  page.on('pageerror', e => problems.push(name + ' page error: ' + e.message));
  page.on('console', m => { if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(name + ' console: ' + m.text()); });
  return page;
}

// A 1x1 PNG.
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg==', 'base64');
const kea = (await (await fetch(base + '/api/v1/kiosk/strings?lang=kea')).json()).strings;

const consoleContext = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
const desk = watch(await consoleContext.newPage(), 'console');
const kioskContext = await browser.newContext({ viewport: { width: 1080, height: 1920 }, hasTouch: true, locale: 'pt-PT' });
await kioskContext.clock.install();
const kiosk = watch(await kioskContext.newPage(), 'kiosk');

// What the kiosk's chat did and when, printed if the test fails: whether a
// late photo was late on its stream or in its download.
const started = Date.now();
const timeline = [];
const mark = (what) => timeline.push(`${String(Date.now() - started).padStart(6)} ms ${what}`);
const chatPath = u => { const p = new URL(u).pathname; return p.includes('/chats/') ? p.replace(/chats\/[^/]+/, 'chats/…') : null; };
// The chat's own address, to write as the visitor from outside the page.
let chatAddress = null;
kiosk.on('request', r => {
  const m = new URL(r.url()).pathname.match(/^\/api\/v1\/kiosk\/chats\/[^/]+/);
  if (m && !chatAddress) chatAddress = m[0];
  if (chatPath(r.url())) mark('request ' + r.method() + ' ' + chatPath(r.url()));
});
kiosk.on('response', r => chatPath(r.url()) && mark('response ' + r.status() + ' ' + chatPath(r.url())));
kiosk.on('requestfailed', r => chatPath(r.url()) && mark('failed ' + chatPath(r.url()) + ' ' + r.failure()?.errorText));
const cdp = await kioskContext.newCDPSession(kiosk);
await cdp.send('Network.enable');
cdp.on('Network.eventSourceMessageReceived', e => mark('stream ' + e.eventName + ' ' + e.data.slice(0, 120)));

try {
  await desk.goto(base + '/console/');
  await desk.getByLabel('Username').fill(username);
  await desk.getByLabel('Password').fill(password);
  await desk.getByRole('button', { name: 'Sign in' }).click();
  await desk.getByText('Where I am working').waitFor();
  await desk.getByLabel('Available').check();
  await desk.getByRole('button', { name: 'Save' }).click();
  await desk.getByText('Saved.').waitFor();

  // A Kriolu visitor asks for a person at the kiosk; nobody here speaks
  // Kriolu, so it is a chat with the remote mediator.
  await kiosk.goto(base + '/kiosk/#token=' + kioskToken);
  await kiosk.getByRole('button', { name: 'Kriolu kabuverdianu' }).click();
  await kiosk.getByRole('button', { name: kea['kiosk-talk'] }).first().click();
  await kiosk.getByRole('heading', { name: kea['kiosk-chat-title'] }).waitFor();
  const row = desk.locator(`tr[data-case]:not([data-case="${blockedCase}"])`).first();
  await row.waitFor({ timeout: 30000 });
  const caseId = await row.getAttribute('data-case');
  await row.getByRole('button', { name: 'Take' }).click();
  await desk.locator('#case-status', { hasText: 'In progress' }).waitFor();

  // A photo: shown on the kiosk, delivered in the console. The mediator
  // picks it just as the visitor writes: the live update redraws the case
  // under the open file dialog, and the choice lands on the chooser that
  // is no longer shown. It must still be the file that goes.
  const chooser = await desk.$('#send-file');
  const wrote = await fetch(base + chatAddress + '/messages', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-kiosk-token': kioskToken },
    body: JSON.stringify({ text: 'Obrigadu', client_id: 'files-e2e-1' }),
  });
  assert.equal(wrote.status, 200, 'the visitor writes');
  await desk.waitForFunction(i => !i.isConnected, chooser);
  await chooser.evaluate((input, b64) => {
    const dt = new DataTransfer();
    dt.items.add(new File([Uint8Array.from(atob(b64), c => c.charCodeAt(0))], 'mapa.png', { type: 'image/png' }));
    input.files = dt.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, png.toString('base64'));
  await desk.getByRole('button', { name: 'Send file' }).click();
  const image = kiosk.locator('.transcript li.mediator img.chat-image');
  await image.waitFor({ timeout: 30000 });
  await kiosk.waitForFunction(() => { const i = document.querySelector('img.chat-image'); return i && i.complete && i.naturalWidth === 1; });
  assert.equal(await image.getAttribute('alt'), kea['kiosk-chat-image']);
  const imageUrl = new URL(await image.getAttribute('src'), base).href;
  await desk.locator('.transcript li.mediator .delivery[data-state="delivered"]', { hasText: 'Delivered' }).waitFor({ timeout: 30000 });

  // Send file with nothing chosen says so, rather than nothing.
  await desk.getByRole('button', { name: 'Send file' }).click();
  await desk.locator('#status', { hasText: 'Choose a photo or document first.' }).waitFor();

  // A document: the shared screen does not keep it, it offers the phone.
  await desk.getByLabel('Photo or document for the visitor').setInputFiles({ name: 'lista.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 lista') });
  await desk.getByRole('button', { name: 'Send file' }).click();
  const offer = kiosk.locator('.transcript li.mediator .chat-document');
  await offer.waitFor({ timeout: 30000 });
  assert.equal(await offer.textContent(), kea['kiosk-chat-document'].replace('{name}', 'lista.pdf'));
  await kiosk.locator('.transcript li.mediator').getByRole('button', { name: kea['kiosk-phone'] }).waitFor();
  await desk.locator('.transcript li.mediator .delivery[data-state="delivered"]').nth(1).waitFor({ timeout: 30000 });
  await kiosk.screenshot({ path: shots + '/kiosk-chat-files.png', fullPage: true });
  await desk.screenshot({ path: shots + '/console-files-delivered.png', fullPage: true });

  // Nobody touches the kiosk: the photo leaves the screen with everything
  // else, and its address no longer answers.
  await kioskContext.clock.fastForward('10:01');
  await kiosk.getByRole('alertdialog').waitFor();
  await kioskContext.clock.fastForward('00:31');
  await kiosk.getByRole('button', { name: 'Kriolu kabuverdianu' }).waitFor();
  assert.equal(await kiosk.locator('img.chat-image').count(), 0, 'photo cleared');
  await desk.locator('#case-status', { hasText: 'Closed' }).waitFor({ timeout: 30000 });
  assert.equal((await fetch(imageUrl)).status, 404, 'the photo is not served after the chat');
  assert.ok(caseId);

  // A Telegram visitor who blocked the bot: the console says so, and the
  // reply that failed says why.
  await desk.goto(base + '/console/#/case/' + blockedCase);
  await desk.locator('#visitor-blocked').waitFor();
  await desk.locator('.transcript li.mediator .delivery[data-state="failed"]', { hasText: 'Not delivered: the visitor blocked the bot' }).waitFor();
  await desk.screenshot({ path: shots + '/console-visitor-blocked.png', fullPage: true });

  assert.deepEqual(problems, []);
  console.log('files e2e: ok');
} catch (e) {
  console.log('kiosk timeline:\n' + timeline.join('\n'));
  console.log('kiosk transcript: ' + await kiosk.locator('.transcript').innerHTML().catch(() => '(none)'));
  console.log('console transcript: ' + await desk.locator('.transcript').innerText().catch(() => '(none)'));
  await desk.screenshot({ path: shots + '/files-console-failure.png', fullPage: true }).catch(() => {});
  await kiosk.screenshot({ path: shots + '/files-kiosk-failure.png', fullPage: true }).catch(() => {});
  throw e;
} finally {
  await browser.close();
}
