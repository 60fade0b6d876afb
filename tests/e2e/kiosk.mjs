// The lobby kiosk and the lobby display in a real browser, with two
// mediators working in the console: one at counter 4 of the site, one
// remote. Every kiosk screen is audited with axe.
// Usage: node kiosk.mjs BASE_URL KIOSK_TOKEN PASSWORD SCREENSHOT_DIR
// (mediators with English consoles: "olena" also speaks Ukrainian, "ana"
// Portuguese)
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';
import readline from 'node:readline';

const [base, kioskToken, password, shots] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--autoplay-policy=no-user-gesture-required'],
});
const problems = [];
function watch(page, name) {
  page.on('pageerror', e => problems.push(name + ' page error: ' + e.message));
  // Failed requests while the network is cut are expected; script errors
  // and CSP violations are not.
  page.on('console', m => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource') && !m.text().includes('net::ERR_INTERNET_DISCONNECTED')) {
      problems.push(name + ' console: ' + m.text());
    }
  });
  return page;
}

async function signIn(username, presence) {
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
  const page = watch(await context.newPage(), username);
  await page.goto(base + '/console/');
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByText('Where I am working').waitFor();
  if (presence) {
    await page.locator('#presence-site').selectOption(presence.site);
    await page.locator('#presence-counter').selectOption(presence.counter);
  }
  await page.getByLabel('Available').check();
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Saved.').waitFor();
  return page;
}

// The kiosk: a portrait touchscreen, its own clock so idle time can be
// fast-forwarded.
const kioskContext = await browser.newContext({ viewport: { width: 1080, height: 1920 }, hasTouch: true, locale: 'pt-PT' });
await kioskContext.clock.install();
const kiosk = watch(await kioskContext.newPage(), 'kiosk');
const audited = [];

