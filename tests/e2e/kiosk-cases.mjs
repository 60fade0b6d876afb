// Kiosk and display cases, one per run, each against a server the calling
// test set up for it (mediators present or not, the clock, the bot on or
// off).
// Usage: node kiosk-cases.mjs CASE BASE_URL KIOSK_TOKEN SCREENSHOT_DIR
// A line the script prints in capitals ("CLAIM 12") asks the test to act
// as a mediator; the test answers with a line once it has.
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';
import readline from 'node:readline';

const [which, base, kioskToken, shots] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const problems = [];
const lines = readline.createInterface({ input: process.stdin });
const answers = lines[Symbol.asyncIterator]();
async function ask(request) {
  console.log(request);
  return (await answers.next()).value;
}

const PORTRAIT = { width: 1080, height: 1920 };
// 200% zoom: the same screen at half the CSS pixels.
const ZOOMED = { width: 540, height: 960 };

const langs = await (await fetch(base + '/api/v1/languages')).json();
const strings = {};
for (const l of langs) strings[l.code] = (await (await fetch(base + '/api/v1/kiosk/strings?lang=' + l.code)).json()).strings;
const native = code => langs.find(l => l.code === code).native_name;

let last = null; // the page to photograph when a case fails

async function open(path = '/kiosk/#token=' + kioskToken) {
  const context = await browser.newContext({ viewport: PORTRAIT, hasTouch: true, locale: 'pt-PT' });
  const page = await context.newPage();
  last = page;
  page.on('pageerror', e => problems.push('page error: ' + e.message));
  page.on('console', m => { if (m.type() === 'error') problems.push('console: ' + m.text()); });
  await page.goto(base + path);
  return page;
}

const button = (page, name) => page.getByRole('button', { name, exact: true });

async function choose(page, code) {
  await button(page, native(code)).click();
  await page.getByRole('heading', { name: strings[code]['kiosk-topics'] }).waitFor();
}

// The language switch in the bar; the kiosk goes back to where it was.
async function switchLanguage(page, from, to) {
  await page.getByRole('button', { name: strings[from]['kiosk-language'] + ': ' + native(from) }).click();
  await button(page, native(to)).click();
}

async function audit(page, screen) {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  const found = r.violations.map(v => `${screen}: ${v.id} (${v.nodes.length}) ${v.help} — ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')}`);
  assert.deepEqual(found, [], 'axe found accessibility problems');
}

// What does not fit: sideways scrolling, labels wider than their buttons,
// keyboard rows broken over several lines.
function misfits(page, where) {
  return page.evaluate(where => {
    const found = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) found.push(`${where}: the page scrolls sideways (${root.scrollWidth} > ${root.clientWidth})`);
    for (const b of document.querySelectorAll('button')) {
      if (!b.checkVisibility()) continue;
      const box = b.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(b);
      const label = range.getBoundingClientRect();
      if (b.scrollWidth > b.clientWidth + 1 || label.left < box.left - 1 || label.right > box.right + 1) {
        found.push(`${where}: "${b.textContent}" overflows its button (${Math.round(label.width)} in ${Math.round(box.width)})`);
      }
    }
    for (const row of document.querySelectorAll('.keyboard .row')) {
      const tops = new Set([...row.children].map(k => Math.round(k.getBoundingClientRect().top)));
      if (tops.size > 1) found.push(`${where}: the keyboard row "${row.textContent}" wraps onto ${tops.size} lines`);
    }
    return found;
  }, where);
}

async function misfitsAtBothSizes(page, where) {
  const found = [...await misfits(page, where)];
  await page.setViewportSize(ZOOMED);
  found.push(...await misfits(page, where + ' at 200%'));
  await page.setViewportSize(PORTRAIT);
  return found;
}

const keys = page => page.$$eval('.keyboard .row:not(.controls) button', bs => bs.map(b => b.textContent));

