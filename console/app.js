// The mediator console. Plain DOM: every text goes in through textContent,
// never as markup, because much of it was typed by members of the public.
'use strict';

// drafts: what a mediator is typing, by case, so a live update that redraws
// the page never throws it away.
// kb: the knowledge editor's page state by article and language (the
// typed text and the version it started from, a preview, a conflict,
// refused reasons), kept across redraws the same way.
const state = { me: null, csrf: null, t: {}, events: null, drafts: {}, kb: {} };

function t(id, args) {
  let s = state.t[id] || id;
  for (const [k, v] of Object.entries(args || {})) s = s.split('{' + k + '}').join(String(v));
  return s;
}

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'on') for (const [ev, f] of Object.entries(v)) e.addEventListener(ev, f);
    else if (k === 'text') e.textContent = v;
    else if (v !== false && v != null) e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) if (c != null) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return e;
}

function say(text) { document.getElementById('status').textContent = text || ''; }

// A File or Blob body goes as it is (a file for the visitor), anything
// else as JSON.
async function api(method, path, body) {
  const headers = { 'Accept': 'application/json' };
  const raw = body instanceof Blob;
  if (body !== undefined) headers['Content-Type'] = raw ? (body.type || 'application/octet-stream') : 'application/json';
  if (method !== 'GET' && state.csrf) headers['X-CSRF-Token'] = state.csrf;
  const res = await fetch('/api/v1/console' + path, {
    method, headers, credentials: 'same-origin',
    body: body === undefined || raw ? body : JSON.stringify(body),
  });
  const data = await res.json().catch(() => ({}));
  if (!res.ok) {
    const err = new Error((data.error && data.error.message) || res.statusText);
    err.status = res.status;
    err.code = data.error && data.error.code;
    err.data = data.error || {};
    throw err;
  }
  return data;
}

async function loadStrings(lang) {
  const q = lang ? '?lang=' + encodeURIComponent(lang) : '';
  const r = await api('GET', '/strings' + q);
  state.t = r.strings;
  state.lang = r.lang;
  document.documentElement.lang = r.lang;
  document.title = t('console-title');
}

// Dates and numbers in the console's language, not the browser's.
function when(at) { return new Date(at).toLocaleString(state.lang); }
function number(n, digits) { return new Intl.NumberFormat(state.lang, { maximumFractionDigits: digits || 0 }).format(n); }

function minutes(secs) { return t('console-minutes', { minutes: Math.floor(secs / 60) }); }
function langName(code) {
  const l = state.me && state.me.languages.find(x => x.code === code);
  return l ? l.name : code;
}

// ---- chrome ---------------------------------------------------------------

function drawTop() {
  const top = document.getElementById('top');
  top.hidden = false;
  document.getElementById('title').textContent = t('console-title');
  const nav = document.getElementById('nav');
  const links = [['#/queue', 'console-nav-queue'], ['#/knowledge', 'console-nav-knowledge']];
  if (state.me.mediator.role === 'admin') {
    links.push(['#/stats', 'console-nav-stats'], ['#/team', 'console-nav-team'], ['#/audit', 'console-nav-audit']);
  }
  links.push(['#/account', 'console-nav-account']);
  nav.replaceChildren(...links.map(([h, id]) => el('a', { href: h, text: t(id) })));
  document.getElementById('who').textContent = state.me.mediator.name;
  document.getElementById('ui-lang-label').textContent = t('console-ui-language');
  const sel = document.getElementById('ui-lang');
  sel.replaceChildren(...state.me.languages.map(l =>
    el('option', { value: l.code, selected: l.code === state.me.mediator.ui_lang, text: l.name })));
  sel.onchange = async () => {
    await api('POST', '/me/lang', { lang: sel.value });
    state.me.mediator.ui_lang = sel.value;
    await loadStrings(sel.value);
    drawTop();
    route();
  };
  const out = document.getElementById('logout');
  out.textContent = t('console-logout');
  out.onclick = async () => {
    await api('POST', '/logout', {});
    // One navigation, to the page without its route: setting the hash and
    // then reloading made two, and what the mediator did next could be
    // cut short by the second.
    location.replace(location.pathname);
  };
}

function listen() {
  if (state.events) state.events.close();
  const es = new EventSource('/api/v1/console/events');
  let timer = null;
  // A redraw keeps the status line: what the mediator was just told (a
  // refused call) must not vanish because someone else's ticket arrived.
  const refresh = () => { clearTimeout(timer); timer = setTimeout(() => route(true), 150); };
  // The knowledge changed (an editor saved, a release): only the pages
  // that show it redraw.
  es.addEventListener('change', e => {
    const kind = JSON.parse(e.data || '{}').kind;
    if (kind !== 'knowledge' || location.hash.startsWith('#/knowledge')) refresh();
  });
  es.addEventListener('reload', refresh);
  // Signed out elsewhere, timed out or disabled: the next request asks to sign in.
  es.addEventListener('session_ended', () => { es.close(); route(true); });
  // Changes made while the connection was down sent no event: reload once
  // it is back.
  let lost = false;
  es.onerror = () => { lost = true; say(t('console-connection-lost')); };
  es.onopen = () => { say(''); if (lost) refresh(); lost = false; };
  state.events = es;
}

// ---- sign in and first administrator ---------------------------------------

