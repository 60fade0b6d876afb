// Accounts in the console: a mediator's own password, a new password from a
// reset link, and what an administrator does to one account. Loaded before
// app.js, whose helpers (el, t, api, say, route, langName) these use.
'use strict';

// A password field with the rules said next to it.
function passwordField(id, label, autocomplete) {
  const input = el('input', { id, type: 'password', autocomplete, required: true, 'aria-describedby': id + '-hint' });
  return [el('label', { for: id, text: label }), input,
    el('p', { id: id + '-hint', class: 'muted', text: t('console-password-hint') })];
}

function myAccountView() {
  const current = el('input', { id: 'current-password', type: 'password', autocomplete: 'current-password', required: true });
  const [newLabel, fresh, hint] = passwordField('new-password', t('console-new-password'), 'new-password');
  return [el('h1', { text: t('console-nav-account') }),
    el('form', { class: 'stack', on: { submit: async e => {
      e.preventDefault();
      try {
        await api('POST', '/me/password', { current: current.value, password: fresh.value });
        current.value = ''; fresh.value = '';
        say(t('console-password-changed'));
      } catch (err) { say(err.message); }
    } } }, el('h2', { text: t('console-change-password') }),
    el('label', { for: 'current-password', text: t('console-current-password') }), current,
    newLabel, fresh, hint,
    el('button', { type: 'submit', text: t('console-change-password') }))];
}

// Before signing in: the link an administrator gave.
function resetView(token) {
  document.getElementById('top').hidden = true;
  const [label, input, hint] = passwordField('reset-password', t('console-new-password'), 'new-password');
  const form = el('form', { class: 'stack', on: { submit: async e => {
    e.preventDefault();
    try {
      await api('POST', '/reset', { token, password: input.value });
      location.hash = '';
      loginView();
      say(t('console-reset-done'));
    } catch (err) { say(err.message); }
  } } }, el('h1', { text: t('console-reset-title') }), label, input, hint,
  el('button', { type: 'submit', text: t('console-change-password') }));
  document.getElementById('main').replaceChildren(form);
  input.focus();
}

// Checkboxes for a list of choices, in a fieldset named by `legend`.
function choices(prefix, legend, options, chosen) {
  const boxes = options.map(([value, text]) => {
    const box = el('input', { id: prefix + value, type: 'checkbox', value, checked: chosen.includes(value) });
    return [box, el('label', { for: prefix + value, text })];
  });
  const node = el('fieldset', {}, el('legend', { text: legend }),
    el('div', { class: 'row wrap' }, boxes.map(([b, l]) => el('span', { class: 'choice' }, b, l))));
  return { node, value: () => boxes.filter(([b]) => b.checked).map(([b]) => b.value) };
}

async function teamAccountView(id) {
  const r = await api('GET', '/mediators');
  const m = r.mediators.find(x => String(x.id) === String(id));
  if (!m) return [el('h1', { text: t('error-not-found') })];
  const langs = choices('edit-lang-', t('console-languages'), state.me.languages.map(l => [l.code, l.name]), m.languages);
  const topics = choices('edit-topic-', t('console-topics'), state.me.categories.map(k => [k, t('category-' + k)]), m.topics);
  const services = choices('edit-service-', t('console-services'), state.me.services.map(s => [s.letter, s.letter]), m.services);
  const admin = el('input', { id: 'edit-admin', type: 'checkbox', checked: m.role === 'admin' });
  // Translations this account may edit and review (the Portuguese source
  // and facts are administrators' own).
  const translated = state.me.languages.filter(l => l.code !== 'pt');
  const editorLangs = choices('editor-lang-', t('console-editor-langs'), translated.map(l => [l.code, l.name]), m.editor_langs || []);
  // The last "Saved." is cleared first, so the message that follows is
  // about this action and not the one before.
  const act = (path, message, body = () => ({})) => async () => {
    say('');
    try { await api('POST', '/mediators/' + m.id + path, body()); say(message); route(true); } catch (err) { say(err.message); }
  };
  const submit = (path, body) => e => { e.preventDefault(); return act(path, t('console-saved'), body)(); };
  // The link is shown once: kept like a draft, so a live redraw keeps it.
  const link = el('div', { id: 'reset-link-box' });
  const showLink = (l) => link.replaceChildren(
    el('label', { for: 'reset-link', text: t('console-reset-link-label') }),
    el('input', { id: 'reset-link', readonly: true, value: l.url, 'aria-describedby': 'reset-link-note' }),
    el('p', { id: 'reset-link-note', text: t('console-reset-link-note', { time: when(l.expires_at) }) }));
  if (state.drafts['reset:' + m.id]) showLink(state.drafts['reset:' + m.id]);
  const issue = async () => {
    try {
      const l = await api('POST', '/mediators/' + m.id + '/reset-link', {});
      state.drafts['reset:' + m.id] = l;
      showLink(l);
    } catch (err) { say(err.message); }
  };
  return [
    el('h1', { text: t('console-edit-title', { name: m.name }) }),
    el('p', { id: 'account-status', text: t('console-account-status') + ': ' + t(m.disabled ? 'console-account-disabled' : 'console-account-active') }),
    el('form', { class: 'stack', on: { submit: submit('', () => ({ languages: langs.value(), topics: topics.value(), services: services.value(), admin: admin.checked })) } }, langs.node, topics.node, services.node,
    el('div', { class: 'row' }, admin, el('label', { for: 'edit-admin', text: t('console-admin') })),
    el('button', { type: 'submit', text: t('console-save') })),
    el('form', { class: 'stack', on: { submit: submit('/editor-langs', () => ({ langs: editorLangs.value() })) } }, editorLangs.node,
    el('button', { id: 'save-editor-langs', type: 'submit', text: t('console-save-editor-langs') })),
    el('div', { class: 'row' },
      m.disabled ? el('button', { id: 'enable', on: { click: act('/enable', t('console-saved')) }, text: t('console-enable') })
        : el('button', { id: 'disable', class: 'danger', on: { click: act('/disable', t('console-saved')) }, text: t('console-disable') }),
      el('button', { id: 'end-sessions', class: 'secondary', on: { click: act('/end-sessions', t('console-sessions-ended')) }, text: t('console-end-sessions') }),
      el('button', { id: 'issue-reset-link', class: 'secondary', on: { click: issue }, text: t('console-reset-link') })),
    link,
    el('p', {}, el('a', { href: '#/team', text: t('console-nav-team') }))];
}
