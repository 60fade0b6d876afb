// The console's Knowledge area in a real browser: a Ukrainian editor finds
// an article in her review queue, corrects a sentence beside the
// Portuguese source, previews it, saves it from the keyboard and readers
// get it at once; marks it reviewed; an edit naming an unknown fact is
// refused with the reason in Ukrainian; two editors on one article see
// each other's text rather than overwriting it; the history shows what
// changed and restores the shipped text; a mediator without the right
// only reads. Every screen is audited with axe.
// Usage: node knowledge.mjs BASE_URL PASSWORD SCREENSHOT_DIR KIOSK_TOKEN
// ("olena" edits uk and has a Ukrainian console; "rui" is an
// administrator with an English console; "bruno" speaks pt, no grant.)
import { kit, bigEnough } from './knowledge-kit.mjs';
import assert from 'node:assert/strict';

const [base, password, shots, kioskToken] = process.argv.slice(2);
const ARTICLE = 'renting-a-home';
const NEW_SENTENCE = 'Посередник центру перевірив цей текст разом із відвідувачами.';
const THEIRS = 'Адміністратор додав це речення першим.';
const MINE = 'Олена додала це речення після нього.';

const { browser, problems, audited, newPage, audit, signIn } = await kit(base, password);

async function readers() {
  const r = await fetch(base + '/api/v1/articles/' + ARTICLE + '?lang=uk');
  assert.equal(r.status, 200);
  return r.json();
}
const text = a => JSON.stringify([a.title, a.summary, a.blocks]);

// Waits until what readers get passes `check` (5 s at most).
async function readersSee(what, check) {
  const until = Date.now() + 5000;
  for (;;) {
    const a = await readers();
    if (check(a)) return a;
    assert.ok(Date.now() < until, what + ': ' + text(a));
    await new Promise(r => setTimeout(r, 100));
  }
}

// A Ukrainian visitor at the kiosk opens the article and finds `sentence`
// (within 5 s of the save that published it).
async function kioskShows(sentence) {
  const kiosk = await newPage('pt-PT');
  await kiosk.goto(base + '/kiosk/#token=' + kioskToken);
  await kiosk.getByRole('button', { name: 'Українська' }).click();
  await kiosk.getByRole('button', { name: 'Житло' }).click();
  await kiosk.getByRole('button', { name: 'Оренда житла' }).click();
  await kiosk.getByText(sentence).waitFor({ timeout: 5000 });
  await kiosk.screenshot({ path: shots + '/knowledge-kiosk.png', fullPage: true });
  await kiosk.context().close();
}