function loginView() {
  document.getElementById('top').hidden = true;
  const user = el('input', { id: 'username', autocomplete: 'username', required: true });
  const pass = el('input', { id: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const form = el('form', { class: 'stack', on: { submit: async e => {
    e.preventDefault();
    try {
      const r = await api('POST', '/login', { username: user.value, password: pass.value });
      state.csrf = r.csrf;
      await start();
    } catch (err) { say(err.message); }
  } } },
  el('h1', { text: t('console-login-title') }),
  el('label', { for: 'username', text: t('console-username') }), user,
  el('label', { for: 'password', text: t('console-password') }), pass,
  el('button', { type: 'submit', text: t('console-login') }));
  document.getElementById('main').replaceChildren(form);
  user.focus();
}

function accountFields(prefix) {
  const f = {
    username: el('input', { id: prefix + 'username', required: true, autocomplete: 'off' }),
    name: el('input', { id: prefix + 'name', required: true }),
    password: el('input', { id: prefix + 'password', type: 'password', autocomplete: 'new-password', required: true }),
    langs: el('input', { id: prefix + 'languages', placeholder: 'pt,en,uk', required: true }),
  };
  const nodes = [
    el('label', { for: prefix + 'username', text: t('console-username') }), f.username,
    el('label', { for: prefix + 'name', text: t('console-name') }), f.name,
    el('label', { for: prefix + 'password', text: t('console-password') }), f.password,
    el('label', { for: prefix + 'languages', text: t('console-languages') }), f.langs,
  ];
  const value = () => ({
    username: f.username.value, name: f.name.value, password: f.password.value,
    languages: f.langs.value.split(/[\s,]+/).filter(Boolean),
  });
  return { nodes, value };
}

function setupView(token) {
  document.getElementById('top').hidden = true;
  const fields = accountFields('setup-');
  const form = el('form', { class: 'stack', on: { submit: async e => {
    e.preventDefault();
    try {
      const r = await api('POST', '/setup', Object.assign({ token }, fields.value()));
      state.csrf = r.csrf;
      location.hash = '#/queue';
      await start();
    } catch (err) { say(err.message); }
  } } }, el('h1', { text: t('console-setup-title') }), fields.nodes,
  el('button', { type: 'submit', text: t('console-create') }));
  document.getElementById('main').replaceChildren(form);
}

// ---- queue ----------------------------------------------------------------

function presenceForm(p) {
  const site = el('select', { id: 'presence-site' },
    el('option', { value: '', text: t('console-remote') }),
    state.me.sites.map(s => el('option', { value: s.id, selected: p && p.site === s.id, text: s.name })));
  const counter = el('select', { id: 'presence-counter' });
  const fillCounters = () => {
    const s = state.me.sites.find(x => x.id === site.value);
    counter.replaceChildren(el('option', { value: '', text: '—' }),
      ...(s ? s.counters : []).map(c => el('option', { value: c, selected: p && p.counter === c, text: c })));
    counter.disabled = !s;
  };
  site.onchange = fillCounters;
  fillCounters();
  const available = el('input', { id: 'presence-available', type: 'checkbox', checked: !!(p && p.available) });
  return el('form', { class: 'row', on: { submit: async e => {
    e.preventDefault();
    try {
      await api('POST', '/presence', { site: site.value || null, counter: counter.value || null, available: available.checked });
      say(t('console-saved'));
      route(true);
    } catch (err) { say(err.message); }
  } } },
  el('strong', { text: t('console-presence') }),
  el('label', { for: 'presence-site', text: t('console-site') }), site,
  el('label', { for: 'presence-counter', text: t('console-counter') }), counter,
  available, el('label', { for: 'presence-available', text: t('console-available') }),
  el('button', { type: 'submit', text: t('console-save') }));
}

// A case or ticket served in another language than the visitor's is marked
// with what the visitor reads ("needs Kriolu").
function servedIn(x) {
  const serve = x.serve_lang || x.lang;
  return serve === x.lang ? langName(x.lang)
    : langName(serve) + ' · ' + t('console-needs-lang', { lang: langName(x.lang) });
}

function caseRow(c, action) {
  return el('tr', { 'data-case': c.id },
    el('td', { text: '#' + c.id }),
    el('td', { text: servedIn(c) }),
    el('td', { text: t('category-' + c.topic) }),
    el('td', { text: t('channel-' + c.channel) + (c.left_message ? ' · ' + t('console-left-message') : '') }),
    el('td', { text: t('console-waited', { minutes: Math.floor(c.waited_secs / 60) }) }),
    el('td', {}, action));
}

function table(heads, rows) {
  return el('table', {}, el('thead', {}, el('tr', {}, heads.map(h => el('th', { scope: 'col', text: h })))),
    el('tbody', {}, rows));
}

async function queueView() {
  const q = await api('GET', '/queue');
  const heads = [t('console-col-case'), t('console-language'), t('console-topic'), t('console-channel'), t('console-waiting'), t('console-col-action')];
  const claim = c => el('button', { class: 'claim', on: { click: async () => {
    try { await api('POST', '/cases/' + c.id + '/claim', {}); location.hash = '#/case/' + c.id; }
    catch (err) { say(err.message); route(true); }
  } }, text: t('console-claim') });
  const open = c => el('a', { href: '#/case/' + c.id, text: t('console-open') });
  const ticketAction = (tk, what, label, cls) => el('button', { class: cls || 'secondary', on: { click: async () => {
    try { await api('POST', '/tickets/' + tk.ticket.id + '/' + what, {}); route(true); } catch (err) { say(err.message); }
  } }, text: t(label) });
  return [
    el('h1', { text: t('console-nav-queue') }),
    presenceForm(q.presence),
    el('h2', { text: t('console-mine') }),
    q.mine.length ? table(heads, q.mine.map(c => caseRow(c, open(c)))) : el('p', { class: 'muted', text: '—' }),
    el('h2', { text: t('console-waiting') }),
    q.waiting.length ? table(heads, q.waiting.map(c => caseRow(c, claim(c)))) : el('p', { id: 'empty-queue', class: 'muted', text: t('console-none-waiting') }),
    el('h2', { text: t('console-tickets') }),
    el('div', { class: 'row' }, el('button', { id: 'call-next', on: { click: async () => {
      try { const r = await api('POST', '/tickets/next', {}); say(r.label); route(true); } catch (err) { say(err.message); }
    } }, text: t('console-call-next') }),
    q.tickets.map(tk => el('span', { class: 'ticket', text: tk.label + ' (' + servedIn(tk.ticket) + ')' }))),
    q.called.length ? el('h2', { text: t('console-called') }) : null,
    q.called.map(tk => el('div', { class: 'row called' }, el('strong', { text: tk.label + ' → ' + t('console-counter') + ' ' + tk.ticket.counter }),
      ticketAction(tk, 'recall', 'console-recall'), ticketAction(tk, 'skip', 'console-skip'), ticketAction(tk, 'done', 'console-done', 'primary')))];
}

// ---- one case -----------------------------------------------------------

// Whether a message to the visitor really reached them, in words.
function deliveryState(d) {
  if (!d) return null;
  let text;
  if (d.state === 'failed') text = t('console-delivery-failed', { reason: t('console-delivery-reason-' + (d.failure || 'refused').replace('_', '-')) });
  else if (d.state === 'queued' && d.retrying) text = t('console-delivery-retrying');
  else text = t('console-delivery-' + d.state);
  return el('span', { class: 'delivery ' + d.state, 'data-state': d.state, text });
}

function transcript(messages, delivery) {
  return el('ol', { class: 'transcript' }, messages.map(m => {
    const who = m.kind === 'note' ? t('console-note-label') : t('console-author-' + m.author);
    const body = m.file_id
      ? el('span', {}, el('a', { href: '/api/v1/console/files/' + m.file_id, target: '_blank', rel: 'noopener', text: t('console-file') }), m.body ? ' ' + m.body : '')
      : m.body;
    return el('li', { class: m.kind === 'note' ? 'note' : m.author, 'data-message': m.id },
      el('span', { class: 'meta', text: who + ' · ' + when(m.created_at) }), body,
      deliveryState(delivery && delivery.messages[m.id]));
  }));
}

// A photo or document for the visitor. The chosen file survives a live
// redraw, like a draft, even one that replaced the chooser while its file
// dialog was open (the choice then lands on the chooser no longer shown).
function fileForm(id, act) {
  const key = id + ':file';
  const input = el('input', { id: 'send-file', type: 'file' });
  const show = (i, f) => { const dt = new DataTransfer(); if (f) dt.items.add(f); i.files = dt.files; };
  if (state.drafts[key]) show(input, state.drafts[key]);
  input.addEventListener('change', () => {
    state.drafts[key] = input.files[0];
    const shown = document.getElementById('send-file');
    if (shown && shown !== input) show(shown, input.files[0]);
  });
  const send = async () => {
    const f = state.drafts[key] || input.files[0];
    if (!f) return say(t('console-send-file-missing'));
    await act('/file?name=' + encodeURIComponent(f.name), () => f, () => { delete state.drafts[key]; })();
  };
  return el('div', { class: 'row' },
    el('label', { for: 'send-file', text: t('console-send-file') }), input,
    el('button', { class: 'secondary', id: 'send-file-button', on: { click: send }, text: t('console-send-file-button') }));
}

// A case the mediator can no longer act on (its visitor erased their
// data, or they transferred it away): said plainly, with no reply box.
function goneView(id, text) {
  return [el('h1', { text: t('console-case', { id }) }),
    el('p', { id: 'case-gone', text }),
    el('p', {}, el('a', { href: '#/queue', text: t('console-back-to-queue') }))];
}

function movedText(m) {
  return m.mediator
    ? t('console-moved-to-mediator', { id: m.case_id, name: m.mediator })
    : t('console-moved-to-queue', { id: m.case_id, lang: langName(m.lang), topic: t('category-' + m.topic) });
}

async function caseView(id) {
  let v;
  try { v = await api('GET', '/cases/' + id); }
  catch (err) { if (err.status === 410) return goneView(id, err.message); throw err; }
  if (v.moved) return goneView(id, movedText(v.moved));
  const [canned, team] = await Promise.all([api('GET', '/cases/' + id + '/canned'), api('GET', '/mediators')]);
  const c = v.case;
  const mine = c.status === 'active' && c.mediator_id === state.me.mediator.id;
  const act = (path, body, after) => async () => {
    try { await api('POST', '/cases/' + id + path, body ? body() : {}); if (after) after(); route(true); }
    catch (err) { say(err.message); if (err.status === 410) route(true); }
  };
  const draft = (name) => {
    const key = id + ':' + name;
    const area = el('textarea', { id: name, maxlength: 4000 });
    area.value = state.drafts[key] || '';
    area.addEventListener('input', () => { state.drafts[key] = area.value; });
    area.clear = () => { area.value = ''; delete state.drafts[key]; };
    return area;
  };
  const reply = draft('reply');
  const insert = (text) => { reply.value += (reply.value ? '\n' : '') + text; reply.dispatchEvent(new Event('input')); };
  const cannedSel = el('select', { id: 'canned' }, el('option', { value: '', text: t('console-canned') }),
    Object.entries(canned.replies).map(([k, text]) => el('option', { value: text, text })));
  cannedSel.onchange = () => { if (cannedSel.value) insert(cannedSel.value); cannedSel.value = ''; };
  const articleSel = el('select', { id: 'article' }, el('option', { value: '', text: t('console-insert-article') }),
    canned.articles.map(a => el('option', { value: a.text, text: a.title })));
  articleSel.onchange = () => { if (articleSel.value) insert(articleSel.value); articleSel.value = ''; };
  const note = draft('note');
  const toMediator = el('select', { id: 'to-mediator' }, el('option', { value: '', text: t('console-any') }),
    team.mediators.filter(m => m.id !== state.me.mediator.id).map(m => el('option', { value: m.id, text: m.name })));
  const toLang = el('select', { id: 'to-lang' }, el('option', { value: '', text: t('console-any') }),
    state.me.languages.map(l => el('option', { value: l.code, text: l.name })));
  const toTopic = el('select', { id: 'to-topic' }, el('option', { value: '', text: t('console-any') }),
    state.me.categories.map(k => el('option', { value: k, text: t('category-' + k) })));
  const outcome = el('select', { id: 'outcome' }, state.me.outcomes.map(o => el('option', { value: o, text: t('outcome-' + o) })));
  // A choice made before a live redraw stays made, like a draft: a
  // transfer must go where the mediator chose, not to "any".
  for (const sel of [toMediator, toLang, toTopic, outcome]) {
    const key = id + ':' + sel.id;
    if (state.drafts[key] !== undefined) sel.value = state.drafts[key];
    sel.addEventListener('change', () => { state.drafts[key] = sel.value; });
  }
  const ctx = c.context || { read: [], searched: [] };
  const side = el('div', {},
    el('h2', { text: t('console-context') }),
    el('p', {}, el('strong', { text: t('console-read') + ': ' }), ctx.read.join(', ') || '—'),
    el('p', {}, el('strong', { text: t('console-searched') + ': ' }), ctx.searched.join(' · ') || '—'),
    el('h2', { text: t('console-history') }),
    v.history.length ? v.history.map(h => el('details', {}, el('summary', { text: t('console-case', { id: h.case.id }) + ' · ' + t('category-' + h.case.topic) + ' · ' + t('console-status-' + h.case.status) }), transcript(h.messages)))
      : v.history_withheld ? null : el('p', { class: 'muted', text: t('console-no-history') }),
    v.history_withheld ? el('p', { class: 'muted', id: 'history-withheld', text: t('console-history-withheld', { count: v.history_withheld }) }) : null,
    state.me.mediator.role === 'admin' ? el('button', { class: 'danger', id: 'erase', on: { click: async () => {
      if (!confirm(t('console-erase-confirm'))) return;
      try { await api('POST', '/cases/' + id + '/erase', {}); say(t('console-erased')); location.hash = '#/queue'; } catch (err) { say(err.message); }
    } }, text: t('console-erase') }) : null);
  const controls = [];
  if (c.status === 'waiting') controls.push(el('button', { id: 'claim', on: { click: act('/claim') }, text: t('console-claim') }));
  if (mine) {
    controls.push(
      el('label', { for: 'reply', text: t('console-reply') }), reply,
      el('div', { class: 'row' },
        el('label', { for: 'canned', class: 'visually-hidden', text: t('console-canned') }), cannedSel,
        el('label', { for: 'article', class: 'visually-hidden', text: t('console-insert-article') }), articleSel,
        el('button', { id: 'send', on: { click: async () => {
          if (!reply.value.trim()) return;
          await act('/reply', () => ({ text: reply.value }), reply.clear)();
        } }, text: t('console-send') })),
      fileForm(id, act),
      el('fieldset', {}, el('legend', { text: t('console-transfer') }),
        el('div', { class: 'row' },
          el('label', { for: 'to-mediator', text: t('console-transfer-mediator') }), toMediator,
          el('label', { for: 'to-lang', text: t('console-transfer-lang') }), toLang,
          el('label', { for: 'to-topic', text: t('console-transfer-topic') }), toTopic,
          el('button', { class: 'secondary', id: 'transfer', on: { click: act('/transfer', () => ({
            mediator_id: toMediator.value ? Number(toMediator.value) : null,
            lang: toLang.value || null, topic: toTopic.value || null })) }, text: t('console-transfer') }))),
      el('div', { class: 'row' },
        el('button', { class: 'secondary', id: 'hand-back', on: { click: act('/hand-back') }, text: t('console-hand-back') }),
        el('label', { for: 'outcome', text: t('console-outcome') }), outcome,
        el('button', { id: 'close', on: { click: act('/close', () => ({ outcome: outcome.value })) }, text: t('console-close') })));
  }
  controls.push(el('label', { for: 'note', text: t('console-note') }), note,
    el('button', { class: 'secondary', id: 'add-note', on: { click: async () => {
      if (!note.value.trim()) return;
      await act('/note', () => ({ text: note.value }), note.clear)();
    } }, text: t('console-add-note') }));
  return [
    el('h1', { text: t('console-case', { id: c.id }) }),
    el('p', { id: 'case-status', text: [t('console-status-' + c.status), servedIn(c), t('category-' + c.topic), t('channel-' + c.channel)].join(' · ') }),
    v.delivery && v.delivery.visitor_blocked ? el('p', { id: 'visitor-blocked', class: 'warning', role: 'alert', text: t('console-visitor-blocked') }) : null,
    el('div', { class: 'columns' }, el('div', {}, el('h2', { text: t('console-transcript') }), transcript(v.messages, v.delivery), controls), side)];
}

// ---- administrators ---------------------------------------------------------

// Statistics tables: keys are shown through `name` (never a raw id), with
// the column heading `head` naming what they are.
function countTable(title, head, map, name) {
  return [el('h2', { text: title }), table([head, t('console-stats-count')],
    Object.entries(map).map(([k, n]) => el('tr', {}, el('td', { text: name ? name(k) : k }), el('td', { text: number(n) }))))];
}

function shareTable(title, head, map, name) {
  return [el('h2', { text: title }), table([head, t('console-stats-count'), t('console-stats-share')],
    Object.entries(map).map(([k, s]) => el('tr', {}, el('td', { text: name(k) }), el('td', { text: number(s.ratings) }),
      el('td', { text: new Intl.NumberFormat(state.lang, { style: 'percent' }).format(s.share) }))))];
}

async function statsView() {
  const s = await api('GET', '/stats?days=30');
  const n = s.names;
  const from = (map) => (k) => map[k] == null ? k : map[k];
  const topic = from(n.topics), lang = from(n.langs);
  const sat = t('console-stats-satisfaction') + ' · ';
  return [
    el('h1', { text: t('console-nav-stats') + ' · ' + t('console-stats-days', { days: s.days }) }),
    el('p', {}, el('a', { href: '/api/v1/console/stats.csv?days=30', download: 'balcao-stats.csv', text: t('console-stats-csv') })),
    table([t('console-stats-measure'), t('console-stats-value')], [
      [t('console-stats-attended'), number(s.attended)],
      [t('console-stats-daily-average'), number(s.daily_average, 1)],
      [t('console-stats-wait-median'), s.wait_median_secs == null ? '—' : minutes(s.wait_median_secs)],
      [t('console-stats-wait-p90'), s.wait_p90_secs == null ? '—' : minutes(s.wait_p90_secs)],
    ].map(([k, v]) => el('tr', {}, el('th', { scope: 'row', text: k }), el('td', { text: v })))),
    countTable(t('console-stats-by-day'), t('console-stats-day'), s.per_day,
      d => new Date(d + 'T12:00:00Z').toLocaleDateString(state.lang)),
    countTable(t('console-stats-by-lang'), t('console-language'), s.by_lang, lang),
    countTable(t('console-stats-by-topic'), t('console-topic'), s.by_topic, topic),
    countTable(t('console-stats-by-channel'), t('console-channel'), s.by_channel, k => t('channel-' + k)),
    shareTable(sat + t('console-stats-by-topic'), t('console-topic'), s.satisfaction_by_topic, topic),
    shareTable(sat + t('console-stats-by-service'), t('console-service'), s.satisfaction_by_service, from(n.services)),
    shareTable(sat + t('console-stats-by-site'), t('console-site'), s.satisfaction_by_site, from(n.sites)),
    countTable(t('console-stats-gaps'), t('console-stats-query'),
      Object.fromEntries(s.search_gaps.map(g => [lang(g.lang) + ': ' + g.query, g.count]))),
    countTable(t('console-stats-not-helpful'), t('console-stats-article'),
      Object.fromEntries(s.not_helpful.map(f => [f.article, f.not_helpful])), from(n.articles)),
    el('h2', { text: t('console-stats-outdated-facts') }),
    table([t('console-stats-fact'), t('console-stats-value'), t('console-stats-valid-until')],
      s.outdated_facts.map(f => el('tr', { 'data-fact': f.id }, el('td', { text: f.id }), el('td', { text: f.value }),
        el('td', { text: new Date(f.valid_until + 'T12:00:00Z').toLocaleDateString(state.lang) }))))];
}

async function teamView() {
  const r = await api('GET', '/mediators');
  const fields = accountFields('new-');
  const admin = el('input', { id: 'new-admin', type: 'checkbox' });
  return [
    el('h1', { text: t('console-nav-team') }),
    table([t('console-name'), t('console-username'), t('console-languages'), t('console-role'), t('console-account-status'), t('console-col-action')],
      r.mediators.map(m => el('tr', { 'data-mediator': m.id }, el('td', { text: m.name }), el('td', { text: m.username }),
        el('td', { text: m.languages.map(langName).join(', ') }), el('td', { text: t('console-role-' + m.role) }),
        el('td', { text: t(m.disabled ? 'console-account-disabled' : 'console-account-active') }),
        el('td', {}, el('a', { href: '#/team/' + m.id }, t('console-edit'), el('span', { class: 'visually-hidden', text: ' ' + m.name })))))),
    el('form', { class: 'stack', on: { submit: async e => {
      e.preventDefault();
      try { await api('POST', '/mediators', Object.assign(fields.value(), { admin: admin.checked })); say(t('console-created')); route(true); }
      catch (err) { say(err.message); }
    } } }, el('h2', { text: t('console-team-add') }), fields.nodes,
    el('div', { class: 'row' }, admin, el('label', { for: 'new-admin', text: t('console-admin') })),
    el('button', { type: 'submit', text: t('console-create') }))];
}

// An action in words; one this page does not know yet still reads as words.
function auditAction(action) {
  const id = 'console-audit-' + action;
  return state.t[id] ? t(id) : t('console-audit-other', { action });
}

// Entries without a mediator: the visitor's own erasure, or an account
// action taken on the server's command line.
function auditWho(a) {
  if (a.mediator_id != null) return a.username;
  return t(a.subject ? 'console-audit-command-line' : 'console-audit-visitor');
}

async function auditView() {
  const r = await api('GET', '/audit');
  return [el('h1', { text: t('console-nav-audit') }),
    table([t('console-audit-when'), t('console-audit-who'), t('console-audit-action'), t('console-col-case'), t('console-audit-subject')],
      r.audit.map(a => el('tr', {}, el('td', { text: when(a.at) }),
        el('td', { text: auditWho(a) }),
        el('td', { text: auditAction(a.action) }), el('td', { text: a.case_id == null ? '' : '#' + a.case_id }),
        el('td', { text: a.subject || '' }))))];
}

// ---- knowledge --------------------------------------------------------------

// Mediators review and correct the articles in the languages they may
// edit: the queue of what needs a look, then one article beside its
// Portuguese source, its preview as readers see it, and its history.

const KB_FIELDS = ['title', 'summary', 'body', 'keywords', 'questions'];

function kbStatus(s) { return t('console-kb-status-' + (s || 'missing')); }
function kbPath(id, lang) { return '/knowledge/articles/' + encodeURIComponent(id) + '/' + lang; }
function day(d) { return new Date(d + 'T12:00:00Z').toLocaleDateString(state.lang); }

async function knowledgeQueueView() {
  const q = await api('GET', '/knowledge/queue');
  const heads = [t('console-stats-article'), t('console-language'), t('console-kb-status'),
    t('console-kb-not-helpful'), t('console-kb-reads'), t('console-col-action')];
  const action = i => el('a', { href: '#/knowledge/' + encodeURIComponent(i.article) + '/' + i.lang },
    t(i.status === 'missing' ? 'console-kb-write' : 'console-kb-review'),
    el('span', { class: 'visually-hidden', text: ' ' + i.title + ' (' + langName(i.lang) + ')' }));
  return [
    el('h1', { text: t('console-nav-knowledge') }),
    el('p', { id: 'kb-areas', class: 'row' }, el('a', { href: '#/knowledge/health', text: t('console-kb-health') }),
      el('a', { href: '#/knowledge/facts', text: t('console-kb-facts') }),
      state.me.mediator.role === 'admin' ? el('a', { id: 'kb-drafts-link', class: 'target', href: '#/knowledge/drafts', text: t('console-kb-drafts-link') }) : null),
    q.langs.length ? el('p', { class: 'muted', text: t('console-kb-queue-langs', { langs: q.langs.map(langName).join(', ') }) }) : null,
    q.items.length
      ? table(heads, q.items.map(i => el('tr', { 'data-article': i.article, 'data-lang': i.lang },
        el('td', {}, i.title, i.searches && i.searches.length
          ? el('p', { class: 'muted kb-searches', text: t('console-kb-searched-for', { searches: i.searches.join(' · ') }) }) : null),
        el('td', { text: langName(i.lang) }),
        el('td', { class: 'kb-status ' + i.status, text: kbStatus(i.status) }),
        el('td', { text: number(i.not_helpful) }), el('td', { text: number(i.reads) }), el('td', {}, action(i)))))
      : el('p', { id: 'kb-empty', text: t('console-kb-queue-empty') })];
}

// An entry's fields as read-only text, each under its name.
function kbFields(fields, headingTag, idPrefix) {
  if (!fields) return [el('p', { class: 'muted', text: t('console-kb-no-text') })];
  return KB_FIELDS.filter(f => f !== 'questions' || (fields[f] || '').trim()).map(f => el('div', { class: 'kb-field' },
    el(headingTag, { text: t('console-kb-field-' + f) }),
    el('div', { class: 'kb-text', id: idPrefix ? idPrefix + f : null, text: fields[f] || '' })));
}

// The article as readers see it, from the public article JSON.
function kbRendered(a) {
  const blocks = (a.blocks || []).map(b => {
    if (b.type === 'heading') return el('h4', { text: b.text });
    if (b.type === 'list') return el('ul', {}, b.items.map(i => el('li', { text: i })));
    if (b.type === 'steps') return el('ol', {}, b.items.map(i => el('li', { text: i })));
    return el('p', { text: b.text });
  });
  return el('article', { class: 'kb-rendered', lang: a.lang || null },
    el('h3', { text: a.title }), el('p', { class: 'kb-summary', text: a.summary }), blocks);
}

// Line differences by longest common subsequence: [[' ', line] | ['+', line] | ['-', line]].
function lineDiff(before, after) {
  const a = before ? before.split('\n') : [], b = after ? after.split('\n') : [];
  const n = a.length, m = b.length;
  const L = Array.from({ length: n + 1 }, () => new Int32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--)
    L[i][j] = a[i] === b[j] ? L[i + 1][j + 1] + 1 : Math.max(L[i + 1][j], L[i][j + 1]);
  const out = [];
  let i = 0, j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) { out.push([' ', a[i]]); i++; j++; }
    else if (L[i + 1][j] >= L[i][j + 1]) out.push(['-', a[i++]]);
    else out.push(['+', b[j++]]);
  }
  while (i < n) out.push(['-', a[i++]]);
  while (j < m) out.push(['+', b[j++]]);
  return out;
}

