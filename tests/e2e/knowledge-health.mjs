// The console's content health and facts in a real browser: an
// administrator reads how much of each language is reviewed, finds a search
// nobody got an answer to (with a link to write the article), opens a fact
// from the list, changes its value and every language shows it at once, is
// told in words why a bad value is refused, and restores the shipped value
// from the history; a mediator who is not an administrator reads the fact
// but cannot change it. Every screen is audited with axe.
// Usage: node knowledge-health.mjs BASE_URL PASSWORD SCREENSHOT_DIR
// ("rui" is an administrator with an English console; "bruno" speaks pt
// and is not an administrator.)
import { kit, bigEnough } from './knowledge-kit.mjs';
import assert from 'node:assert/strict';

const [base, password, shots] = process.argv.slice(2);
const FACT = 'housing-deposit-max-rents';
const ARTICLE = 'renting-a-home';
const NOTHING = 'xqzv wrtp blorf';

const { browser, problems, audited, newPage, audit, signIn } = await kit(base, password);

async function article(lang) {
  const r = await fetch(base + '/api/v1/articles/' + ARTICLE + '?lang=' + lang);
  assert.equal(r.status, 200);
  return JSON.stringify(await r.json());
}

// Waits until readers of `lang` get a text with `words` (5 s at most).
async function readersSee(lang, words) {
  const until = Date.now() + 5000;
  for (;;) {
    const a = await article(lang);
    if (a.includes(words)) return;
    assert.ok(Date.now() < until, `${lang} readers see "${words}": ${a}`);
    await new Promise(r => setTimeout(r, 100));
  }
}

