// The lobby kiosk. Plain DOM and no framework, so it starts fast on weak
// hardware. Every text goes in through textContent (articles, snippets and
// chat messages included), never as markup.
'use strict';

// Seconds without a touch before asking "are you still there?", and how
// long the question waits. While a ticket waits to be called or a chat is
// open the ordinary clock is paused; the longer guard still clears a screen
// left behind.
const IDLE_S = 90;
const IDLE_WAITING_S = 600;
const COUNTDOWN_S = 30;
const TYPE_DELAY_MS = 250;
const RETRY_MS = 3000;
const HEARTBEAT_MS = 60 * 1000;

// The kiosk's token comes in the address (/kiosk/#token=...): the fragment
// never reaches server logs.
const TOKEN = new URLSearchParams(location.hash.slice(1)).get('token') || '';

const ICONS = {
  passport: 'M6 2h12a1 1 0 0 1 1 1v18a1 1 0 0 1-1 1H6a1 1 0 0 1-1-1V3a1 1 0 0 1 1-1zM12 7a3 3 0 1 0 0 6a3 3 0 1 0 0-6zM9 17h6',
  briefcase: 'M3 7h18v13H3zM8 7V4h8v3M3 12h18',
  shield: 'M12 2l8 3v6c0 5-3.5 9-8 11c-4.5-2-8-6-8-11V5z',
  house: 'M3 11l9-8l9 8M5 10v11h14V10M10 21v-6h4v6',
  heart: 'M12 21s-8-5.2-8-11a4.5 4.5 0 0 1 8-2.8A4.5 4.5 0 0 1 20 10c0 5.8-8 11-8 11z',
  book: 'M3 5h6a3 3 0 0 1 3 3v13a2 2 0 0 0-2-2H3zM21 5h-6a3 3 0 0 0-3 3v13a2 2 0 0 1 2-2h7z',
  flag: 'M5 22V3M5 4h12l-2 4l2 4H5',
  scale: 'M12 3v18M7 21h10M5 7h14M5 7l-3 6a3 3 0 0 0 6 0zM19 7l-3 6a3 3 0 0 0 6 0z',
  info: 'M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20zM12 11v6M12 7v.01',
  back: 'M15 5l-7 7l7 7',
  home: 'M3 11l9-8l9 8M5 10v11h14V10',
  globe: 'M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20zM2 12h20M12 2a15 15 0 0 1 0 20a15 15 0 0 1 0-20',
  search: 'M11 4a7 7 0 1 0 0 14a7 7 0 1 0 0-14zM16 16l5 5',
  talk: 'M4 5h16v11H9l-5 4z',
  phone: 'M8 2h8a1 1 0 0 1 1 1v18a1 1 0 0 1-1 1H8a1 1 0 0 1-1-1V3a1 1 0 0 1 1-1zM11 18h2',
  ticket: 'M3 7h18v3a2 2 0 0 0 0 4v3H3v-3a2 2 0 0 0 0-4zM14 7v10',
  text: 'M4 20l6-16l6 16M6.5 14h7M17 20l2.5-7l2.5 7',
  contrast: 'M12 2a10 10 0 1 0 0 20zM12 2a10 10 0 0 1 0 20',
  up: 'M7 10v11H3V10zM7 10l4-8a3 3 0 0 1 3 3v4h5a2 2 0 0 1 2 2.3l-1.4 8a2 2 0 0 1-2 1.7H7',
  down: 'M7 14V3H3v11zM7 14l4 8a3 3 0 0 0 3-3v-4h5a2 2 0 0 0 2-2.3l-1.4-8a2 2 0 0 0-2-1.7H7',
  print: 'M7 9V3h10v6M7 17H4v-7h16v7h-3M7 14h10v7H7z',
  shift: 'M12 3l8 9h-4v8H8v-8H4z',
};

// Each layout as rows of keys, laid out as on the keyboards people know,
// none longer than a row can hold on a narrow screen.
const LAYOUTS = {
  // Then the Portuguese, French, Spanish and Romanian letters beyond a-z.
  latin: ['1234567890', 'qwertyuiop', "asdfghjkl'", 'zxcvbnm,.?-', 'áàâãçéèêëíîï', 'ñóôõœúùûüășț'],
  ru: ['ё1234567890', 'йцукенгшщзхъ', 'фывапролджэ', 'ячсмитьбю.,?'],
  // Ukrainian ЙЦУКЕН: і ї є where Russian has ы ъ э, ґ beside я, and the
  // apostrophe where Russian has ё.
  uk: ["'1234567890", 'йцукенгшщзхї', 'фівапролджє', 'ґячсмитьбю.,?'],
  // Belarusian: ў where Russian has щ, і for и, the apostrophe for ъ.
  be: ['ё1234567890', "йцукенгшўзх'", 'фывапролджэ', 'ячсмітьбю.,?'],
};
// The Cyrillic layout of each Cyrillic language; the others get Russian's.
const CYRILLIC_LANGS = ['ru', 'uk', 'be'];