// What changed between two versions' fields, field by field: removed lines
// with "−" and added ones with "+", each also in its own colour.
function changedLines(before, after) {
  return lineDiff(before || '', after || '').filter(([k]) => k !== ' ');
}

function diffBlock(changes) {
  return el('div', { class: 'diff' }, changes.map(([k, line]) => k === '+'
    ? el('ins', { class: 'diff-add' }, el('span', { 'aria-hidden': 'true', text: '+ ' }), el('span', { class: 'visually-hidden', text: t('console-kb-diff-added') + ': ' }), line)
    : el('del', { class: 'diff-del' }, el('span', { 'aria-hidden': 'true', text: '− ' }), el('span', { class: 'visually-hidden', text: t('console-kb-diff-removed') + ': ' }), line)));
}

const noChange = () => el('p', { class: 'muted', text: t('console-kb-diff-none') });

function kbDiff(before, after, headingTag) {
  const parts = [];
  for (const f of KB_FIELDS) {
    const changes = changedLines((before || {})[f], (after || {})[f]);
    if (changes.length) parts.push(el('div', { class: 'diff-field' }, el(headingTag || 'h4', { text: t('console-kb-field-' + f) }), diffBlock(changes)));
  }
  return parts.length ? parts : [noChange()];
}

// A text's lines that changed, as one block (a fact's TOML).
function textDiff(before, after) {
  const changes = changedLines(before, after);
  return changes.length ? diffBlock(changes) : noChange();
}