const rui = await newPage('en-GB');
const pages = [rui];
try {
  // A search that finds nothing, for the health page to list.
  assert.equal((await fetch(base + '/api/v1/search?lang=en&q=' + encodeURIComponent(NOTHING))).status, 200);
  await readersSee('en', "at most 2 months' rent");

  // From the Knowledge area to the health page.
  await signIn(rui, 'rui');
  await rui.locator('#nav a[href="#/knowledge"]').click();
  await rui.getByRole('link', { name: 'Content health' }).click();
  await rui.getByRole('heading', { level: 1, name: 'Content health' }).waitFor();
  const health = await rui.evaluate(() => api('GET', '/knowledge/health'));
  for (const l of health.langs) {
    const row = rui.locator(`#kb-health-langs tr[data-lang="${l.lang}"]`);
    const cells = await row.locator('td').allInnerTexts();
    assert.equal(cells[1], String(l.articles), l.lang);
    assert.equal(cells[2], String(l.reviewed), l.lang);
    assert.equal(cells[3], String(l.machine_translated), l.lang);
  }
  // Names in the console's language, and every Portuguese article reviewed.
  const pt = await rui.locator('#kb-health-langs tr[data-lang="pt"]').innerText();
  assert.match(pt, /Portuguese/);
  assert.match(pt, /100\s?%/);
  assert.match(await rui.locator('#kb-health-langs tr[data-lang="uk"]').innerText(), /Ukrainian/);
  // The facts to look at say why.
  assert.ok(await rui.locator('#kb-health-facts tr[data-fact]').count() > 0);
  assert.match(await rui.locator(`#kb-health-facts tr[data-fact="${FACT}"]`).innerText(), /not confirmed/);
  // The search nobody got an answer to, with a link to write the article.
  const miss = rui.locator('#kb-health-unanswered tr', { hasText: NOTHING });
  assert.match(await miss.innerText(), /English/);
  const write = miss.getByRole('link', { name: 'Write an article' });
  assert.equal(await write.getAttribute('href'), '#/knowledge/drafts/new?q=' + encodeURIComponent(NOTHING));
  await audit(rui, 'content health');
  await rui.screenshot({ path: shots + '/knowledge-health.png', fullPage: true });
  // It starts a draft with the search as its first example question.
  await write.click();
  const questions = rui.locator('#draft-questions');
  await questions.waitFor();
  assert.ok((await questions.inputValue()).includes(NOTHING), await questions.inputValue());
  await rui.goBack();
  await rui.locator('#kb-health-facts').waitFor();

  // The list of facts, filtered by typing, then the fact.
  await rui.locator('#kb-health-facts').getByRole('link', { name: 'Facts', exact: true }).click();
  const filter = rui.getByLabel('Filter the facts');
  await filter.waitFor();
  const all = await rui.locator('tr[data-fact]').count();
  assert.ok(all > 50, `${all} facts`);
  await filter.fill('deposit');
  const shown = rui.locator('tr[data-fact]:visible');
  assert.ok(await shown.count() < all);
  const row = rui.locator(`tr[data-fact="${FACT}"]`);
  assert.ok(await row.isVisible());
  const cells = await row.locator('td').allInnerTexts();
  assert.equal(cells[1], '2');
  assert.ok(Number(cells[6]) >= 1, 'used by an article: ' + cells);
  await audit(rui, 'facts');
  await rui.screenshot({ path: shots + '/knowledge-facts.png', fullPage: true });
  await row.getByRole('link', { name: FACT }).click();

  // The fact: what readers see, the articles that use it, its text.
  const text = rui.getByLabel('The fact as written in facts.toml');
  await text.waitFor();
  assert.match(await rui.locator('#fact-shown').innerText(), /: 2$/);
  assert.equal(await rui.locator(`#fact-used a[href="#/knowledge/${ARTICLE}/pt"]`).count(), 1);
  await audit(rui, 'fact');
  const shipped = await text.inputValue();
  assert.match(shipped, /\nvalue = 2\n/);

  // A value that is no number: refused, in words, and the text stays.
  await text.fill(shipped.replace('\nvalue = 2\n', '\nvalue = "three"\n'));
  await rui.locator('#kb-save').click();
  await rui.locator('#kb-problems[role=alert]').waitFor();
  assert.match(await text.inputValue(), /value = "three"/);
  await readersSee('en', "at most 2 months' rent");
  await audit(rui, 'refused fact');
  await rui.screenshot({ path: shots + '/knowledge-fact-refused.png', fullPage: true });

  // 2 → 3, saved from the keyboard: every language shows 3 at once.
  await text.fill(shipped.replace('\nvalue = 2\n', '\nvalue = 3\n'));
  await text.focus();
  await rui.keyboard.press('Tab');
  assert.equal(await rui.evaluate(() => document.activeElement.id), 'kb-save');
  await rui.keyboard.press('Enter');
  await rui.locator('#kb-notice', { hasText: 'Saved, version 1.' }).waitFor();
  assert.match(await rui.locator('#fact-shown').innerText(), /: 3$/);
  assert.equal(await rui.locator('#kb-problems').count(), 0);
  await readersSee('en', "at most 3 months' rent");
  await readersSee('uk', '3 місяці');

  // Two administrators on the fact: the second save shows the first's
  // text beside what was typed, which stays in the box.
  const rui2 = await newPage('en-GB');
  pages.push(rui2);
  await signIn(rui2, 'rui', '#/knowledge/facts/' + FACT);
  const text2 = rui2.getByLabel('The fact as written in facts.toml');
  await text2.waitFor();
  const four = (await text2.inputValue()).replace('\nvalue = 3\n', '\nvalue = 4\n');
  await text2.fill(four);
  await text.fill((await text.inputValue()).replace('\nchecked = 2026-12-07\n', '\nchecked = 2026-11-23\n'));
  await rui.locator('#kb-save').click();
  await rui.locator('#kb-notice', { hasText: 'Saved, version 2.' }).waitFor();
  // The answer first: a missing or successful save says more than a
  // heading that never came.
  const answered = rui2.waitForResponse(r => r.request().method() === 'PUT' && r.url().includes('/knowledge/facts/'));
  await rui2.locator('#kb-save').click();
  assert.equal((await answered).status(), 409, 'the second save is refused as stale');
  const conflict = rui2.locator('#kb-conflict');
  await conflict.getByRole('heading', { name: 'Someone saved a newer version' }).waitFor();
  assert.equal(await text2.inputValue(), four, 'the typed text stays');
  assert.equal(await conflict.locator('ins.diff-add', { hasText: 'value = 4' }).count(), 1);
  assert.equal(await conflict.locator('del.diff-del', { hasText: 'checked = 2026-11-23' }).count(), 1);
  await audit(rui2, 'fact conflict');
  await rui2.screenshot({ path: shots + '/knowledge-fact-conflict.png', fullPage: true });
  await readersSee('en', "at most 3 months' rent");
  await rui2.close();
  pages.pop();

  // History: the change line by line; restore the shipped value.
  const v1 = rui.locator('#kb-history li[data-version="1"]');
  assert.equal(await v1.locator('ins.diff-add', { hasText: 'value = 3' }).count(), 1);
  assert.equal(await v1.locator('del.diff-del', { hasText: 'value = 2' }).count(), 1);
  await bigEnough(rui.locator('main button'), 'button');
  await audit(rui, 'fact history');
  await rui.screenshot({ path: shots + '/knowledge-fact-history.png', fullPage: true });
  await rui.getByRole('button', { name: 'Restore the shipped text' }).click();
  await rui.locator('#kb-notice', { hasText: 'version 3' }).waitFor();
  assert.match(await rui.locator('#kb-history li[data-version="3"]').innerText(), /restores the shipped text/);
  assert.equal(await text.inputValue(), shipped);
  await readersSee('en', "at most 2 months' rent");
  await readersSee('uk', '2 місяці');
  // And version 1 back again from its own Restore button.
  await rui.locator('#kb-history li[data-version="1"] [data-restore="1"]').click();
  await rui.locator('#kb-notice', { hasText: 'version 4' }).waitFor();
  await readersSee('en', "at most 3 months' rent");

  // Every console language: each new screen has all its words (no string
  // id shows through) and a language's name in that language.
  const langs = ['pt', 'en', 'fr', 'es', 'ru', 'uk', 'ro', 'be', 'kea'];
  for (const lang of langs) {
    await rui.evaluate(async l => {
      await api('POST', '/me/lang', { lang: l });
      state.me.mediator.ui_lang = l;
      await loadStrings(l);
      drawTop();
    }, lang);
    for (const hash of ['#/knowledge/health', '#/knowledge/facts', '#/knowledge/facts/' + FACT]) {
      await rui.goto(base + '/console/' + hash);
      await rui.locator('main h1').waitFor();
      await rui.locator('main table, main textarea').first().waitFor();
      const words = await rui.locator('main').innerText();
      assert.ok(!/console-[a-z]/.test(words), `${lang} ${hash}: ${words.match(/console-[a-z-]+/)}`);
    }
    await rui.goto(base + '/console/#/knowledge/health');
    await rui.locator('#kb-health-langs tr[data-lang="kea"]').waitFor();
    assert.equal(await rui.evaluate(() => document.documentElement.lang), lang);
    if (lang === 'kea') await audit(rui, 'content health in Kriolu');
  }
  await rui.evaluate(() => api('POST', '/me/lang', { lang: 'en' }));

  // Not an administrator: the fact, read only; no link to write articles.
  const bruno = await newPage('pt-PT');
  pages.push(bruno);
  await signIn(bruno, 'bruno', '#/knowledge/facts/' + FACT);
  await bruno.locator('#kb-readonly').waitFor();
  assert.equal(await bruno.locator('#kb-save, #kb-restore-shipped, [data-restore]').count(), 0);
  const readOnly = bruno.getByLabel('O facto tal como está escrito em facts.toml');
  assert.equal(await readOnly.getAttribute('readonly'), '');
  assert.match(await readOnly.inputValue(), /\nvalue = 3\n/);
  assert.match(await bruno.locator('#fact-shown').innerText(), /: 3$/);
  await audit(bruno, 'fact read only');
  await bruno.screenshot({ path: shots + '/knowledge-fact-read-only.png', fullPage: true });
  await bruno.goto(base + '/console/#/knowledge/health');
  await bruno.locator('#kb-health-unanswered tr', { hasText: NOTHING }).waitFor();
  assert.equal(await bruno.locator('a[href^="#/knowledge/drafts/new"]').count(), 0);
  assert.match(await bruno.locator('#kb-health-langs tr[data-lang="uk"]').innerText(), /Ucraniano/);
  await audit(bruno, 'content health, not an administrator');

  assert.deepEqual(problems, []);
  console.log('knowledge health e2e: ok; axe found nothing on: ' + audited.join(', '));
} catch (e) {
  for (const [i, p] of pages.entries()) await p.screenshot({ path: `${shots}/knowledge-health-failure-${i}.png`, fullPage: true }).catch(() => {});
  throw e;
} finally {
  await browser.close();
}