// What is shared by every visitor: the languages and their UI strings.
const cache = { langs: [], strings: {}, categories: {}, kiosk: null };
// Everything about the current visitor, in memory only (never in storage),
// so clearing the screen is replacing this object.
// via: the search a result was opened from, told with a 👎 on it.
const fresh = () => ({ lang: null, stack: [], current: null, read: [], searched: [], via: null, chat: null, ticket: null });
let visitor = fresh();

// ---- small helpers ----

function t(id, args) {
  const strings = cache.strings[visitor.lang] || cache.strings.pt || {};
  let s = strings[id] || id;
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
  for (const c of children.flat(Infinity)) if (c != null && c !== false) e.append(c);
  return e;
}

function icon(name) {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('class', 'icon');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', ICONS[name] || ICONS.info);
  svg.append(path);
  return svg;
}

function button(label, onclick, { cls, iconName, attrs } = {}) {
  return el('button', { type: 'button', class: cls, on: { click: onclick }, ...attrs }, iconName ? icon(iconName) : null, label);
}

const $ = sel => document.querySelector(sel);

// "Continue on your phone" needs this kiosk's token and the Telegram bot.
const phoneOn = () => Boolean(cache.kiosk && cache.kiosk.phone);

function randomId() {
  const a = new Uint8Array(12);
  crypto.getRandomValues(a);
  return Array.from(a, b => b.toString(16).padStart(2, '0')).join('');
}

// ---- the network, and saying plainly when it is gone ----

class Offline extends Error {}

const network = { down: false, probe: null, retry: null };

