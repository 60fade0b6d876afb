// New articles written by administrators, often from a search nobody found
// an answer for: the list of drafts, and one draft's form with its preview
// as readers would see it and publishing. Uses app.js's helpers.
'use strict';

const DRAFT_TEXTS = ['title', 'summary', 'body', 'keywords', 'questions'];

// What was typed in each draft's form ('new' before its first save), kept
// across live redraws like the article editor's.
const draftForms = {};

async function knowledgeDraftsView() {
  const r = await api('GET', '/knowledge/drafts');
  const heads = [t('console-kb-field-title'), t('console-kb-draft-query'), t('console-kb-draft-author'),
    t('console-kb-draft-changed'), t('console-col-action')];
  const remove = d => async () => {
    if (!confirm(t('console-kb-draft-delete-confirm'))) return;
    try {
      await api('DELETE', '/knowledge/drafts/' + d.id);
      delete draftForms[d.id];
      say(t('console-kb-draft-deleted'));
      route(true);
    } catch (err) { say(err.message); }
  };
  const title = d => d.title.trim() || t('console-kb-draft-untitled');
  const rows = r.drafts.map(d => el('tr', { 'data-draft': d.id },
    el('td', {}, el('a', { class: 'target', href: '#/knowledge/drafts/' + d.id, text: title(d) })),
    el('td', { lang: 'pt', text: d.query || t('console-kb-draft-no-query') }),
    el('td', { text: d.author }),
    el('td', { text: when(d.changed_at) + (d.changed_by !== d.author ? ' · ' + d.changed_by : '') }),
    el('td', {}, el('button', { class: 'secondary', type: 'button', on: { click: remove(d) } },
      t('console-kb-draft-delete'), el('span', { class: 'visually-hidden', text: ' ' + title(d) })))));
  return [
    el('p', {}, el('a', { class: 'target', href: '#/knowledge', text: t('console-kb-back') })),
    el('h1', { text: t('console-kb-drafts') }),
    el('p', { class: 'muted', text: t('console-kb-drafts-intro') }),
    el('p', {}, el('a', { id: 'kb-draft-new', class: 'target', href: '#/knowledge/drafts/new', text: t('console-kb-draft-new') })),
    r.drafts.length ? table(heads, rows) : el('p', { id: 'kb-drafts-empty', text: t('console-kb-drafts-empty') })];
}

// An id suggested from the title: lowercase ASCII words joined by hyphens.
function slugFrom(title) {
  const s = title.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^[^a-z]+/, '').replace(/-+$/, '');
  return s.slice(0, 60).replace(/-+$/, '');
}

