// The mediator console. Plain DOM: every text goes in through textContent,
// never as markup, because much of it was typed by members of the public.
'use strict';

// drafts: what a mediator is typing, by case, so a live update that redraws
// the page never throws it away.
const state = { me: null, csrf: null, t: {}, events: null, drafts: {} };

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
  const links = [['#/queue', 'console-nav-queue']];
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
    location.hash = '';
    location.reload();
  };
}

function listen() {
  if (state.events) state.events.close();
  const es = new EventSource('/api/v1/console/events');
  let timer = null;
  const refresh = () => { clearTimeout(timer); timer = setTimeout(() => { say(''); route(true); }, 150); };
  es.addEventListener('change', refresh);
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
// redraw, like a draft.
function fileForm(id, act) {
  const input = el('input', { id: 'send-file', type: 'file' });
  const kept = state.drafts[id + ':file'];
  if (kept) { const dt = new DataTransfer(); dt.items.add(kept); input.files = dt.files; }
  input.addEventListener('change', () => { state.drafts[id + ':file'] = input.files[0]; });
  const send = async () => {
    const f = input.files[0];
    if (!f) return;
    await act('/file?name=' + encodeURIComponent(f.name), () => f, () => { delete state.drafts[id + ':file']; })();
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
    else nodes = await queueView();
    if (mine === renders) document.getElementById('main').replaceChildren(...nodes.flat(2).filter(n => n != null));
  } catch (err) {
    if (err.status === 401) { signedOutView(); return; }
    // A render overtaken by a newer one (a live update while a transfer
    // went through) says nothing: what it failed to load is stale.
    if (mine === renders) say(err.message);
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