// Why an edit was refused, in the editor's language.
function problemsBox(problems) {
  return problems ? el('div', { id: 'kb-problems', class: 'warning', role: 'alert' },
    el('p', { text: problems.message }), el('ul', {}, problems.list.map(p => el('li', { text: p })))) : null;
}

// Versions newest first, each with what changed from the one before it
// (`diff(older, x)`; `older` is undefined for the first) and, for an
// editor, a button to restore it or the shipped text.
function kbHistory({ versions, current, diff, edit, restore, none, shipped }) {
  return el('section', { id: 'kb-history', 'aria-labelledby': 'kb-history-h' },
    el('h2', { id: 'kb-history-h', text: t('console-kb-history') }),
    versions.length ? el('ol', { class: 'kb-versions' }, versions.map((x, i) => {
      const meta = [x.author, when(x.at)];
      if (x.restores != null) meta.push(x.restores === 0 ? t('console-kb-restores-shipped') : t('console-kb-restores', { version: x.restores }));
      return el('li', { 'data-version': x.version },
        el('h3', { text: t('console-kb-version', { version: x.version }) + (x.version === current ? ' · ' + t('console-kb-current') : '') }),
        el('p', { class: 'muted', text: meta.join(' · ') }),
        diff(versions[i + 1], x),
        edit && x.version !== current ? el('button', { class: 'secondary', type: 'button', 'data-restore': x.version, on: { click: restore(x.version) } },
          t('console-kb-restore'), el('span', { class: 'visually-hidden', text: ' ' + t('console-kb-version', { version: x.version }) })) : null);
    })) : el('p', { id: 'kb-no-history', class: 'muted', text: t(none) }),
    edit && current > 0 && shipped ? el('button', { id: 'kb-restore-shipped', class: 'secondary', type: 'button', on: { click: restore(0) }, text: t('console-kb-restore-shipped') }) : null);
}