const olena = await newPage('uk-UA');
const pages = [olena];
try {
  const original = await readers();
  assert.ok(!text(original).includes(NEW_SENTENCE));

  // The queue: the article is there, in words.
  await signIn(olena, 'olena');
  await olena.locator('#nav a[href="#/knowledge"]', { hasText: 'Статті' }).click();
  const row = olena.locator(`tr[data-article="${ARTICLE}"][data-lang="uk"]`);
  await row.waitFor();
  assert.match(await row.innerText(), /Машинний переклад/);
  await bigEnough(olena.locator('#nav a'), 'nav link');
  await audit(olena, 'knowledge queue');
  await olena.screenshot({ path: shots + '/knowledge-queue.png', fullPage: true });

  // The article beside its source.
  await row.getByRole('link').click();
  const body = olena.getByLabel('Текст статті');
  await body.waitFor();
  assert.ok((await olena.locator('#kb-source-body').innerText()).trim().length > 100, 'the Portuguese body is shown');
  assert.match(await olena.locator('#kb-status-line').innerText(), /Машинний переклад/);
  // Beside the text, the article as readers see it now, facts filled in.
  await olena.locator('#kb-preview-area h2', { hasText: 'Як читачі бачать її зараз' }).waitFor();
  assert.ok(!(await olena.locator('#kb-preview-area').innerText()).includes('{ $'), 'facts are filled in');
  await audit(olena, 'editor');
  await olena.screenshot({ path: shots + '/knowledge-editor.png', fullPage: true });

  // A sentence of the body changed: the first plain paragraph line.
  const before = await body.inputValue();
  const lines = before.split('\n');
  const at = lines.findIndex(l => l.trim() && !/^\s*(##|-|\d+\.|\*|\[|\})/.test(l) && !l.includes('{') && !l.startsWith(' '));
  assert.ok(at >= 0, 'a plain line in:\n' + before);
  const replaced = lines[at];
  lines[at] = NEW_SENTENCE;
  await body.fill(lines.join('\n'));
  // A live redraw keeps what was typed.
  await olena.evaluate(() => route(true));
  await olena.waitForTimeout(300);
  assert.ok((await body.inputValue()).includes(NEW_SENTENCE), 'the typed text survives a redraw');
  // The preview follows the typing once it pauses, without a click.
  await olena.locator('#kb-preview-area', { hasText: NEW_SENTENCE }).waitFor({ timeout: 5000 });
  await olena.locator('#kb-preview-area h2', { hasText: 'Попередній перегляд' }).waitFor();

  await olena.getByRole('button', { name: 'Попередній перегляд' }).click();
  const preview = olena.locator('#kb-preview-area');
  await preview.getByText(NEW_SENTENCE).waitFor();
  assert.ok(!(await preview.innerText()).includes(replaced.trim()) || replaced.trim().length < 3);
  await audit(olena, 'preview');

  // Save from the keyboard: the preview button kept the focus through the
  // redraw; Tab reaches Save, Enter presses it.
  assert.equal(await olena.evaluate(() => document.activeElement.id), 'kb-preview');
  await olena.keyboard.press('Tab');
  assert.equal(await olena.evaluate(() => document.activeElement.id), 'kb-save');
  await olena.keyboard.press('Enter');
  await olena.locator('#kb-notice', { hasText: 'Збережено, версія 1. Читачі вже бачать її.' }).waitFor();
  await readersSee('the new sentence', a => text(a).includes(NEW_SENTENCE));
  assert.match(await olena.locator('#kb-status-line').innerText(), /Версія 1/);
  // A visitor at the lobby kiosk opens the article: the new sentence.
  await kioskShows(NEW_SENTENCE);

  await bigEnough(olena.locator('main button'), 'button');
  await olena.getByRole('button', { name: 'Позначити як перевірене' }).click();
  await olena.locator('#kb-status-line', { hasText: 'Перевірено людиною' }).waitFor();
  assert.match(await olena.locator('#kb-status-line').innerText(), /перевірив\(-ла\) olena/);
  assert.equal((await readers()).review_status, 'reviewed');
  assert.equal(await olena.locator('#kb-mark-reviewed').count(), 0, 'nothing left to mark');

  // An unknown fact: refused, the reason in Ukrainian, nothing published.
  const saved = await body.inputValue();
  const published = text(await readers());
  await body.fill(saved + '\n\nЦіна { $no-such-fact } євро.');
  await olena.getByRole('button', { name: 'Зберегти' }).click();
  const refused = olena.locator('#kb-problems[role=alert]');
  await refused.waitFor();
  const why = await refused.innerText();
  assert.ok(why.includes('Зміну не збережено') && why.includes('no-such-fact'), why);
  assert.ok((await body.inputValue()).includes('no-such-fact'), 'the refused text stays in the editor');
  assert.equal(text(await readers()), published);
  await audit(olena, 'refused edit');
  await olena.screenshot({ path: shots + '/knowledge-refused.png', fullPage: true });
  await body.fill(saved);

  // Two editors on version 1: the administrator saves first; olena's save
  // shows both texts and loses nothing.
  const rui = await newPage('en-GB');
  pages.push(rui);
  await signIn(rui, 'rui', `#/knowledge/${ARTICLE}/uk`);
  const ruiBody = rui.getByLabel('Text of the article');
  await ruiBody.waitFor();
  await body.fill(saved + '\n\n' + MINE);
  await ruiBody.fill((await ruiBody.inputValue()) + '\n\n' + THEIRS);
  await rui.getByRole('button', { name: 'Save', exact: true }).click();
  await rui.locator('#kb-notice', { hasText: 'Saved, version 2. Readers see it now.' }).waitFor();
  // Her open page hears of it at once (no reload): someone saved meanwhile.
  await olena.locator('#kb-stale').waitFor({ timeout: 5000 });
  await olena.getByRole('button', { name: 'Зберегти' }).click();
  const conflict = olena.locator('#kb-conflict');
  await conflict.waitFor();
  await conflict.getByRole('heading', { name: 'Хтось зберіг новішу версію' }).waitFor();
  const both = await conflict.innerText();
  assert.ok(both.includes(THEIRS) && both.includes(MINE) && both.includes('rui'), both);
  assert.ok((await body.inputValue()).includes(MINE), 'the typed text is still in the editor');
  assert.ok(!text(await readers()).includes(MINE));
  await audit(olena, 'conflict');
  await olena.screenshot({ path: shots + '/knowledge-conflict.png', fullPage: true });
  await conflict.getByRole('button', { name: 'Завантажити ту версію в редактор' }).click();
  await olena.locator('#kb-conflict-loaded').waitFor();
  assert.ok((await body.inputValue()).includes(THEIRS), 'their version is loaded');
  assert.ok((await conflict.innerText()).includes(MINE), 'ours is still shown');
  await body.fill((await body.inputValue()) + '\n\n' + MINE);
  await olena.getByRole('button', { name: 'Зберегти' }).click();
  await olena.locator('#kb-notice', { hasText: 'версія 3' }).waitFor();
  assert.equal(await conflict.count(), 0);
  await readersSee('both sentences', a => text(a).includes(MINE) && text(a).includes(THEIRS));

  // History: newest first, each with what changed, in colour and symbol.
  const history = olena.locator('#kb-history');
  await olena.locator('#kb-history li[data-version]').first().waitFor();
  assert.deepEqual(await olena.locator('#kb-history li[data-version]').evaluateAll(l => l.map(x => x.dataset.version)), ['3', '2', '1']);
  const newest = olena.locator('#kb-history li[data-version="3"]');
  const added = newest.locator('ins.diff-add', { hasText: MINE });
  assert.equal(await added.count(), 1);
  assert.match(await added.innerText(), /^\+ /);
  assert.equal(await newest.locator('del', { hasText: MINE }).count(), 0);
  assert.match(await newest.innerText(), /olena/);
  // The first version against the text shipped in the folder.
  assert.equal(await olena.locator('#kb-history li[data-version="1"] ins.diff-add', { hasText: NEW_SENTENCE }).count(), 1);
  await audit(olena, 'history');
  await olena.screenshot({ path: shots + '/knowledge-history.png', fullPage: true });
  await history.getByRole('button', { name: 'Відновити початковий текст' }).click();
  await olena.locator('#kb-notice', { hasText: 'версію 4' }).waitFor();
  await readersSee('the shipped text', a => text(a) === text(original));
  assert.match(await olena.locator('#kb-history li[data-version="4"]').innerText(), /відновлює початковий текст/);
  assert.equal(await body.inputValue(), before, 'the editor shows the shipped text');

  // Mark reviewed with typed, unsaved changes: save first. Reviewed as saved.
  await body.fill(before + '\nЩе не збережено.');
  await olena.getByRole('button', { name: 'Позначити як перевірене' }).click();
  await olena.locator('#status', { hasText: 'Спершу збережіть зміни' }).waitFor();
  assert.notEqual((await readers()).review_status, 'reviewed');
  await body.fill(before);
  await olena.getByRole('button', { name: 'Позначити як перевірене' }).click();
  await olena.locator('#kb-status-line', { hasText: 'Перевірено людиною' }).waitFor();

  // The administrator changes the Portuguese summary: the translation is
  // outdated, and its editor sees what changed in the source.
  await rui.goto(base + `/console/#/knowledge/${ARTICLE}/pt`);
  await rui.locator('h1', { hasText: 'Português' }).waitFor();
  const ptSummary = rui.locator('#kb-summary');
  await ptSummary.fill((await ptSummary.inputValue()) + ' Peça sempre o recibo.');
  await rui.locator('#kb-save').click();
  await rui.locator('#kb-notice', { hasText: 'Saved, version 1.' }).waitFor();
  const pt = await (await fetch(base + '/api/v1/articles/' + ARTICLE + '?lang=pt')).json();
  assert.match(pt.summary, /Peça sempre o recibo\.$/);
  // Olena's open page shows it without a reload.
  await olena.locator('#kb-source-changes ins.diff-add', { hasText: 'Peça sempre o recibo.' }).waitFor({ timeout: 5000 });
  assert.match(await olena.locator('#kb-status-line').innerText(), /застар|змінився/i);
  await audit(olena, 'source changes');
  await olena.screenshot({ path: shots + '/knowledge-source-changes.png', fullPage: true });

  // On a narrow screen the two columns stack.
  await olena.setViewportSize({ width: 600, height: 900 });
  const src = await olena.locator('#kb-source-h').boundingBox();
  const tr = await olena.locator('#kb-translation-h').boundingBox();
  assert.ok(tr.y > src.y + 50, `stacked: ${JSON.stringify([src, tr])}`);
  await olena.screenshot({ path: shots + '/knowledge-narrow.png', fullPage: true });

  // Without the right to edit Ukrainian: the text, read only.
  const bruno = await newPage('pt-PT');
  pages.push(bruno);
  await signIn(bruno, 'bruno', `#/knowledge/${ARTICLE}/uk`);
  await bruno.locator('#kb-readonly').waitFor();
  assert.equal(await bruno.locator('#kb-save').count(), 0, 'no Save button');
  assert.equal(await bruno.locator('#kb-preview, #kb-mark-reviewed, #kb-restore-shipped, [data-restore]').count(), 0);
  assert.equal(await bruno.getByLabel('Texto do artigo').getAttribute('readonly'), '');
  assert.ok((await bruno.getByLabel('Texto do artigo').inputValue()).length > 100);
  await audit(bruno, 'read only');
  await bruno.screenshot({ path: shots + '/knowledge-read-only.png', fullPage: true });

  assert.deepEqual(problems, []);
  console.log('knowledge e2e: ok; axe found nothing on: ' + audited.join(', '));
} catch (e) {
  for (const [i, p] of pages.entries()) await p.screenshot({ path: `${shots}/knowledge-failure-${i}.png`, fullPage: true }).catch(() => {});
  throw e;
} finally {
  await browser.close();
}