const CASES = {
  // Each Cyrillic language has its own layout; Latin has the punctuation;
  // Shift gives one capital.
  async keyboard() {
    const page = await open();
    await choose(page, 'uk');
    await button(page, strings.uk['kiosk-search']).click();
    const uk = await keys(page);
    for (const k of ['і', 'ї', 'є', 'ґ', "'"]) assert.ok(uk.includes(k), 'Ukrainian has ' + k);
    for (const k of ['ы', 'э', 'ъ', 'ё']) assert.ok(!uk.includes(k), 'Ukrainian has no ' + k);
    assert.ok(uk.indexOf('ї') === uk.indexOf('х') + 1 && uk.indexOf('є') === uk.indexOf('ж') + 1, 'ї after х, є after ж, as on the ЙЦУКЕН layout');
    // Shift: one capital, then small letters again.
    await page.getByRole('button', { name: strings.uk['kiosk-key-shift'] }).click();
    await button(page, 'Ї').click();
    await button(page, 'в').click();
    assert.equal(await page.locator('#search-field').inputValue(), 'Їв');
    await button(page, 'ABC').click();
    const latin = await keys(page);
    for (const k of ['.', ',', 'ã', 'ç', 'ș']) assert.ok(latin.includes(k), 'Latin has ' + k);
    await page.getByRole('button', { name: strings.uk['kiosk-key-shift'] }).click();
    await button(page, 'S').click();
    await button(page, '.').click();
    assert.equal(await page.locator('#search-field').inputValue(), 'ЇвS.');
    await button(page, 'АБВ').click();
    assert.deepEqual(await keys(page), uk, 'back to the Ukrainian layout');

    await switchLanguage(page, 'uk', 'be');
    await page.getByRole('heading', { name: strings.be['kiosk-search'] }).waitFor();
    const be = await keys(page);
    for (const k of ['ў', 'і', "'", 'ё', 'ы', 'э']) assert.ok(be.includes(k), 'Belarusian has ' + k);
    for (const k of ['и', 'щ', 'ъ', 'ї', 'є', 'ґ']) assert.ok(!be.includes(k), 'Belarusian has no ' + k);

    await switchLanguage(page, 'be', 'ru');
    await page.getByRole('heading', { name: strings.ru['kiosk-search'] }).waitFor();
    const ru = await keys(page);
    for (const k of ['ы', 'э', 'ъ', 'ё', 'и', 'щ']) assert.ok(ru.includes(k), 'Russian has ' + k);
    for (const k of ['і', 'ї', 'є', 'ґ', 'ў']) assert.ok(!ru.includes(k), 'Russian has no ' + k);
    await shot(page, 'kiosk-keyboard-ru');
  },

  // Larger text, every language, search and chat, full size and at 200%.
  async fit() {
    const page = await open();
    const found = [];
    let before = null;
    for (const { code } of langs) {
      const s = strings[code];
      if (before) await switchLanguage(page, before, code);
      else {
        await choose(page, code);
        await button(page, s['kiosk-larger-text']).click();
      }
      before = code;
      await page.getByRole('heading', { name: s['kiosk-topics'] }).waitFor();
      assert.ok(await page.evaluate(() => document.documentElement.classList.contains('larger')));
      found.push(...await misfitsAtBothSizes(page, code + ' home'));
      await button(page, s['kiosk-search']).click();
      found.push(...await misfitsAtBothSizes(page, code + ' search'));
      await page.locator('.keyboard [data-key="layout"]').click();
      found.push(...await misfitsAtBothSizes(page, code + ' search, other layout'));
      await button(page, s['kiosk-home']).click();
      await button(page, s['kiosk-talk']).click();
      await page.getByRole('heading', { name: s['kiosk-chat-title'] }).waitFor();
      found.push(...await misfitsAtBothSizes(page, code + ' chat'));
      if (code === 'uk') await shot(page, 'kiosk-larger-chat-uk');
      await button(page, s['kiosk-chat-end']).click();
      await page.getByRole('heading', { name: s['kiosk-topics'] }).waitFor();
    }
    assert.deepEqual(found, []);
  },

  // A Ukrainian speaker is at a counter: a ticket, printed on an 80 mm
  // receipt with the site and the date.
  async receipt() {
    const page = await open();
    await choose(page, 'uk');
    await button(page, 'Житло').click();
    await button(page, strings.uk['kiosk-talk']).click();
    await page.getByRole('heading', { name: strings.uk['kiosk-ticket-title'] }).waitFor();
    const ticket = await page.locator('.ticket').innerText();
    assert.match(ticket, /CNAI Lisboa/, 'the site');
    assert.match(ticket, /23 листопада 2026/, 'the date the ticket was issued');
    await shot(page, 'kiosk-ticket-uk');
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    const pages = [...pdf.matchAll(/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g)];
    assert.equal(pages.length, 1, 'one receipt page');
    const [x0, , x1] = pages[0].slice(1).map(Number);
    const mm = (x1 - x0) * 25.4 / 72;
    assert.ok(Math.abs(mm - 80) < 0.5, `the receipt is 80 mm wide, not ${mm.toFixed(1)} mm`);
  },

  // Outside the mediators' hours, with someone still at a counter: the
  // kiosk says it is closed and gives the hours before any ticket; the
  // visitor may go on, and the ticket then says nothing of messages.
  async closed() {
    const page = await open();
    const talks = [];
    page.on('request', r => { if (r.url().endsWith('/api/v1/kiosk/talk')) talks.push(r); });
    await choose(page, 'uk');
    await button(page, 'Житло').click();
    await button(page, strings.uk['kiosk-talk']).click();
    await page.getByRole('heading', { name: strings.uk['kiosk-closed-title'] }).waitFor();
    await page.getByText(/08:00/).waitFor();
    assert.equal(talks.length, 0, 'nothing issued yet');
    assert.equal(await page.locator('.ticket').count(), 0);
    await audit(page, 'closed');
    await shot(page, 'kiosk-closed-uk');
    const answer = page.waitForResponse(r => r.url().endsWith('/api/v1/kiosk/talk'));
    await button(page, strings.uk['kiosk-closed-continue']).click();
    const { ticket } = await (await answer).json();
    await page.getByRole('heading', { name: strings.uk['kiosk-ticket-title'] }).waitFor();
    const text = await page.locator('.ticket').innerText();
    assert.ok(!text.includes(ticket.availability.message), 'the ticket does not offer to leave a message');
    assert.ok(text.includes(strings.uk['kiosk-ticket-no-wait']));
  },

  // Without the Telegram bot, "continue on your phone" is not offered.
  async 'phone-off'() {
    const page = await open();
    await choose(page, 'uk');
    await button(page, 'Житло').click();
    await button(page, 'Оренда житла').click();
    await page.getByRole('heading', { name: 'Оренда житла', level: 1 }).waitFor();
    assert.equal(await button(page, strings.uk['kiosk-phone']).count(), 0, 'no phone on the article');
    await button(page, strings.uk['kiosk-talk']).click();
    await page.getByRole('heading', { name: strings.uk['kiosk-chat-title'] }).waitFor();
    assert.equal(await button(page, strings.uk['kiosk-phone']).count(), 0, 'no phone in the chat');
    // A document from the mediator cannot go to a phone: the visitor is
    // told where to ask for it instead.
    await ask('send a document');
    const doc = page.locator('.chat-document');
    await doc.waitFor();
    const said = await doc.innerText();
    assert.ok(said.includes('dovidka.pdf') && said.includes('рецепції'), said);
    assert.equal(await button(page, strings.uk['kiosk-phone']).count(), 0, 'no phone for the document');
  },

  // The language screen has larger text and high contrast; topic tiles in
  // one row are equally tall, in every language.
  async start() {
    const page = await open();
    await button(page, native('uk')).waitFor();
    const toggles = page.locator('#nav button[aria-pressed]');
    assert.equal(await toggles.count(), 2, 'larger text and high contrast on the language screen');
    await toggles.nth(0).click();
    await toggles.nth(1).click();
    assert.deepEqual(await page.evaluate(() => [...document.documentElement.classList].sort()), ['contrast', 'larger']);
    assert.equal(await toggles.nth(1).getAttribute('aria-pressed'), 'true');
    await audit(page, 'languages, larger text and high contrast');
    await shot(page, 'kiosk-languages-larger-contrast');
    const uneven = [];
    let before = null;
    for (const { code } of langs) {
      if (before) await switchLanguage(page, before, code);
      else await choose(page, code);
      before = code;
      await page.getByRole('heading', { name: strings[code]['kiosk-topics'] }).waitFor();
      for (const size of [PORTRAIT, ZOOMED]) {
        await page.setViewportSize(size);
        uneven.push(...await page.$$eval('.grid .tile', (tiles, where) => {
          const rows = new Map();
          for (const t of tiles) {
            const r = t.getBoundingClientRect();
            const top = Math.round(r.top);
            rows.set(top, [...(rows.get(top) || []), Math.round(r.height)]);
          }
          return [...rows.values()].filter(h => new Set(h).size > 1).map(h => `${where}: tiles of ${h.join(', ')} px in one row`);
        }, `${code} ${size.width}px`));
      }
      await page.setViewportSize(PORTRAIT);
    }
    assert.deepEqual(uneven, []);
  },

  // The lobby display's headings change language with its welcome line.
  async display() {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    await context.clock.install();
    const page = await context.newPage();
    last = page;
    page.on('pageerror', e => problems.push('display page error: ' + e.message));
    await page.goto(base + '/display?site=lisboa');
    await page.locator('#welcome:not(:empty)').waitFor();
    const seen = new Set();
    for (let turn = 0; turn < 30 && seen.size < 3; turn++) {
      await context.clock.fastForward(6000);
      const lang = await page.locator('#welcome').getAttribute('lang');
      if (!lang || seen.has(lang)) continue;
      seen.add(lang);
      assert.equal(await page.locator('#now-title').textContent(), strings[lang]['display-title'], 'the heading in ' + lang);
      assert.equal(await page.locator('#recent-title').textContent(), strings[lang]['display-recent'], 'the recent calls heading in ' + lang);
      assert.equal(await page.locator('main').getAttribute('lang'), lang);
    }
    assert.ok(seen.size >= 3, 'the display turned through the languages: ' + [...seen]);
  },

  // A chat closed by the mediator, and one ended by the visitor: each asks
  // for a rating once.
  async rating() {
    const page = await open();
    await choose(page, 'pt');
    const prompts = () => page.evaluate(([rate, survey]) => {
      const visible = [...document.querySelectorAll('#screen *')].filter(e => e.checkVisibility() && e.children.length === 0);
      return visible.filter(e => e.textContent.includes(rate) || e.textContent.includes(survey.slice(0, 40))).length;
    }, [strings.pt['kiosk-rate'], strings.pt['handoff-survey']]);
    for (const who of ['mediator', 'visitor']) {
      const talked = page.waitForResponse(r => r.url().endsWith('/api/v1/kiosk/talk'));
      await button(page, strings.pt['kiosk-talk']).click();
      const { case_id: id } = await (await talked).json();
      assert.equal(await ask('CLAIM ' + id), 'done');
      await page.locator('.transcript li.mediator').first().waitFor();
      if (who === 'mediator') {
        assert.equal(await ask('CLOSE ' + id), 'done');
        // The survey on the stream and the closed status both arrived.
        await page.locator('.transcript li.system', { hasText: strings.pt['kiosk-chat-ended'] }).or(page.locator('.transcript li.system', { hasText: strings.pt['handoff-survey'] })).first().waitFor();
      } else {
        await button(page, strings.pt['kiosk-chat-end']).click();
      }
      await page.locator('#chat-rating').waitFor();
      assert.equal(await prompts(), 1, `one rating prompt when the ${who} ends the chat`);
      await shot(page, 'kiosk-rating-' + who);
      await button(page, '5').click();
      await page.locator('#chat-rating .thanks').waitFor();
      await button(page, strings.pt['kiosk-home']).click();
    }
  },

  // A long transcript scrolls, and can be reached and scrolled by keyboard.
  async transcript() {
    const page = await open();
    await choose(page, 'uk');
    const talked = page.waitForResponse(r => r.url().endsWith('/api/v1/kiosk/talk'));
    await button(page, strings.uk['kiosk-talk']).click();
    const { case_id: id } = await (await talked).json();
    assert.equal(await ask('REPLIES ' + id), 'done');
    await page.locator('.transcript li.mediator').nth(29).waitFor();
    const list = page.locator('#transcript');
    assert.ok(await list.evaluate(l => l.scrollHeight > l.clientHeight), 'the transcript scrolls');
    await list.focus();
    await list.evaluate(l => { l.scrollTop = 0; });
    await page.keyboard.press('End');
    // Keyboard scrolling is animated: wait for it, with a deadline.
    await page.waitForFunction(() => document.querySelector('#transcript').scrollTop > 0, null, { timeout: 5000 });
    await audit(page, 'long chat');
  },
};

async function shot(page, name) {
  await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
}

try {
  await CASES[which]();
  assert.deepEqual(problems, []);
  console.log(`kiosk case ${which}: ok`);
} catch (e) {
  if (last) await shot(last, `kiosk-case-${which}-failure`).catch(() => {});
  throw e;
} finally {
  lines.close();
  await browser.close();
}
