// A new article written in the console, in a real browser: an
// administrator (English console) follows the link a search nobody found an
// answer for leads to, fills the draft from the keyboard, is told in
// English what is wrong with it, previews it as readers will see it, saves
// it, finds it in the list of drafts and publishes it; readers then get the
// article. Every screen is audited with axe.
// Usage: node knowledge-drafts.mjs BASE_URL PASSWORD SCREENSHOT_DIR
// ("rui" is an administrator with an English console.)
import { kit, bigEnough } from './knowledge-kit.mjs';
import assert from 'node:assert/strict';

const [base, password, shots] = process.argv.slice(2);
const QUERY = 'como registar o meu cão na junta';
const TITLE = 'Registar um cão ou um gato';
const ID = 'registar-um-cao-ou-um-gato';

const { browser, problems, audited, newPage, audit: auditPage, signIn } = await kit(base, password);
const page = await newPage('en-GB');
const audit = screen => auditPage(page, screen);

const focused = () => page.evaluate(() => document.activeElement.id);

// Presses Tab until the control `id` has the focus.
async function tabTo(id) {
  for (let i = 0; i < 60; i++) {
    if (await focused() === id) return;
    await page.keyboard.press('Tab');
  }
  assert.fail('Tab never reached #' + id);
}

// Replaces a field's text from the keyboard.
async function retype(id, text) {
  await tabTo(id);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

try {
  await signIn(page, 'rui');

  // The content-health page links each unanswered search here.
  await page.goto(base + '/console/#/knowledge/drafts/new?q=' + encodeURIComponent(QUERY));
  await page.getByRole('heading', { name: 'New article' }).waitFor();
  assert.equal(await page.locator('#draft-query q').innerText(), QUERY);
  assert.equal(await page.getByLabel('Questions readers ask').inputValue(), QUERY);
  assert.match(await page.getByLabel('Search words').inputValue(), /registar, .*cão/);
  await bigEnough(page.locator('#draft-form input[type=checkbox], #draft-form button'), 'form control');
  await audit('new draft');
  await page.screenshot({ path: shots + '/draft-new.png', fullPage: true });

  // From the keyboard: the title, an id suggested from it, the category,
  // a public body, the texts.
  await page.locator('#draft-title').focus();
  await page.keyboard.type(TITLE);
  await tabTo('draft-suggest-id');
  await page.keyboard.press('Enter');
  assert.equal(await page.getByLabel('Identifier').inputValue(), ID);
  await tabTo('draft-category');
  await page.keyboard.type('Services');
  assert.equal(await page.locator('#draft-category').inputValue(), 'services');
  await tabTo('draft-body-junta-freguesia');
  await page.keyboard.press('Space');
  assert.ok(await page.locator('#draft-body-junta-freguesia').isChecked());
  await tabTo('draft-summary');
  await page.keyboard.type('Cães e gatos têm de ter microchip e estar registados no SIAC.');
  await tabTo('draft-body');
  await page.keyboard.type('O registo é obrigatório. Ligue para { $no-such-number }.');
  await tabTo('draft-questions');
  await page.keyboard.press('End');
  await page.keyboard.type('\nonde ponho o chip ao gato');

  // A fact that does not exist: refused, in English.
  await tabTo('draft-preview');
  await page.keyboard.press('Enter');
  await page.locator('#kb-problems', { hasText: 'no-such-number is not a known fact' }).waitFor();
  await audit('refused draft');

  await retype('draft-body', 'O registo é obrigatório e faz-se no veterinário.\n\n## O que levar\n- O boletim sanitário do animal');
  await tabTo('draft-preview');
  await page.keyboard.press('Enter');
  const preview = page.locator('#kb-preview-area');
  await preview.getByRole('heading', { name: TITLE }).waitFor();
  await preview.getByText('O boletim sanitário do animal').waitFor();
  assert.equal(await page.locator('#kb-problems').count(), 0);
  await audit('draft preview');
  await page.screenshot({ path: shots + '/draft-preview.png', fullPage: true });

  // Saved, it waits in the list of drafts with the search that started it.
  await tabTo('draft-save');
  await page.keyboard.press('Enter');
  await page.locator('#kb-notice', { hasText: 'Draft saved.' }).waitFor();
  assert.match(page.url(), /#\/knowledge\/drafts\/\d+$/);
  const unpublished = await fetch(base + '/api/v1/articles/' + ID + '?lang=pt');
  assert.equal(unpublished.status, 404, 'a draft is not public');
  await page.locator('#nav a[href="#/knowledge"]').click();
  await page.locator('#kb-drafts-link').click();
  const row = page.locator('tr[data-draft]');
  await row.waitFor();
  const text = await row.innerText();
  assert.ok(text.includes(TITLE) && text.includes(QUERY) && text.includes('rui'), text);
  await bigEnough(page.locator('tr[data-draft] a, tr[data-draft] button, #kb-draft-new, main p > a'), 'drafts list control');
  await audit('drafts list');
  await page.screenshot({ path: shots + '/drafts-list.png', fullPage: true });

  // Reopened and published: readers get it at once.
  await row.getByRole('link', { name: TITLE }).click();
  await page.getByRole('heading', { name: 'Draft: ' + TITLE }).waitFor();
  assert.ok(await page.locator('#draft-body-junta-freguesia').isChecked(), 'the chosen body was saved');
  await page.locator('#draft-publish').focus();
  await page.keyboard.press('Enter');
  await page.locator('#kb-notice', { hasText: 'Published' }).waitFor();
  assert.ok(page.url().endsWith('#/knowledge/' + ID + '/pt'), page.url());
  const r = await fetch(base + '/api/v1/articles/' + ID + '?lang=pt');
  assert.equal(r.status, 200);
  const a = await r.json();
  assert.equal(a.title, TITLE);
  assert.equal(a.bodies[0].id, 'junta-freguesia');
  await audit('published article in the editor');
  await page.goto(base + '/console/#/knowledge/drafts');
  await page.locator('#kb-drafts-empty').waitFor();

  assert.deepEqual(problems, []);
  console.log('knowledge drafts e2e: ok; axe found nothing on: ' + audited.join(', '));
} catch (e) {
  await page.screenshot({ path: `${shots}/knowledge-drafts-failure.png`, fullPage: true }).catch(() => {});
  throw e;
} finally {
  await browser.close();
}