async function knowledgeArticleView(id, lang) {
  const path = kbPath(id, lang);
  const [v, h] = await Promise.all([api('GET', path), api('GET', path + '/versions')]);
  const key = id + '/' + lang;
  const kb = state.kb[key] || (state.kb[key] = {});
  const current = v.translation || {};
  const dirty = () => kb.draft && KB_FIELDS.some(f => (kb.draft.fields[f] || '') !== (current[f] || ''));
  // A copy of the text as saved, on the version saved, is nothing to keep.
  if (kb.draft && kb.draft.base === v.version && !dirty() && !kb.conflict) kb.draft = null;
  const value = f => kb.draft ? (kb.draft.fields[f] || '') : (current[f] || '');
  const edit = v.may_edit;
  const again = () => route(true);

  // The translation's fields: what was typed survives a live redraw, with
  // the version it was typed on, so a save after someone else's is
  // refused and both texts are shown rather than theirs overwritten.
  const inputs = {};
  for (const f of KB_FIELDS) {
    const id_ = 'kb-' + f;
    const input = f === 'title' ? el('input', { id: id_, readonly: !edit, class: 'kb-title' })
      : el('textarea', { id: id_, readonly: !edit, rows: f === 'body' ? 22 : f === 'summary' ? 3 : 2, class: f === 'body' ? 'kb-body' : null, spellcheck: 'true', lang });
    input.value = value(f);
    input.addEventListener('input', () => {
      if (!kb.draft) kb.draft = { base: v.version, fields: Object.fromEntries(KB_FIELDS.map(x => [x, current[x] || ''])) };
      kb.draft.fields[f] = input.value;
      kb.notice = null;
      const n = document.getElementById('kb-notice');
      if (n) n.remove();
      livePreview();
    });
    inputs[f] = input;
  }
  const typed = () => Object.fromEntries(KB_FIELDS.map(f => [f, inputs[f].value]));
  const body = (b = typed()) => {
    // Questions are optional: an article without them is sent without.
    if (!b.questions.trim() && !(current.questions || '').trim()) delete b.questions;
    return b;
  };
  const refused = err => {
    if (err.code === 'edit_refused') { kb.problems = { message: err.message, list: err.data.problems || [] }; again(); return true; }
    return false;
  };

  // The article as readers will see it follows the typing once it pauses:
  // checked as a save would be, nothing stored. Only the preview and the
  // problems change in place, so the caret stays where it is.
  function livePreview() {
    clearTimeout(state.kbPreviewTimer);
    state.kbPreviewTimer = setTimeout(async () => {
      if (location.hash !== '#/knowledge/' + encodeURIComponent(id) + '/' + lang || !kb.draft) return;
      try {
        const r = await api('POST', path + '/preview', body(Object.assign({}, kb.draft.fields)));
        kb.preview = r.rendered; kb.problems = null;
      } catch (err) {
        if (err.code !== 'edit_refused') return;
        kb.problems = { message: err.message, list: err.data.problems || [] };
      }
      const area = document.getElementById('kb-preview-area'), old = document.getElementById('kb-problems');
      if (area) area.replaceWith(previewSection());
      const fresh = problemsBox(kb.problems), anchor = document.querySelector('.kb-actions');
      if (old) old.remove();
      if (fresh && anchor) anchor.after(fresh);
    }, 700);
  }

  const preview = async () => {
    try {
      const r = await api('POST', path + '/preview', body());
      kb.preview = r.rendered; kb.problems = null; again();
    } catch (err) { if (!refused(err)) say(err.message); }
  };
  const save = async () => {
    const base = kb.draft ? kb.draft.base : v.version;
    const fields = typed();
    try {
      const r = await api('PUT', path, Object.assign(body(), { base_version: base }));
      Object.assign(kb, { draft: null, conflict: null, problems: null, preview: null, notice: t('console-kb-saved', { version: r.version }) });
      say(kb.notice);
      again();
    } catch (err) {
      if (err.code === 'edit_conflict') {
        // Keep what was typed, on the version it was typed on.
        if (!kb.draft) kb.draft = { base, fields };
        kb.conflict = { latest: err.data.latest, yours: fields, loaded: false };
        kb.problems = null;
        again();
      } else if (!refused(err)) say(err.message);
    }
  };
  const review = async () => {
    // A review is of the saved text: typed changes are saved first.
    if (dirty()) { say(t('console-kb-save-first')); return; }
    try {
      await api('POST', path + '/review', { base_version: v.version });
      kb.notice = t('console-kb-marked-reviewed'); say(kb.notice); again();
    } catch (err) { say(err.message); again(); }
  };
  const restore = n => async () => {
    try {
      const r = await api('POST', path + '/restore', { version: n, base_version: v.version });
      kb.notice = t('console-kb-restored', { version: r.version });
      // Typed text stays (a save then shows both); an untouched copy goes.
      if (kb.draft && !dirty()) kb.draft = null;
      kb.preview = null; kb.problems = null;
      say(kb.notice); again();
    } catch (err) { if (!refused(err)) say(err.message); again(); }
  };

  // Status line: the review in words, who reviewed it and when, the version.
  const r = v.review || {};
  const status = [kbStatus(v.translation ? r.status : null)];
  if (r.status === 'reviewed' && r.reviewed_by) status.push(t('console-kb-reviewed-by', { name: r.reviewed_by, date: day(r.reviewed_on) }));
  status.push(v.version ? t('console-kb-version', { version: v.version }) : t('console-kb-version-shipped'));
  if (v.edit_state === 'not-exported' || v.edit_state === 'exported') status.push(t('console-kb-edit-state-' + v.edit_state));

  const buttons = edit ? el('div', { class: 'row kb-actions' },
    el('button', { id: 'kb-preview', class: 'secondary', type: 'button', on: { click: preview }, text: t('console-kb-preview') }),
    el('button', { id: 'kb-save', type: 'button', on: { click: save }, text: t('console-save') }),
    lang !== 'pt' && v.translation && r.status !== 'reviewed'
      ? el('button', { id: 'kb-mark-reviewed', class: 'secondary', type: 'button', on: { click: review }, text: t('console-kb-mark-reviewed') }) : null)
    : null;

  const problems = problemsBox(kb.problems);

  const langLabel = langName(lang);
  const source = el('section', { class: 'kb-col', 'aria-labelledby': 'kb-source-h' },
    el('h2', { id: 'kb-source-h', text: t('console-kb-source') }),
    el('div', { lang: 'pt' }, kbFields(v.source, 'h3', 'kb-source-')));
  const right = el('section', { class: 'kb-col', 'aria-labelledby': 'kb-translation-h' },
    el('h2', { id: 'kb-translation-h', text: t('console-kb-translation', { lang: langLabel }) }),
    edit ? null : el('p', { id: 'kb-readonly', class: 'warning', text: t('console-kb-may-not-edit', { lang: langLabel }) }),
    v.translation ? null : el('p', { class: 'muted', text: t('console-kb-no-translation') }),
    KB_FIELDS.map(f => el('div', { class: 'kb-field' },
      el('label', { for: 'kb-' + f, text: t('console-kb-field-' + f) }), inputs[f])),
    buttons, problems);

  // Someone saved after this text was started: theirs beside ours.
  let conflict = null;
  if (kb.conflict) {
    const c = kb.conflict, l = c.latest || {};
    conflict = el('section', { id: 'kb-conflict', class: 'kb-conflict', 'aria-labelledby': 'kb-conflict-h' },
      el('h2', { id: 'kb-conflict-h', text: t('console-kb-conflict-title') }),
      el('p', { text: t('console-kb-conflict-text', { name: l.author || '—', version: l.version, time: l.at ? when(l.at) : '—' }) }),
      c.loaded ? el('p', { id: 'kb-conflict-loaded', text: t('console-kb-conflict-loaded') }) : null,
      el('h3', { text: t('console-kb-conflict-diff') }),
      el('div', { class: 'kb-conflict-diff' }, kbDiff(l.fields, c.yours)),
      el('div', { class: 'kb-columns' },
        el('div', {}, el('h3', { text: t('console-kb-conflict-theirs', { name: l.author || '—', version: l.version }) }), kbFields(l.fields, 'h4')),
        el('div', {}, el('h3', { text: t('console-kb-conflict-yours') }), kbFields(c.yours, 'h4'))),
      el('div', { class: 'row' },
        c.loaded ? null : el('button', { id: 'kb-load-theirs', type: 'button', on: { click: () => {
          kb.draft = { base: l.version, fields: Object.assign({}, kb.draft ? kb.draft.fields : {}, l.fields) };
          c.loaded = true; again();
        } }, text: t('console-kb-load-theirs') }),
        el('button', { id: 'kb-conflict-close', class: 'secondary', type: 'button', on: { click: () => { kb.conflict = null; again(); } }, text: t('console-kb-conflict-close') })));
  } else if (kb.draft && kb.draft.base !== v.version) {
    conflict = el('p', { id: 'kb-stale', class: 'warning', text: t('console-kb-stale', { version: v.version }) });
  }

  // The source changed since the translation was reviewed: what changed,
  // when the review kept the source it was read against; otherwise the
  // whole source beside is what to read.
  const sourceChanges = r.status === 'outdated' ? el('section', { id: 'kb-source-changes', 'aria-labelledby': 'kb-source-changes-h' },
    el('h2', { id: 'kb-source-changes-h', text: t('console-kb-source-changes') }),
    v.source_then ? kbDiff(v.source_then, v.source, 'h3') : el('p', { text: t('console-kb-source-changes-unknown') })) : null;

  // A new release changed the files under the last edit: readers see the
  // release's text; the editor sees it to settle which stays.
  const folder = v.edit_state === 'conflict' ? el('section', { id: 'kb-folder', class: 'kb-conflict', 'aria-labelledby': 'kb-folder-h' },
    el('h2', { id: 'kb-folder-h', text: t('console-kb-folder-title') }),
    el('p', { text: t('console-kb-folder-text') }),
    kbFields(v.folder, 'h3')) : null;

  // What readers see now, or the preview of what was typed.
  const previewSection = () => {
    const shown = kb.preview || v.rendered;
    return el('section', { id: 'kb-preview-area', 'aria-labelledby': 'kb-preview-h' },
      el('h2', { id: 'kb-preview-h', text: t(kb.preview ? 'console-kb-preview-title' : 'console-kb-readers-see') }),
      shown ? kbRendered(shown) : el('p', { class: 'muted', text: t('console-kb-no-translation') }));
  };
  const previewPart = previewSection();

  const history = kbHistory({ versions: h.versions || [], current: v.version, edit, restore, none: 'console-kb-no-history',
    shipped: h.shipped, diff: (older, x) => kbDiff(older ? older.fields : h.shipped, x.fields) });

  return [
    el('p', {}, el('a', { href: '#/knowledge', text: t('console-kb-back') })),
    el('h1', { text: (current.title || (v.source && v.source.title) || id) + ' · ' + langLabel }),
    el('p', { id: 'kb-status-line', text: status.join(' · ') }),
    kb.notice ? el('p', { id: 'kb-notice', class: 'notice', text: kb.notice }) : null,
    folder, conflict, sourceChanges,
    el('div', { class: 'kb-columns' }, source, right),
    previewPart, history];
}