// One draft: `id` is a number, or 'new' with the search `q` that started it.
async function knowledgeDraftView(id, q) {
  const isNew = id === 'new';
  const r = isNew ? await api('GET', '/knowledge/drafts/new?q=' + encodeURIComponent(q || ''))
    : await api('GET', '/knowledge/drafts/' + id);
  const key = isNew ? 'new:' + (q || '') : String(id);
  const saved = r.draft;
  const f = draftForms[key] || (draftForms[key] = { fields: draftFields(saved), revision: saved.revision });
  const again = () => route(true);

  const input = (name, node) => {
    node.addEventListener('input', () => {
      f.fields[name] = node.value;
      // "Saved" no longer describes what is in the form.
      f.notice = null;
      const n = document.getElementById('kb-notice');
      if (n) n.remove();
    });
    return node;
  };
  const text = name => {
    const rows = { summary: 3, body: 16, keywords: 2, questions: 4 }[name];
    const attrs = { id: 'draft-' + name, lang: 'pt', spellcheck: 'true' };
    const node = name === 'title' ? el('input', Object.assign(attrs, { class: 'kb-title' }))
      : el('textarea', Object.assign(attrs, { rows, class: name === 'body' ? 'kb-body' : null,
        'aria-describedby': ['body', 'keywords', 'questions'].includes(name) ? 'draft-' + name + '-hint' : null }));
    node.value = f.fields[name];
    return input(name, node);
  };
  const hint = (name, message, args) => el('p', { id: 'draft-' + name + '-hint', class: 'muted', text: t(message, args) });
  const field = (name, label, control, help) => el('div', { class: 'kb-field' },
    el('label', { for: 'draft-' + name, text: label }), control, help || null);

  const idInput = input('article', el('input', { id: 'draft-article', size: 40, autocomplete: 'off', spellcheck: 'false',
    'aria-describedby': 'draft-article-hint', value: f.fields.article }));
  const suggest = el('button', { id: 'draft-suggest-id', class: 'secondary', type: 'button', on: { click: () => {
    f.fields.article = slugFrom(f.fields.title);
    idInput.value = f.fields.article;
    idInput.focus();
  } }, text: t('console-kb-draft-suggest-id') });
  const category = el('select', { id: 'draft-category' },
    el('option', { value: '', text: t('console-kb-draft-choose') }),
    r.choices.categories.map(c => el('option', { value: c.id, selected: c.id === f.fields.category, text: c.name })));
  input('category', category);
  const bodies = choices('draft-body-', t('console-kb-draft-bodies'), r.choices.bodies.map(b => [b.id, b.name]), f.fields.bodies);
  bodies.node.classList.add('draft-bodies');
  bodies.node.addEventListener('change', () => { f.fields.bodies = bodies.value(); });

  const typed = () => Object.assign({}, f.fields, { query: saved.query });
  const refused = err => {
    if (err.code === 'edit_refused') { f.problems = { message: err.message, list: err.data.problems || [] }; again(); return true; }
    if (err.code === 'edit_conflict') { f.conflict = err.data.latest; again(); return true; }
    return false;
  };
  // Saves what is typed; the draft's number.
  const store = async () => {
    if (isNew) {
      const s = await api('POST', '/knowledge/drafts', typed());
      draftForms[s.id] = { fields: f.fields, revision: s.revision };
      delete draftForms[key];
      return [s.id, draftForms[s.id]];
    }
    const s = await api('PUT', '/knowledge/drafts/' + id, Object.assign(typed(), { revision: f.revision }));
    f.revision = s.revision;
    return [id, f];
  };
  const save = async () => {
    try {
      const [n, form] = await store();
      Object.assign(form, { problems: null, conflict: null, notice: t('console-kb-draft-saved') });
      say(form.notice);
      if (isNew) location.hash = '#/knowledge/drafts/' + n; else again();
    } catch (err) { if (!refused(err)) say(err.message); }
  };
  const preview = async () => {
    try {
      const p = await api('POST', '/knowledge/drafts/preview', typed());
      Object.assign(f, { preview: p.rendered, problems: null, notice: null });
      again();
    } catch (err) { if (!refused(err)) say(err.message); }
  };
  const publish = async () => {
    let n, form;
    try { [n, form] = await store(); } catch (err) { if (!refused(err)) say(err.message); return; }
    try {
      const p = await api('POST', '/knowledge/drafts/' + n + '/publish', { revision: form.revision });
      delete draftForms[n];
      state.kb[p.article + '/pt'] = { notice: t('console-kb-draft-published') };
      say(t('console-kb-draft-published'));
      location.hash = '#/knowledge/' + encodeURIComponent(p.article) + '/pt';
    } catch (err) {
      if (err.code === 'edit_refused') form.problems = { message: err.message, list: err.data.problems || [] };
      else if (err.code === 'edit_conflict') form.conflict = err.data.latest;
      else say(err.message);
      form.preview = null;
      // A new draft was saved before publishing it was refused: its reasons
      // show on its own page.
      if (isNew) location.hash = '#/knowledge/drafts/' + n; else again();
    }
  };

  const conflict = f.conflict ? el('div', { id: 'draft-conflict', class: 'warning', role: 'alert' },
    el('p', { text: t('console-kb-draft-conflict', { name: f.conflict.changed_by || '—', time: f.conflict.changed_at ? when(f.conflict.changed_at) : '—' }) }),
    el('button', { id: 'draft-load-theirs', type: 'button', on: { click: () => {
      draftForms[key] = { fields: draftFields(f.conflict), revision: f.conflict.revision };
      again();
    } }, text: t('console-kb-draft-load-theirs') })) : null;
  const problems = problemsBox(f.problems);

  const form = el('form', { id: 'draft-form', on: { submit: e => { e.preventDefault(); save(); } } },
    field('title', t('console-kb-field-title'), text('title')),
    el('div', { class: 'kb-field' }, el('label', { for: 'draft-article', text: t('console-kb-draft-id') }),
      el('div', { class: 'row' }, idInput, suggest),
      el('p', { id: 'draft-article-hint', class: 'muted', text: t('console-kb-draft-id-hint') })),
    field('category', t('console-kb-draft-category'), category),
    bodies.node,
    field('summary', t('console-kb-field-summary'), text('summary')),
    field('body', t('console-kb-field-body'), text('body'), hint('body', 'console-kb-draft-markup-hint')),
    field('keywords', t('console-kb-field-keywords'), text('keywords'), hint('keywords', 'console-kb-draft-keywords-hint')),
    field('questions', t('console-kb-field-questions'), text('questions'), hint('questions', 'console-kb-draft-questions-hint')),
    el('p', { id: 'draft-publish-note', class: 'muted', text: t('console-kb-draft-publish-note') }),
    el('div', { class: 'row kb-actions' },
      el('button', { id: 'draft-save', type: 'submit', text: t('console-save') }),
      el('button', { id: 'draft-preview', class: 'secondary', type: 'button', on: { click: preview }, text: t('console-kb-preview') }),
      el('button', { id: 'draft-publish', type: 'button', on: { click: publish }, text: t('console-kb-draft-publish') })),
    problems);

  const title = f.fields.title.trim() || saved.title.trim();
  return [
    el('p', {}, el('a', { class: 'target', href: '#/knowledge/drafts', text: t('console-kb-drafts-back') })),
    el('h1', { text: isNew ? t('console-kb-draft-heading-new') : t('console-kb-draft-heading', { title: title || t('console-kb-draft-untitled') }) }),
    saved.query ? el('p', { id: 'draft-query' }, t('console-kb-draft-from-query') + ' ', el('q', { lang: 'pt', text: saved.query })) : null,
    isNew ? null : el('p', { class: 'muted', text: t('console-kb-draft-changed-by', { name: saved.changed_by, time: when(saved.changed_at) }) }),
    f.notice ? el('p', { id: 'kb-notice', class: 'notice', text: f.notice }) : null,
    conflict, form,
    f.preview ? el('section', { id: 'kb-preview-area', 'aria-labelledby': 'kb-preview-h' },
      el('h2', { id: 'kb-preview-h', text: t('console-kb-preview-title') }), kbRendered(f.preview)) : null];
}

function draftFields(d) {
  const out = { article: d.article || '', category: d.category || '', bodies: (d.bodies || []).slice() };
  for (const name of DRAFT_TEXTS) out[name] = d[name] || '';
  return out;
}