async function api(path, body, { keepalive } = {}) {
  const headers = { 'accept-language': visitor.lang || 'pt' };
  if (TOKEN) headers['x-kiosk-token'] = TOKEN;
  if (body !== undefined) headers['content-type'] = 'application/json';
  let r;
  try {
    r = await fetch(path, {
      method: body === undefined ? 'GET' : 'POST', headers, keepalive,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    setOffline(true);
    throw new Offline();
  }
  setOffline(false);
  const data = await r.json().catch(() => null);
  if (!r.ok) {
    const e = new Error((data && data.error && data.error.message) || t('kiosk-error'));
    e.status = r.status;
    throw e;
  }
  return data;
}

function setOffline(down) {
  const banner = $('#network');
  if (down === network.down) return;
  network.down = down;
  banner.hidden = false;
  banner.classList.toggle('ok', !down);
  banner.textContent = t(down ? 'kiosk-offline' : 'kiosk-online');
  if (down) {
    network.probe = setInterval(() => { fetch('/healthz').then(r => r.ok && setOffline(false), () => {}); }, RETRY_MS);
  } else {
    clearInterval(network.probe);
    setTimeout(() => { if (!network.down) banner.hidden = true; }, RETRY_MS);
    // Whatever failed while the network was gone runs again.
    const retry = network.retry;
    network.retry = null;
    if (retry) retry();
  }
}
addEventListener('offline', () => setOffline(true));

async function strings(lang) {
  if (!cache.strings[lang]) cache.strings[lang] = (await api('/api/v1/kiosk/strings?lang=' + lang)).strings;
  return cache.strings[lang];
}

// ---- screens and moving between them ----

let drawn = 0;

async function go(name, arg) {
  if (visitor.current) visitor.stack.push(visitor.current);
  visitor.current = { name, arg };
  await show();
}

function back() {
  visitor.current = visitor.stack.pop() || { name: 'home' };
  show();
}

function goHome() {
  visitor.stack = [];
  visitor.current = { name: 'home' };
  show();
}

async function show() {
  const mine = ++drawn;
  const { name, arg } = visitor.current;
  let content;
  try {
    content = await SCREENS[name](arg);
  } catch (e) {
    if (e instanceof Offline) network.retry = () => { if (mine === drawn) show(); };
    content = [el('h1', { tabindex: '-1', text: t('kiosk-error') }), el('p', { role: 'alert', text: e instanceof Offline ? t('kiosk-offline') : e.message })];
  }
  if (mine !== drawn) return; // a newer screen was asked for meanwhile
  document.documentElement.lang = visitor.lang || 'pt';
  drawNav();
  const main = $('#screen');
  main.replaceChildren(...[content].flat(Infinity).filter(Boolean));
  main.scrollTop = 0;
  scrollTo(0, 0);
  const h1 = main.querySelector('h1');
  if (h1) { h1.tabIndex = -1; h1.focus({ preventScroll: true }); }
  armIdle();
}

function drawNav() {
  const nav = $('#nav');
  nav.hidden = false;
  const here = visitor.current.name;
  // Before a language is chosen the toggles' words turn with the heading's.
  const toggle = (cls, id, iconName) => {
    const on = document.documentElement.classList.contains(cls);
    return button(t(id), () => { document.documentElement.classList.toggle(cls); drawNav(); }, { iconName, attrs: { 'aria-pressed': String(on), 'data-rotate': !visitor.lang && id } });
  };
  // Larger text and high contrast help choosing the language too.
  if (!visitor.lang) {
    return nav.replaceChildren(el('span', { class: 'spacer' }), toggle('larger', 'kiosk-larger-text', 'text'), toggle('contrast', 'kiosk-high-contrast', 'contrast'));
  }
  const native = (cache.langs.find(l => l.code === visitor.lang) || {}).native_name;
  nav.replaceChildren(...[
    here !== 'home' ? button(t('kiosk-back'), back, { iconName: 'back' }) : null,
    here !== 'home' ? button(t('kiosk-home'), goHome, { iconName: 'home' }) : null,
    button(native || t('kiosk-language'), () => go('languages', { switching: true }), { iconName: 'globe', attrs: { 'aria-label': t('kiosk-language') + ': ' + native } }),
    visitor.ticket && here !== 'ticket' ? button(visitor.ticket.label, () => go('ticket'), { iconName: 'ticket', attrs: { 'aria-label': t('kiosk-ticket-title') + ' ' + visitor.ticket.label } }) : null,
    visitor.chat && !visitor.chat.ended && here !== 'chat' ? button(t('kiosk-chat-title'), () => go('chat'), { iconName: 'talk' }) : null,
    el('span', { class: 'spacer' }),
    toggle('larger', 'kiosk-larger-text', 'text'),
    toggle('contrast', 'kiosk-high-contrast', 'contrast'),
  ].filter(Boolean));
}

function heading(text) {
  return el('h1', { text });
}

const SCREENS = {
  async languages(arg) {
    const list = el('ul', { class: 'grid languages' }, cache.langs.map(l =>
      el('li', {}, button(el('span', { lang: l.code, text: l.native_name }), () => chooseLanguage(l.code, arg && arg.switching), { cls: 'tile', attrs: { lang: l.code } }))));
    const h1 = heading(t('kiosk-touch-language'));
    if (!(arg && arg.switching)) rotate(h1);
    return [h1, list];
  },

  async home() {
    const { categories } = await categoriesIn(visitor.lang);
    return [
      heading(t('kiosk-topics')),
      el('ul', { class: 'grid' }, categories.map(c =>
        el('li', {}, button(c.name, () => go('category', c.id), { cls: 'tile', iconName: c.icon })))),
      el('div', { class: 'actions' },
        button(t('kiosk-search'), () => go('search'), { cls: 'primary', iconName: 'search' }),
        button(t('kiosk-talk'), () => talk({}), { cls: 'primary', iconName: 'talk' })),
    ];
  },

  async category(id) {
    const { categories } = await categoriesIn(visitor.lang);
    const c = categories.find(c => c.id === id);
    if (!c) return goHome();
    return [
      heading(c.name),
      el('h2', { text: t('kiosk-articles') }),
      articleList(c.articles),
      el('div', { class: 'actions' }, button(t('kiosk-talk'), () => talk({ topic: c.id }), { cls: 'primary', iconName: 'talk' })),
    ];
  },

  async article(id) {
    const a = await api('/api/v1/articles/' + encodeURIComponent(id) + '?lang=' + visitor.lang);
    if (!visitor.read.includes(id)) visitor.read.push(id);
    const text = (tag, s, cls) => s ? el(tag, { class: cls, text: s }) : null;
    const feedback = el('div', { class: 'actions' },
      button(t('kiosk-helpful'), () => rate(true), { iconName: 'up' }),
      button(t('kiosk-not-helpful'), () => rate(false), { iconName: 'down' }));
    async function rate(helpful) {
      try {
        const query = !helpful && visitor.via && visitor.via.article === id ? visitor.via.query : undefined;
        await api('/api/v1/articles/' + encodeURIComponent(id) + '/feedback', { lang: visitor.lang, helpful, query });
        feedback.replaceChildren(el('p', { class: 'thanks', role: 'status', text: t('kiosk-feedback-thanks') }));
      } catch (e) {
        feedback.append(el('p', { role: 'alert', text: e.message }));
      }
    }
    return [
      el('article', { lang: a.lang },
        heading(a.title),
        text('p', a.fallback_note, 'note'),
        a.review_status === 'reviewed' ? null : text('p', a.review_note, 'note'),
        text('p', a.outdated_note, 'note'),
        text('p', a.unconfirmed_note, 'note'),
        text('p', a.summary, 'summary'),
        a.blocks.map(block),
        a.bodies.length ? el('section', { class: 'contacts', 'aria-labelledby': 'contacts-title' },
          el('h2', { id: 'contacts-title', text: t('kiosk-contacts') }),
          a.bodies.map(b => [
            el('h3', { text: b.name }),
            el('dl', {}, b.contacts.map(c => [el('dt', { text: c.label }), el('dd', { text: c.text })])),
          ])) : null,
        text('p', a.review_status === 'reviewed' ? a.review_note + ' ' + a.last_reviewed_text : a.last_reviewed_text, 'reviewed'),
        text('p', a.disclaimer, 'disclaimer')),
      el('div', { class: 'actions' },
        button(t('kiosk-talk'), () => talk({ topic: a.category, article: a.id }), { cls: 'primary', iconName: 'talk' }),
        phoneOn() ? button(t('kiosk-phone'), () => go('phone', { article: a.id }), { iconName: 'phone' }) : null),
      feedback,
      a.related.length ? [el('h2', { text: t('kiosk-related') }), articleList(a.related)] : null,
    ];
  },

  async search(typed) {
    const field = el('input', {
      type: 'search', class: 'search-field', id: 'search-field', inputmode: 'none', autocomplete: 'off',
      spellcheck: 'false', 'aria-label': t('kiosk-search'), placeholder: t('kiosk-search-placeholder'), maxlength: '200',
    });
    const results = el('div', { class: 'results', 'aria-live': 'polite', id: 'results' });
    let timer = null;
    let asked = 0;
    async function find(counted) {
      const q = field.value.trim();
      const mine = ++asked;
      if (!q) return results.replaceChildren();
      if (counted && !visitor.searched.includes(q)) visitor.searched.push(q);
      const r = await api('/api/v1/search?limit=8&lang=' + visitor.lang + '&q=' + encodeURIComponent(q) + (counted ? '' : '&as_you_type=1'))
        .catch(e => (e instanceof Offline ? null : { error: e.message }));
      if (mine !== asked || !r) return;
      if (r.error) return results.replaceChildren(el('p', { role: 'alert', text: r.error }));
      results.replaceChildren(r.results.length
        ? el('ul', { class: 'list' }, r.results.map(x => el('li', {}, button([x.title, el('small', { text: x.snippet })], () => {
          if (!visitor.searched.includes(q)) visitor.searched.push(q);
          visitor.via = { article: x.id, query: q };
          go('article', x.id);
        }, { attrs: { lang: x.lang } }))))
        : el('div', {}, el('p', { text: t('kiosk-search-none') }), button(t('kiosk-talk'), () => talk({}), { cls: 'primary', iconName: 'talk' })));
    }
    // Kept with the screen, so coming back from a result shows the search.
    const here = visitor.current;
    field.addEventListener('input', () => {
      here.arg = field.value;
      clearTimeout(timer);
      timer = setTimeout(() => find(false), TYPE_DELAY_MS);
    });
    if (typed) {
      field.value = typed;
      find(false);
    }
    field.addEventListener('keydown', e => { if (e.key === 'Enter') { clearTimeout(timer); find(true); } });
    return [
      heading(t('kiosk-search')),
      el('p', { text: t('kiosk-search-hint') }),
      field,
      keyboard(field, { label: t('kiosk-search'), iconName: 'search', onEnter: () => { clearTimeout(timer); find(true); } }),
      results,
    ];
  },

  async ticket() {
    const k = visitor.ticket;
    if (!k) return goHome();
    const native = (cache.langs.find(l => l.code === k.lang) || {}).native_name || k.lang;
    return [
      heading(t('kiosk-ticket-title')),
      k.called ? el('p', { class: 'called', role: 'alert', text: k.label + ' → ' + t('display-counter', { counter: k.called }) }) : null,
      el('section', { class: 'ticket', 'aria-label': t('kiosk-ticket-title') },
        el('p', { class: 'number', text: k.label }),
        el('p', { text: t('kiosk-ticket-service', { service: k.service }) + (k.topicName ? ' · ' + k.topicName : '') }),
        el('p', { text: t('kiosk-ticket-lang', { language: native }) }),
        // Served in another language (nobody here speaks theirs): said plainly.
        k.routed ? el('p', { class: 'routed', text: k.routed }) : null,
        // A ticket is for waiting here: never the remote "leave a message".
        el('p', { text: k.wait != null ? t('kiosk-ticket-wait', { minutes: k.wait }) : t('kiosk-ticket-no-wait') }),
        el('p', { text: t('kiosk-ticket-watch') }),
        el('p', { class: 'issued', text: [cache.kiosk && cache.kiosk.site.name, k.issued].filter(Boolean).join(' · ') })),
      el('div', { class: 'actions' }, button(t('kiosk-print'), () => print(), { cls: 'primary', iconName: 'print' })),
    ];
  },

  async chat() {
    const c = visitor.chat;
    if (!c) return goHome();
    const box = el('textarea', {
      class: 'search-field', id: 'chat-field', inputmode: 'none', maxlength: '2000', rows: '2',
      'aria-label': t('kiosk-chat-placeholder'), placeholder: t('kiosk-chat-placeholder'),
    });
    box.value = c.draft || '';
    box.addEventListener('input', () => { c.draft = box.value; });
    const sendIt = () => { const text = box.value.trim(); if (text) { box.value = ''; c.draft = ''; send(text); } };
    const view = el('div', {},
      heading(t('kiosk-chat-title')),
      // The kiosk offers a chat only when nobody here speaks the language.
      el('p', { text: t('kiosk-remote-chat') }),
      el('p', { id: 'chat-status', role: 'status' }),
      // Focusable, so a long transcript scrolls from the keyboard too.
      el('ol', { class: 'transcript', id: 'transcript', tabindex: '0', 'aria-live': 'polite', 'aria-label': t('kiosk-chat-title') }),
      el('div', { id: 'chat-controls' },
        box,
        keyboard(box, { label: t('kiosk-chat-send'), iconName: 'talk', onEnter: sendIt }),
        el('div', { class: 'actions' },
          button(t('kiosk-chat-end'), endChat),
          phoneOn() ? button(t('kiosk-phone'), () => go('phone', { chat: c.secret }), { iconName: 'phone' }) : null)),
      el('div', { id: 'chat-rating', hidden: true },
        el('p', { id: 'rate-question', text: t('kiosk-rate') }),
        el('div', { class: 'rating', role: 'group', 'aria-labelledby': 'rate-question' },
          [1, 2, 3, 4, 5].map(n => button(String(n), () => rateChat(n))))));
    drawChat(view);
    return view;
  },

  async phone(arg) {
    let link;
    try {
      link = await api('/api/v1/kiosk/phone-link', { lang: visitor.lang, ...arg });
    } catch (e) {
      if (e instanceof Offline) throw e;
      return [heading(t('kiosk-phone')), el('p', { role: 'alert', text: e.status === 503 ? t('kiosk-phone-off') : e.message })];
    }
    return [
      heading(t('kiosk-phone')),
      el('img', { class: 'qr', alt: t('kiosk-phone'), src: 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(link.svg) }),
      el('p', { text: t('kiosk-phone-help') }),
    ];
  },
};

function articleList(articles) {
  return el('ul', { class: 'list' }, articles.map(a =>
    el('li', {}, button(a.title, () => go('article', a.id), { attrs: { lang: a.lang } }))));
}

function block(b) {
  switch (b.type) {
    case 'heading': return el('h2', { text: b.text });
    case 'list': return el('ul', {}, b.items.map(i => el('li', { text: i })));
    case 'steps': return el('ol', {}, b.items.map(i => el('li', { text: i })));
    default: return el('p', { text: b.text });
  }
}

async function categoriesIn(lang) {
  if (!cache.categories[lang]) cache.categories[lang] = await api('/api/v1/categories?lang=' + lang);
  return cache.categories[lang];
}

// On the first screen the heading says "touch your language" in each
// language in turn.
function rotate(h1) {
  let i = 0;
  const timer = setInterval(() => {
    if (!h1.isConnected) return clearInterval(timer);
    const l = cache.langs[i++ % cache.langs.length];
    const s = cache.strings[l.code];
    if (!s) return;
    h1.lang = l.code;
    h1.textContent = s['kiosk-touch-language'];
    for (const b of document.querySelectorAll('#nav [data-rotate]')) {
      b.lang = l.code;
      b.lastChild.textContent = s[b.dataset.rotate];
    }
  }, 2500);
}

async function chooseLanguage(code, switching) {
  try {
    await strings(code);
  } catch (e) {
    return; // the banner says why; the visitor touches again
  }
  visitor.lang = code;
  if (switching) back();
  else goHome();
}

// ---- the on-screen keyboard ----

function keyboard(field, { label, iconName, onEnter }) {
  const cyrillic = CYRILLIC_LANGS.includes(visitor.lang) ? visitor.lang : 'ru';
  let layout = CYRILLIC_LANGS.includes(visitor.lang) ? cyrillic : 'latin';
  // One capital, as on a phone: Shift lets go after the next letter.
  let shift = false;
  const wrap = el('div', { class: 'keyboard', role: 'group' });
  const edit = value => {
    field.value = value.slice(0, Number(field.maxLength) > 0 ? field.maxLength : 200);
    field.dispatchEvent(new Event('input'));
  };
  const type = s => {
    edit(field.value + s);
    if (shift && s.trim()) { shift = false; draw(); }
  };
  const draw = () => {
    const key = ch => {
      const shown = shift ? ch.toLocaleUpperCase(visitor.lang) : ch;
      return el('button', { type: 'button', on: { click: () => type(shown) } }, shown);
    };
    const other = layout === 'latin' ? cyrillic : 'latin';
    wrap.setAttribute('aria-label', t(layout === 'latin' ? 'kiosk-keyboard-latin' : 'kiosk-keyboard-cyrillic'));
    wrap.replaceChildren(
      ...LAYOUTS[layout].map(row => el('div', { class: 'row' }, Array.from(row, key))),
      el('div', { class: 'row controls' },
        button(t(other === 'latin' ? 'kiosk-keyboard-latin' : 'kiosk-keyboard-cyrillic'), () => { layout = other; draw(); }, { attrs: { 'data-key': 'layout' } }),
        button(null, () => { shift = !shift; draw(); }, { iconName: 'shift', attrs: { 'data-key': 'shift', 'aria-label': t('kiosk-key-shift'), 'aria-pressed': String(shift) } }),
        button(t('kiosk-key-space'), () => type(' '), { cls: 'space' }),
        button(t('kiosk-key-delete'), () => edit(Array.from(field.value).slice(0, -1).join('')))),
      el('div', { class: 'row controls' },
        button(t('kiosk-key-clear'), () => edit('')),
        button(label, onEnter, { cls: 'primary', iconName })),
    );
  };
  draw();
  return wrap;
}

// ---- talk to a mediator: a ticket here, or a chat with someone remote ----

async function talk({ topic, article, anyway }) {
  if (visitor.chat && !visitor.chat.ended) return go('chat');
  if (visitor.ticket && !visitor.ticket.called) return go('ticket');
  if (!TOKEN) return go('message', t('kiosk-phone-off'));
  let r;
  try {
    if (!anyway) {
      const hours = await api('/api/v1/kiosk/hours?lang=' + visitor.lang);
      if (!hours.open_now) return go('closed', { topic, article, hours: hours.hours });
    }
    r = await api('/api/v1/kiosk/talk', {
      lang: visitor.lang, topic, article, context: { read: visitor.read.slice(-10), searched: visitor.searched.slice(-10) },
    });
  } catch (e) {
    if (!(e instanceof Offline)) go('message', e.message);
    return;
  }
  if (r.mode === 'ticket') {
    const k = r.ticket;
    const { categories } = await categoriesIn(visitor.lang).catch(() => ({ categories: [] }));
    const cat = categories.find(c => c.id === k.ticket.topic);
    visitor.ticket = {
      label: k.label, service: k.ticket.service, lang: k.ticket.lang, topicName: cat && cat.name,
      wait: k.availability.wait_minutes, issued: k.issued_text, called: null,
      routed: k.availability.routing_notice,
    };
    watchCalls();
    return go('ticket');
  }
  visitor.chat = {
    secret: r.chat, messages: new Map(), pending: [], events: null,
    status: 'waiting', availability: r.availability, ended: false, mediatorSeen: false, draft: '',
  };
  connectChat();
  go('chat');
}

SCREENS.message = async text => [heading(t('kiosk-talk')), el('p', { role: 'alert', text })];

// Outside the mediators' hours the visitor hears so first, and chooses.
SCREENS.closed = async ({ topic, article, hours }) => [
  heading(t('kiosk-closed-title')),
  hours ? el('p', { class: 'summary', text: t('kiosk-closed-hours', { hours }) }) : null,
  el('p', { text: t('kiosk-closed-choice') }),
  el('div', { class: 'actions' },
    button(t('kiosk-closed-continue'), () => talk({ topic, article, anyway: true }), { cls: 'primary', iconName: 'talk' }),
    button(t('kiosk-home'), goHome, { iconName: 'home' })),
];

// A moment in the visitor's language (Kriolu dates read as Portuguese ones).
// A waiting ticket listens to this site's calls, so the kiosk can show
// where to go if the visitor is still looking at it.
function watchCalls() {
  const site = cache.kiosk && cache.kiosk.site.id;
  const k = visitor.ticket;
  if (!site || !k) return;
  const path = '/api/v1/display/' + encodeURIComponent(site);
  const events = new EventSource(path + '/events');
  k.events = events;
  const called = counter => {
    k.called = counter;
    events.close();
    if (visitor.current && visitor.current.name === 'ticket') show();
    else drawNav();
    armIdle();
  };
  // After a reconnection, or when the server fell behind, a call made
  // meanwhile is among the recent ones.
  const missed = () => api(path + '/calls').then(r => {
    const hit = r.calls.find(x => x.label === k.label);
    if (hit && visitor.ticket === k && !k.called) called(hit.counter);
  }, () => {});
  let opened = 0;
  events.onopen = () => { if (opened++ > 0) missed(); };
  events.addEventListener('reload', missed);
  events.addEventListener('call', e => {
    const call = JSON.parse(e.data);
    if (visitor.ticket === k && call.label === k.label) called(call.counter);
  });
}

// ---- the remote chat ----

function chatUrl(c, rest) {
  return '/api/v1/kiosk/chats/' + encodeURIComponent(c.secret) + (rest || '');
}

// The server ends a chat whose page is gone (no stream and no heartbeat for
// longer than the idle guard), so the visitor who walked away leaves the queue.
function heartbeat(c) {
  if (c.heartbeat) return;
  c.heartbeat = setInterval(() => {
    if (visitor.chat !== c || c.ended) return clearInterval(c.heartbeat);
    api(chatUrl(c, '/heartbeat'), {}).catch(() => {});
  }, HEARTBEAT_MS);
}

function connectChat() {
  const c = visitor.chat;
  if (!c || c.ended || c.events) return;
  heartbeat(c);
  const events = new EventSource(chatUrl(c, '/events'));
  c.events = events;
  // "ready" comes first on every (re)connection: anything said while the
  // stream was down is in the transcript, so fetch it again.
  events.addEventListener('ready', () => refreshChat(c));
  events.addEventListener('message', e => receive(c, JSON.parse(e.data)));
  events.addEventListener('moved', () => moved(c));
  // The server fell behind: the transcript has whatever was missed.
  events.addEventListener('reload', () => refreshChat(c).catch(() => {}));
  events.onerror = () => {
    if (events.readyState !== EventSource.CLOSED) return; // the browser retries by itself
    c.events = null;
    // Closed for good: the chat moved to a phone, or the network is down.
    refreshChat(c).then(() => setTimeout(connectChat, RETRY_MS), () => setTimeout(connectChat, RETRY_MS));
  };
}

async function refreshChat(c) {
  let r;
  try {
    r = await api(chatUrl(c));
  } catch (e) {
    if (e.status === 404) return moved(c);
    throw e;
  }
  if (visitor.chat !== c) return;
  for (const m of r.messages) {
    if (m.from === 'mediator') c.mediatorSeen = true;
    c.messages.set(m.id, { sort: m.id, from: m.from, text: m.text, file: m.file });
  }
  c.availability = r.availability;
  c.status = r.status;
  if (r.status === 'closed' && !c.ended) ended(c);
  drawChat();
}

function receive(c, p) {
  if (visitor.chat !== c) return;
  if (p.kind === 'reply' || p.kind === 'file') {
    c.mediatorSeen = true;
    if (p.message_id == null || !c.messages.has(p.message_id)) {
      c.messages.set(p.message_id ?? 'n' + randomId(), { sort: p.message_id ?? Infinity, from: 'mediator', text: p.text, file: p.file });
    }
  } else if (p.kind === 'notice') {
    notice(c, p.text);
    c.status = 'active';
  } else if (p.kind === 'survey') {
    // The kiosk asks for the rating with its own buttons: the survey's
    // sentence would ask a second time, and after the visitor ended the
    // chat it says nothing new.
    if (!c.ended) ended(c);
  }
  drawChat();
}

// Notices are not in the transcript: they keep their place after the
// messages that came before them.
function notice(c, text) {
  const last = Math.max(0, ...[...c.messages.values()].map(m => m.sort));
  c.messages.set('n' + randomId(), { sort: last + 0.5, from: 'system', text });
}

// A mediator's file: an image is shown (fetched while the chat is open,
// never cached, gone with the screen on reset); a document cannot be handed
// over on a shared screen, so it is offered on the visitor's phone.
function chatFile(c, file) {
  if (!file) return [];
  if (file.image) {
    return [el('img', { class: 'chat-image', src: chatUrl(c, '/files/' + file.id), alt: t('kiosk-chat-image') })];
  }
  // Without the bot there is no phone to take it to: the mediator is told
  // nothing was handed over, and the visitor where to ask for it.
  if (!phoneOn()) return [el('p', { class: 'chat-document', text: t('kiosk-chat-document-no-phone', { name: file.name }) })];
  return [el('p', { class: 'chat-document', text: t('kiosk-chat-document', { name: file.name }) }),
    button(t('kiosk-phone'), () => go('phone', { chat: c.secret }), { iconName: 'phone' })];
}

// Redraws the chat on screen, or in `view` while it is being built.
function drawChat(view = document) {
  const c = visitor.chat;
  const find = sel => view.querySelector(sel);
  const list = find('#transcript');
  if (!c || !list) return;
  const line = (cls, who, text, ...extra) => el('li', { class: cls }, who ? el('span', { class: 'who', text: who }) : null, ...extra, text);
  const sorted = [...c.messages.values()].sort((a, b) => a.sort - b.sort);
  list.replaceChildren(
    ...sorted.map(m => m.from === 'visitor' ? line('visitor', t('kiosk-chat-you'), m.text) : m.from === 'mediator' ? line('mediator', t('kiosk-chat-mediator'), m.text, ...chatFile(c, m.file)) : line('system', null, m.text)),
    ...c.pending.map(p => line('visitor pending', t('kiosk-chat-you'), p.text)),
  );
  list.scrollTop = list.scrollHeight;
  find('#chat-status').textContent = c.availability && c.status === 'waiting' ? c.availability.message : '';
  find('#chat-controls').hidden = c.ended;
  find('#chat-rating').hidden = !(c.ended && c.mediatorSeen && !c.rated);
}

async function send(text) {
  const c = visitor.chat;
  const item = { text, clientId: randomId() };
  c.pending.push(item);
  drawChat();
  // Resent with the same id until it is stored; the server keeps it once.
  for (;;) {
    try {
      const r = await api(chatUrl(c, '/messages'), { text, client_id: item.clientId });
      // One id is the message as typed; a long one was stored in parts,
      // and a resend was already stored: the transcript has them.
      if (r.stored.length === 1) c.messages.set(r.stored[0], { sort: r.stored[0], from: 'visitor', text });
      else await refreshChat(c).catch(() => {});
      break;
    } catch (e) {
      if (e.status === 404) { moved(c); return; }
      if (!(e instanceof Offline)) { notice(c, e.message); break; }
      await new Promise(r => setTimeout(r, RETRY_MS));
      if (visitor.chat !== c) return;
    }
  }
  c.pending = c.pending.filter(p => p !== item);
  drawChat();
}

// The mediator closed the chat: said once, however the news arrives (the
// survey on the stream, or the transcript's status).
function ended(c) {
  notice(c, t('kiosk-chat-ended'));
  finishChat(c, true);
}

function finishChat(c, closedByMediator) {
  c.ended = true;
  if (c.events) c.events.close();
  c.events = null;
  if (closedByMediator) drawNav();
  armIdle();
}

async function endChat() {
  const c = visitor.chat;
  try {
    await api(chatUrl(c, '/leave'), {});
  } catch (e) {
    if (e.status !== 404) return;
  }
  finishChat(c);
  if (c.mediatorSeen) drawChat();
  else { visitor.chat = null; goHome(); }
}

async function rateChat(n) {
  const c = visitor.chat;
  try {
    await api(chatUrl(c, '/rating'), { rating: n });
  } catch (e) {
    // A rating is a courtesy: never keep the visitor on it.
  }
  c.rated = true;
  $('#chat-rating').replaceChildren(el('p', { class: 'thanks', role: 'status', text: t('kiosk-feedback-thanks') }));
}

// After "continue on your phone" the chat's stream says "moved" and its
// secret stops working: the conversation now lives on Telegram.
function moved(c) {
  if (visitor.chat !== c) return;
  finishChat(c);
  visitor.chat = null;
  visitor.stack = [];
  visitor.current = { name: 'message', arg: t('kiosk-chat-moved') };
  show();
}

// ---- privacy on a shared screen ----

const idle = { timer: null, tick: null };

function waiting() {
  return (visitor.chat && !visitor.chat.ended) || (visitor.ticket && !visitor.ticket.called);
}

function armIdle() {
  clearTimeout(idle.timer);
  if (!visitor.lang || !$('#idle').hidden) return;
  idle.timer = setTimeout(askStillThere, (waiting() ? IDLE_WAITING_S : IDLE_S) * 1000);
}

function askStillThere() {
  // Counted from a deadline, not by ticks: a busy or throttled page may
  // skip ticks, and must still clear on time.
  const deadline = Date.now() + COUNTDOWN_S * 1000;
  $('#idle-title').textContent = t('kiosk-idle-title');
  $('#idle-stay').textContent = t('kiosk-idle-stay');
  const tick = () => {
    const left = Math.ceil((deadline - Date.now()) / 1000);
    if (left <= 0) return clearScreen();
    $('#idle-body').textContent = t('kiosk-idle-body', { seconds: left });
  };
  tick();
  $('#idle').hidden = false;
  $('#idle-stay').focus();
  idle.tick = setInterval(tick, 1000);
}

function stillHere() {
  clearInterval(idle.tick);
  $('#idle').hidden = true;
  armIdle();
}

// Ends an open chat (the mediator sees "visitor left"), forgets everything
// about this visitor and goes back to the language screen.
function clearScreen() {
  clearInterval(idle.tick);
  clearTimeout(idle.timer);
  $('#idle').hidden = true;
  const { chat, ticket } = visitor;
  if (chat && !chat.ended) api(chatUrl(chat, '/leave'), {}, { keepalive: true }).catch(() => {});
  if (chat && chat.events) chat.events.close();
  if (ticket && ticket.events) ticket.events.close();
  visitor = fresh();
  document.documentElement.classList.remove('larger', 'contrast');
  visitor.current = { name: 'languages' };
  show();
}

// Any touch counts; while the question shows, a touch anywhere but on its
// own button (which answers it) answers it too.
for (const ev of ['pointerdown', 'keydown']) {
  addEventListener(ev, e => {
    if ($('#idle').hidden) armIdle();
    else if (!e.target.closest || !e.target.closest('#idle .dialog')) stillHere();
  }, { capture: true, passive: true });
}

// ---- start ----

async function start() {
  $('#idle-stay').addEventListener('click', stillHere);
  try {
    cache.langs = await api('/api/v1/languages');
    await strings('pt');
  } catch (e) {
    network.retry = start;
    return;
  }
  if (TOKEN) cache.kiosk = await api('/api/v1/kiosk/me').catch(() => null);
  visitor.current = { name: 'languages' };
  await show();
  performance.mark('kiosk-interactive'); // for the benchmark
  // The other languages' strings, so the first screen can greet in each
  // and a choice shows at once.
  for (const l of cache.langs) await strings(l.code).catch(() => {});
}

start();