// ---- content health and facts ----------------------------------------------

// What needs doing across the knowledge base, for everyone who works on
// it: how much of each language a person has read, the facts to check,
// and what readers looked for in vain (administrators start an article
// from it).

function percent(part, whole) {
  return new Intl.NumberFormat(state.lang, { style: 'percent' }).format(whole ? part / whole : 0);
}
// Language names in the console's language (the /me list has each in its own).
function langInUi(code) { return state.t['console-lang-' + code] ? t('console-lang-' + code) : langName(code); }
function factPath(id) { return '/knowledge/facts/' + encodeURIComponent(id); }
function factLink(id) { return el('a', { href: '#' + factPath(id), text: id }); }
function dayOrDash(d) { return d ? day(d) : '—'; }
// A source can be a paragraph of links: its start, the whole on the fact's page.
function clip(text) { return !text ? '—' : text.length > 90 ? text.slice(0, 90) + '…' : text; }

// Why a fact needs a look, in words.
function factFlags(f) {
  const flags = [];
  if (f.out_of_date) flags.push(t('console-fact-out-of-date'));
  if (f.unconfirmed) flags.push(t('console-fact-unconfirmed'));
  if (f.check_due) flags.push(t('console-fact-check-due'));
  return flags;
}

function healthLangs(langs) {
  const heads = [t('console-language'), t('console-kb-health-articles'), t('console-kb-health-reviewed'),
    t('console-kb-health-machine'), t('console-kb-health-outdated'), t('console-kb-health-missing'), t('console-kb-health-share')];
  return table(heads, langs.map(l => el('tr', { 'data-lang': l.lang },
    el('td', { text: langInUi(l.lang) }), el('td', { text: number(l.articles) }),
    el('td', { class: 'kb-reviewed', text: number(l.reviewed) }), el('td', { text: number(l.machine_translated) }),
    el('td', { text: number(l.outdated) }), el('td', { text: number(l.missing) }),
    el('td', { class: 'kb-share' },
      el('meter', { min: 0, max: l.articles || 1, value: l.reviewed, 'aria-label': t('console-kb-health-meter', { lang: langInUi(l.lang) }) }),
      ' ', percent(l.reviewed, l.articles)))));
}