async function audit(screen) {
  const r = await new AxeBuilder({ page: kiosk }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  const found = r.violations.map(v => `${screen}: ${v.id} (${v.nodes.length}) ${v.help} — ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(found, [], 'axe found accessibility problems');
  audited.push(screen);
}

async function shot(name, page = kiosk) {
  await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
}

const key = ch => kiosk.locator('.keyboard button', { hasText: new RegExp('^' + ch + '$') }).first();
async function typeOnScreen(text) {
  for (const ch of text) await (ch === ' ' ? kiosk.locator('.keyboard .space') : key(ch)).click();
}

// Asks the test that runs this script to act outside the browser; it
// answers with a line.
const lines = readline.createInterface({ input: process.stdin });
const answers = lines[Symbol.asyncIterator]();
async function ask(request) {
  console.log(request);
  return (await answers.next()).value;
}

try {
  const olena = await signIn('olena', { site: 'lisboa', counter: '4' });
  const ana = await signIn('ana');
  const displayContext = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const display = watch(await displayContext.newPage(), 'display');
  await display.goto(base + '/display');
  assert.match(display.url(), /site=lisboa/, 'the display of the only site');
  await display.locator('#welcome:not(:empty)').waitFor();

  // ---- choosing a language ----
  await kiosk.goto(base + '/kiosk/#token=' + kioskToken);
  await kiosk.getByRole('button', { name: 'Українська' }).waitFor();
  assert.equal(await kiosk.locator('.languages button').count(), 9, 'nine languages');
  await audit('languages');
  await shot('kiosk-1-languages');
  await kiosk.getByRole('button', { name: 'Українська' }).click();
  await kiosk.getByRole('heading', { name: 'З чим вам допомогти?' }).waitFor();
  assert.equal(await kiosk.evaluate(() => document.documentElement.lang), 'uk');
  await audit('home');
  await shot('kiosk-2-home');
  await kiosk.setViewportSize({ width: 1920, height: 1080 });
  await shot('kiosk-2b-home-landscape');
  await kiosk.setViewportSize({ width: 1080, height: 1920 });

  // ---- browsing to an article ----
  await kiosk.getByRole('button', { name: 'Житло' }).click();
  await kiosk.getByRole('heading', { name: 'Житло' }).waitFor();
  await audit('category');
  await kiosk.getByRole('button', { name: 'Оренда житла' }).click();
  await kiosk.getByRole('heading', { name: 'Оренда житла', level: 1 }).waitFor();
  await kiosk.getByText('Машинний переклад').first().waitFor(); // review status, plainly
  await kiosk.getByRole('heading', { name: 'До кого звернутися' }).waitFor();
  assert.match(await kiosk.locator('.disclaimer').textContent(), /не юридична консультація/);
  await audit('article');
  await shot('kiosk-3-article');
  await kiosk.getByRole('button', { name: 'Корисно', exact: true }).click();
  await kiosk.getByText('Дякуємо!').waitFor();
  // Larger text and high contrast, then back to normal.
  await kiosk.getByRole('button', { name: 'Більший текст' }).click();
  await kiosk.getByRole('button', { name: 'Високий контраст' }).click();
  assert.equal(await kiosk.getByRole('button', { name: 'Високий контраст' }).getAttribute('aria-pressed'), 'true');
  await audit('article, larger text and high contrast');
  await shot('kiosk-3b-article-contrast');
  // Zoomed to 200% (half the CSS width) with larger text: it reflows, no
  // sideways scrolling.
  await kiosk.setViewportSize({ width: 540, height: 960 });
  assert.ok(await kiosk.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'no sideways scrolling at 200%');
  await kiosk.setViewportSize({ width: 1080, height: 1920 });
  await kiosk.getByRole('button', { name: 'Більший текст' }).click();
  await kiosk.getByRole('button', { name: 'Високий контраст' }).click();

  // ---- the idle question, answered ----
  await kioskContext.clock.fastForward('01:31');
  await kiosk.getByRole('alertdialog').waitFor();
  await audit('idle question');
  await shot('kiosk-4-idle');
  await kiosk.getByRole('button', { name: 'Я ще тут' }).click();
  assert.ok(await kiosk.getByRole('alertdialog').isHidden());
  await kiosk.getByRole('heading', { name: 'Оренда житла', level: 1 }).waitFor();

  // ---- searching with the on-screen keyboard, in Cyrillic ----
  await kiosk.getByRole('button', { name: 'Головна' }).click();
  await kiosk.getByRole('button', { name: 'Пошук' }).click();
  await kiosk.getByRole('heading', { name: 'Пошук' }).waitFor();
  const metrics = async () => (await (await fetch(base + '/metrics')).text());
  const counted = m => Number((m.match(/^balcao_searches_total (\d+)/m) || [0, 0])[1]);
  const before = counted(await metrics());
  await typeOnScreen('оренд');
  assert.equal(await kiosk.locator('#search-field').inputValue(), 'оренд');
  await kiosk.locator('#results button', { hasText: 'Оренда житла' }).waitFor();
  assert.equal(counted(await metrics()), before, 'results as you type are not counted as searches');
  // The Latin layout has the diacritics of pt, fr, es and ro.
  await kiosk.getByRole('button', { name: 'ABC' }).click();
  for (const ch of ['ã', 'ç', 'é', 'ñ', 'ș', 'ț', 'ă']) await key(ch).waitFor();
  await kiosk.getByRole('button', { name: 'АБВ' }).click();
  for (const ch of ['і', 'ї', 'є', 'ґ']) await key(ch).waitFor();
  await audit('search');
  await kiosk.setViewportSize({ width: 540, height: 960 });
  assert.ok(await kiosk.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'the keyboard fits at 200%');
  await kiosk.setViewportSize({ width: 1080, height: 1920 });
  await shot('kiosk-5-search');
  await kiosk.locator('#results button', { hasText: 'Оренда житла' }).click();
  await kiosk.getByRole('heading', { name: 'Оренда житла', level: 1 }).waitFor();
  // Back from a result: the search as it was.
  await kiosk.getByRole('button', { name: 'Назад' }).click();
  assert.equal(await kiosk.locator('#search-field').inputValue(), 'оренд');
  await kiosk.locator('#results button', { hasText: 'Оренда житла' }).click();
  await kiosk.getByRole('heading', { name: 'Оренда житла', level: 1 }).waitFor();
  // Not helpful: the search it was opened from goes with it, for its editors.
  const sent = kiosk.waitForRequest(r => r.url().endsWith('/api/v1/articles/renting-a-home/feedback'));
  await kiosk.getByRole('button', { name: 'Некорисно' }).click();
  assert.deepEqual((await sent).postDataJSON(), { lang: 'uk', helpful: false, query: 'оренд' });
  await kiosk.getByText('Дякуємо!').waitFor();

  // ---- a ticket, called at the counter and shown on the display ----
  await kiosk.getByRole('button', { name: 'Поговорити з медіатором' }).click();
  await kiosk.getByRole('heading', { name: 'Ваш талон' }).waitFor();
  const label = (await kiosk.locator('.ticket .number').textContent()).trim();
  assert.match(label, /^C-\d{3}$/, 'housing is service C');
  await kiosk.getByText('Мова: Українська').waitFor();
  await audit('ticket');
  await shot('kiosk-6-ticket');
  await kiosk.emulateMedia({ media: 'print' });
  assert.ok(await kiosk.locator('#bar').isHidden(), 'the receipt has the ticket only');
  await shot('kiosk-6b-ticket-print');
  await kiosk.emulateMedia({ media: 'screen' });
  await olena.reload();
  await olena.locator('#call-next').click();
  await display.locator('#now .label', { hasText: label }).waitFor();
  assert.match(await display.locator('#now').textContent(), /4/);
  await shot('display-called', display);
  await kiosk.locator('.called', { hasText: label }).waitFor();

  // ---- switching language, and a chat with a remote mediator ----
  await kiosk.getByRole('button', { name: /Мова: Українська/ }).click();
  await kiosk.getByRole('button', { name: 'Português' }).click();
  await kiosk.getByRole('heading', { name: 'A sua senha' }).waitFor(); // back where it was, in Portuguese
  await kiosk.getByRole('button', { name: 'Início' }).click();
  await kiosk.getByRole('button', { name: 'Falar com um mediador' }).click();
  await kiosk.getByRole('heading', { name: 'Conversa com um mediador' }).waitFor();
  await audit('chat');
  await typeOnScreen('preciso de ajuda');
  await kiosk.getByRole('button', { name: 'Enviar' }).click();
  await kiosk.locator('.transcript li.visitor', { hasText: 'preciso de ajuda' }).waitFor();
  // The remote mediator takes it and answers.
  const row = ana.locator('tr[data-case]').first();
  await row.waitFor({ timeout: 30000 });
  await row.getByRole('button', { name: 'Take' }).click();
  await ana.getByText('preciso de ajuda').waitFor();
  await ana.getByLabel('Reply to the visitor').fill('Bom dia! Em que posso ajudar?');
  await ana.getByRole('button', { name: 'Send', exact: true }).click();
  await kiosk.locator('.transcript li.mediator', { hasText: 'Em que posso ajudar?' }).waitFor();
  // The visitor looks at something else, and comes back to the chat.
  await kiosk.getByRole('button', { name: 'Início' }).click();
  await kiosk.getByRole('button', { name: 'Conversa com um mediador' }).click();
  await kiosk.locator('.transcript li.mediator', { hasText: 'Em que posso ajudar?' }).waitFor();
  // The network drops: the kiosk says so; a reply sent meanwhile arrives
  // once when it comes back.
  await kioskContext.setOffline(true);
  await kiosk.locator('#network', { hasText: 'Sem ligação' }).waitFor();
  await ana.getByLabel('Reply to the visitor').fill('Ainda está aí?');
  await ana.getByRole('button', { name: 'Send', exact: true }).click();
  await ana.locator('.transcript li.mediator', { hasText: 'Ainda está aí?' }).waitFor();
  await kioskContext.setOffline(false);
  await kiosk.locator('.transcript li.mediator', { hasText: 'Ainda está aí?' }).waitFor({ timeout: 30000 });
  await kiosk.locator('#network', { hasText: 'Ligação restabelecida' }).waitFor({ timeout: 30000 });
  await kiosk.waitForTimeout(1000);
  assert.equal(await kiosk.locator('.transcript li.mediator').count(), 2, 'each reply once');
  await audit('chat with replies');
  await shot('kiosk-7-chat');

  // ---- nobody touches the screen: everything is cleared ----
  await kioskContext.clock.fastForward('10:01');
  await kiosk.getByRole('alertdialog').waitFor();
  await kioskContext.clock.fastForward('00:31');
  await kiosk.getByRole('button', { name: 'Українська' }).waitFor();
  assert.equal(await kiosk.locator('#nav button').count(), 2, 'only larger text and high contrast, off again');
  assert.equal(await kiosk.locator('#nav button[aria-pressed="true"]').count(), 0);
  const left = await kiosk.evaluate(() => ({
    text: document.body.innerText, storage: localStorage.length + sessionStorage.length, cookies: document.cookie,
  }));
  for (const gone of ['preciso de ajuda', 'Ainda está aí', 'Оренда', label]) assert.ok(!left.text.includes(gone), 'still on screen: ' + gone);
  assert.deepEqual([left.storage, left.cookies], [0, '']);
  // The mediator sees that the visitor left.
  await ana.locator('#case-status', { hasText: 'Closed' }).waitFor({ timeout: 30000 });
  await shot('console-visitor-left', ana);
  await shot('kiosk-8-cleared');

  // ---- the next visitor continues their chat on the phone ----
  await kiosk.getByRole('button', { name: 'Français' }).click();
  await kiosk.getByRole('button', { name: 'Parler à un médiateur' }).click();
  await kiosk.getByRole('heading', { name: 'Conversation avec un médiateur' }).waitFor();
  await typeOnScreen('bonjour');
  await kiosk.getByRole('button', { name: 'Envoyer' }).click();
  await kiosk.locator('.transcript li.visitor', { hasText: 'bonjour' }).waitFor();
  const linked = kiosk.waitForResponse(r => r.url().endsWith('/api/v1/kiosk/phone-link'));
  await kiosk.getByRole('button', { name: 'Continuer sur votre téléphone' }).click();
  const { url } = await (await linked).json();
  await kiosk.getByRole('img', { name: 'Continuer sur votre téléphone' }).waitFor();
  await audit('phone code');
  await shot('kiosk-9-phone');
  assert.equal(await ask('PHONE ' + url), 'scanned');
  await kiosk.getByText('Cette conversation continue sur votre téléphone.').waitFor();
  assert.equal(await kiosk.locator('.transcript').count(), 0, 'the conversation left the screen');

  assert.deepEqual(problems, []);
  console.log('kiosk e2e: ok; axe found nothing on: ' + audited.join(', '));
} catch (e) {
  await shot('kiosk-failure').catch(() => {});
  throw e;
} finally {
  lines.close(); // else node waits for more input and never ends
  await browser.close();
}
