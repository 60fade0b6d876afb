// The lobby display: the site's tickets being called, live, with a chime,
// and a welcome line in each of the nine languages in turn.
'use strict';

const WELCOME_MS = 6000;
const RETRY_MS = 5000;
const SHOWN = 5;

const query = new URLSearchParams(location.search);
const site = query.get('site') || '';
const base = '/api/v1/display/' + encodeURIComponent(site);
const state = { lang: query.get('lang') || 'pt', strings: {}, langs: [], calls: [] };

const $ = sel => document.querySelector(sel);

function t(lang, id, args) {
  let s = (state.strings[lang] || {})[id] || '';
  for (const [k, v] of Object.entries(args || {})) s = s.split('{' + k + '}').join(String(v));
  return s;
}

async function json(path) {
  const r = await fetch(path);
  if (!r.ok) throw new Error(path + ': ' + r.status);
  return r.json();
}

function draw(fresh) {
  const [now, ...rest] = state.calls;
  const line = $('#now');
  line.querySelector('.label').textContent = now ? now.label : '';
  line.querySelector('.counter').textContent = now ? '→ ' + t(state.lang, 'display-counter', { counter: now.counter }) : '';
  // Said once per call, not again each time the words change language.
  if (fresh && now) $('#announce').textContent = now.label + ' → ' + t(state.lang, 'display-counter', { counter: now.counter });
  if (fresh) {
    line.classList.remove('fresh');
    void line.offsetWidth; // restarts the animation
    line.classList.add('fresh');
  }
  $('#recent').replaceChildren(...rest.slice(0, SHOWN).map(c => {
    const li = document.createElement('li');
    const label = document.createElement('span');
    label.className = 'label';
    label.textContent = c.label;
    const counter = document.createElement('span');
    counter.textContent = t(state.lang, 'display-counter', { counter: c.counter });
    li.append(label, counter);
    return li;
  }));
}

// Two soft tones. The kiosk browser is started with autoplay allowed, so
// no touch is needed first.
let audio = null;
function chime() {
  try {
    audio = audio || new AudioContext();
    const now = audio.currentTime;
    for (const [i, f] of [660, 880].entries()) {
      const osc = audio.createOscillator();
      const gain = audio.createGain();
      osc.frequency.value = f;
      gain.gain.setValueAtTime(0.0001, now + i * 0.35);
      gain.gain.exponentialRampToValueAtTime(0.4, now + i * 0.35 + 0.03);
      gain.gain.exponentialRampToValueAtTime(0.0001, now + i * 0.35 + 0.6);
      osc.connect(gain).connect(audio.destination);
      osc.start(now + i * 0.35);
      osc.stop(now + i * 0.35 + 0.65);
    }
  } catch (e) {
    // No sound device: the flash still shows the call.
  }
}

async function load() {
  const r = await json(base + '/calls');
  state.calls = r.calls;
  draw(false);
}

function listen() {
  const events = new EventSource(base + '/events');
  // Every (re)connection starts from the recent calls, so nothing called
  // while the stream was down is missed.
  events.onopen = () => { $('#network').hidden = true; load().catch(() => {}); };
  // The server fell behind: start again from the recent calls.
  events.addEventListener('reload', () => load().catch(() => {}));
  events.addEventListener('call', e => {
    const call = JSON.parse(e.data);
    state.calls = [call, ...state.calls.filter(c => c.label !== call.label)];
    draw(true);
    chime();
  });
  events.onerror = () => {
    $('#network').hidden = false;
    $('#network').textContent = t(state.lang, 'kiosk-offline');
    if (events.readyState === EventSource.CLOSED) setTimeout(listen, RETRY_MS);
  };
}

function words() {
  $('main').lang = state.lang;
  $('#now-title').textContent = t(state.lang, 'display-title');
  $('#recent-title').textContent = t(state.lang, 'display-recent');
}

function welcome() {
  let i = 0;
  const line = $('#welcome');
  const next = () => {
    const langs = state.langs.filter(l => state.strings[l]);
    if (!langs.length) return;
    const lang = langs[i++ % langs.length];
    line.lang = lang;
    line.textContent = t(lang, 'display-welcome');
    // The headings and counters are read by the same people as the welcome.
    state.lang = lang;
    words();
    draw(false);
  };
  next();
  setInterval(next, WELCOME_MS);
}

async function start() {
  try {
    state.strings[state.lang] = (await json('/api/v1/kiosk/strings?lang=' + state.lang)).strings;
    words();
    state.langs = (await json('/api/v1/languages')).map(l => l.code);
  } catch (e) {
    setTimeout(start, RETRY_MS);
    return;
  }
  listen();
  welcome();
  for (const l of state.langs) {
    if (!state.strings[l]) state.strings[l] = await json('/api/v1/kiosk/strings?lang=' + l).then(r => r.strings, () => null);
  }
}

start();