function healthFacts(facts) {
  if (!facts.length) return el('p', { class: 'muted', text: t('console-kb-health-facts-none') });
  const heads = [t('console-fact'), t('console-fact-why'), t('console-fact-value'), t('console-fact-checked'),
    t('console-fact-valid-until'), t('console-fact-source')];
  return table(heads, facts.map(f => el('tr', { 'data-fact': f.id },
    el('td', {}, factLink(f.id)), el('td', { text: factFlags(f).join(', ') }), el('td', { text: f.value || '—' }),
    el('td', { text: dayOrDash(f.checked) }), el('td', { text: dayOrDash(f.valid_until) }),
    el('td', { class: 'kb-source', text: clip(f.source) }))));
}

function healthUnanswered(misses) {
  if (!misses.length) return el('p', { class: 'muted', text: t('console-kb-health-unanswered-none') });
  const admin = state.me.mediator.role === 'admin';
  const heads = [t('console-kb-health-query'), t('console-language'), t('console-kb-health-count'), t('console-kb-health-last')];
  if (admin) heads.push(t('console-col-action'));
  return table(heads, misses.map(m => el('tr', { 'data-query': m.query },
    el('td', { lang: m.lang, text: m.query }), el('td', { text: langInUi(m.lang) }),
    el('td', { text: number(m.count) }), el('td', { text: dayOrDash(m.last_seen) }),
    admin ? el('td', {}, el('a', { href: '#/knowledge/drafts/new?q=' + encodeURIComponent(m.query) },
      t('console-kb-health-write'), el('span', { class: 'visually-hidden', text: ': ' + m.query }))) : null)));
}

async function knowledgeHealthView() {
  const h = await api('GET', '/knowledge/health');
  const section = (id, title, body) => el('section', { id, 'aria-labelledby': id + '-h' }, el('h2', { id: id + '-h', text: title }), body);
  return [
    el('p', {}, el('a', { href: '#/knowledge', text: t('console-kb-back') })),
    el('h1', { text: t('console-kb-health') }),
    el('p', { class: 'muted', text: t('console-kb-health-intro') }),
    section('kb-health-langs', t('console-kb-health-langs'), healthLangs(h.langs)),
    // The short lists first: the facts can be many.
    section('kb-health-unanswered', t('console-kb-health-unanswered'), healthUnanswered(h.unanswered)),
    section('kb-health-facts', t('console-kb-health-facts'), [
      el('p', {}, el('a', { href: '#/knowledge/facts', text: t('console-kb-facts') })), healthFacts(h.facts)])];
}

async function knowledgeFactsView() {
  const r = await api('GET', '/knowledge/facts');
  const heads = [t('console-fact'), t('console-fact-value'), t('console-fact-state'), t('console-fact-checked'),
    t('console-fact-source-date'), t('console-fact-valid-until'), t('console-fact-used-by')];
  const rows = r.facts.map(f => el('tr', { 'data-fact': f.id },
    el('td', {}, factLink(f.id)), el('td', { text: f.value || '—' }),
    el('td', { text: factFlags(f).join(', ') || t('console-fact-ok') }),
    el('td', { text: dayOrDash(f.checked) }), el('td', { text: dayOrDash(f.source_date) }),
    el('td', { text: dayOrDash(f.valid_until) }), el('td', { text: number(f.used_by) })));
  const none = el('p', { id: 'kb-facts-none', class: 'muted', hidden: true, text: t('console-kb-facts-no-match') });
  // Filters in place, without a redraw, so typing keeps the focus.
  const filter = () => {
    const q = (state.kbFactFilter || '').toLowerCase();
    let shown = 0;
    for (const row of rows) { row.hidden = !!q && !row.textContent.toLowerCase().includes(q); if (!row.hidden) shown++; }
    none.hidden = shown > 0;
  };
  const box = el('input', { id: 'kb-facts-filter', type: 'search', value: state.kbFactFilter || '',
    on: { input: e => { state.kbFactFilter = e.target.value; filter(); } } });
  filter();
  return [
    el('p', {}, el('a', { href: '#/knowledge', text: t('console-kb-back') })),
    el('h1', { text: t('console-kb-facts') }),
    el('p', { class: 'muted', text: t('console-kb-facts-intro') }),
    el('div', { class: 'kb-field' }, el('label', { for: 'kb-facts-filter', text: t('console-kb-facts-filter') }), box),
    table(heads, rows), none];
}

// What changed between two texts of a fact, line by line.
async function knowledgeFactView(id) {
  const path = factPath(id);
  const v = await api('GET', path);
  const key = 'fact:' + id;
  const kb = state.kb[key] || (state.kb[key] = {});
  const edit = v.may_edit;
  const again = () => route(true);
  // A copy of the text as saved, on the version saved, is nothing to keep.
  if (kb.draft && kb.draft.base === v.version && kb.draft.text === v.text && !kb.conflict) kb.draft = null;

  const area = el('textarea', { id: 'fact-text', class: 'kb-body', rows: 14, readonly: !edit, spellcheck: 'false', 'aria-labelledby': 'fact-edit-h', 'aria-describedby': 'fact-text-help' });
  area.value = kb.draft ? kb.draft.text : (v.text || '');
  area.addEventListener('input', () => {
    if (!kb.draft) kb.draft = { base: v.version };
    kb.draft.text = area.value;
  });
  const refused = err => {
    if (err.code === 'edit_refused') { kb.problems = { message: err.message, list: err.data.problems || [] }; again(); return true; }
    return false;
  };
  const done = notice => { Object.assign(kb, { draft: null, conflict: null, problems: null, notice }); say(notice); again(); };
  const save = async () => {
    const base = kb.draft ? kb.draft.base : v.version, text = area.value;
    try {
      const r = await api('PUT', path, { text, base_version: base });
      done(t('console-fact-saved', { version: r.version }));
    } catch (err) {
      if (err.code === 'edit_conflict') {
        // Keep what was typed, on the version it was typed on.
        kb.draft = { base, text };
        kb.conflict = { latest: err.data.latest || {}, yours: text, loaded: false };
        kb.problems = null;
        again();
      } else if (!refused(err)) say(err.message);
    }
  };
  const restore = n => async () => {
    try {
      const r = await api('POST', path + '/restore', { version: n, base_version: v.version });
      done(t('console-fact-restored', { version: r.version }));
    } catch (err) { if (!refused(err)) say(err.message); again(); }
  };

  const problems = problemsBox(kb.problems);

  // Someone saved after this text was started: theirs beside ours.
  let conflict = null;
  if (kb.conflict) {
    const c = kb.conflict, l = c.latest;
    conflict = el('section', { id: 'kb-conflict', class: 'kb-conflict', 'aria-labelledby': 'kb-conflict-h' },
      el('h2', { id: 'kb-conflict-h', text: t('console-kb-conflict-title') }),
      el('p', { text: t('console-kb-conflict-text', { name: l.author || '—', version: l.version, time: l.at ? when(l.at) : '—' }) }),
      c.loaded ? el('p', { id: 'kb-conflict-loaded', text: t('console-kb-conflict-loaded') }) : null,
      el('h3', { text: t('console-kb-conflict-diff') }), textDiff(l.text, c.yours),
      el('div', { class: 'kb-columns' },
        el('div', {}, el('h3', { text: t('console-kb-conflict-theirs', { name: l.author || '—', version: l.version }) }), el('div', { class: 'kb-text diff', text: l.text || '' })),
        el('div', {}, el('h3', { text: t('console-kb-conflict-yours') }), el('div', { class: 'kb-text diff', id: 'fact-yours', text: c.yours }))),
      el('div', { class: 'row' },
        c.loaded ? null : el('button', { id: 'kb-load-theirs', type: 'button', on: { click: () => {
          kb.draft = { base: l.version, text: l.text }; c.loaded = true; again();
        } }, text: t('console-kb-load-theirs') }),
        el('button', { id: 'kb-conflict-close', class: 'secondary', type: 'button', on: { click: () => { kb.conflict = null; again(); } }, text: t('console-kb-conflict-close') })));
  } else if (kb.draft && kb.draft.base !== v.version) {
    conflict = el('p', { id: 'kb-stale', class: 'warning', text: t('console-kb-stale', { version: v.version }) });
  }

  const used = v.used_by || [];
  const history = kbHistory({ versions: v.versions || [], current: v.version, edit, restore, none: 'console-fact-no-history',
    shipped: true, diff: (older, x) => textDiff(older ? older.text : v.shipped, x.text) });

  const about = v.about || {};
  const flags = factFlags(about);
  return [
    el('p', {}, el('a', { href: '#/knowledge/facts', text: t('console-fact-back') })),
    el('h1', { text: t('console-fact') + ': ' + id }),
    el('p', { id: 'fact-shown', class: 'kb-summary', text: t('console-fact-shown', { value: v.shown || '—' }) }),
    el('p', { id: 'kb-status-line', text: [flags.join(', ') || t('console-fact-ok'),
      v.version ? t('console-kb-version', { version: v.version }) : t('console-kb-version-shipped')].join(' · ') }),
    kb.notice ? el('p', { id: 'kb-notice', class: 'notice', text: kb.notice }) : null,
    conflict,
    el('section', { id: 'fact-used', 'aria-labelledby': 'fact-used-h' },
      el('h2', { id: 'fact-used-h', text: t('console-fact-used-title') }),
      used.length ? el('ul', {}, used.map(a => el('li', {}, el('a', { href: '#/knowledge/' + encodeURIComponent(a.id) + '/pt', text: a.title || a.id }))))
        : el('p', { class: 'muted', text: t('console-fact-used-none') })),
    // The heading names the text box: one name, not the same words twice.
    el('div', { id: 'fact-edit' },
      el('h2', { id: 'fact-edit-h', text: t('console-fact-text') }),
      edit ? null : el('p', { id: 'kb-readonly', class: 'warning', text: t('console-fact-read-only') }),
      el('div', { class: 'kb-field' }, area,
        el('p', { id: 'fact-text-help', class: 'muted', text: t('console-fact-text-help') })),
      edit ? el('div', { class: 'row kb-actions' }, el('button', { id: 'kb-save', type: 'button', on: { click: save }, text: t('console-save') })) : null,
      problems),
    history];
}

// ---- routing ------------------------------------------------------------------

// Renders can overlap (a click and a live update): only the newest one is
// drawn, so a slow older fetch never overwrites a fresher view.
let renders = 0;

async function route(quiet) {
  const h = location.hash;
  const mine = ++renders;
  if (!quiet) say('');
  try {
    let m, nodes;
    if ((m = h.match(/^#\/case\/(\d+)$/))) nodes = await caseView(m[1]);
    else if (h === '#/stats') nodes = await statsView();
    else if (h === '#/team') nodes = await teamView();
    else if ((m = h.match(/^#\/team\/(\d+)$/))) nodes = await teamAccountView(m[1]);
    else if (h === '#/account') nodes = myAccountView();
    else if (h === '#/audit') nodes = await auditView();
    else if (h === '#/knowledge') nodes = await knowledgeQueueView();
    else if (h === '#/knowledge/drafts') nodes = await knowledgeDraftsView();
    else if ((m = h.match(/^#\/knowledge\/drafts\/(new|\d+)(?:\?(.*))?$/))) nodes = await knowledgeDraftView(m[1], new URLSearchParams(m[2] || '').get('q'));
    else if (h === '#/knowledge/health') nodes = await knowledgeHealthView();
    else if (h === '#/knowledge/facts') nodes = await knowledgeFactsView();
    else if ((m = h.match(/^#\/knowledge\/facts\/([^/]+)$/))) nodes = await knowledgeFactView(decodeURIComponent(m[1]));
    else if ((m = h.match(/^#\/knowledge\/([^/]+)\/([a-z]+)$/))) nodes = await knowledgeArticleView(decodeURIComponent(m[1]), m[2]);
    else nodes = await queueView();
    if (mine === renders) redraw(nodes, quiet);
  } catch (err) {
    if (err.status === 401) { signedOutView(); return; }
    // A render overtaken by a newer one (a live update while a transfer
    // went through) says nothing: what it failed to load is stale.
    if (mine === renders) say(err.message);
  }
}

// A live redraw keeps the keyboard where it was: the control with the
// same id gets the focus (and a text field its caret) back.
function redraw(nodes, quiet) {
  const main = document.getElementById('main');
  const was = document.activeElement;
  const id = quiet && was && main.contains(was) && was.id;
  const caret = id && typeof was.selectionStart === 'number' ? [was.selectionStart, was.selectionEnd] : null;
  main.replaceChildren(...nodes.flat(3).filter(n => n != null));
  const now = id && document.getElementById(id);
  if (now && now !== document.activeElement) {
    now.focus({ preventScroll: true });
    if (caret && typeof now.selectionStart === 'number') now.setSelectionRange(caret[0], caret[1]);
  }
}

// Without a session: the first administrator's link, a reset link, or
// signing in.
function signedOutView() {
  const setup = location.hash.match(/^#\/setup\/([A-Za-z0-9_-]+)$/);
  const reset = location.hash.match(/^#\/reset\/([A-Za-z0-9_-]+)$/);
  if (setup) setupView(setup[1]); else if (reset) resetView(reset[1]); else loginView();
}

async function start() {
  try {
    state.me = await api('GET', '/me');
  } catch (err) {
    await loadStrings();
    signedOutView();
    window.onhashchange = () => signedOutView();
    return;
  }
  state.csrf = state.me.csrf;
  await loadStrings(state.me.mediator.ui_lang);
  drawTop();
  listen();
  window.onhashchange = () => route();
  await route();
}

start();
