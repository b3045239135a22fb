import {el, setToken, TokenNeeded} from './dom.js';
import {overview} from './overview.js';
import {timeline} from './timeline.js';
import {network} from './network.js';
import {map} from './map.js';
import {events} from './events.js';
import {evidence} from './evidence.js';
import {article} from './article.js';
import {code} from './code.js';

// Hash routes, so every view has a URL and the server serves one page.
const PAGES = {overview, timeline, network, map, events, event: evidence, article, code};
const NAV = {event: 'events', article: 'events'};

function parse() {
  const hash = (location.hash || '#/overview').slice(2);
  const path = hash.split('?')[0];
  const [page, ...rest] = path.split('/');
  return {page: PAGES[page] ? page : 'overview', arg: rest.length ? decodeURIComponent(rest.join('/')) : ''};
}

let current = 0;

async function render() {
  const {page, arg} = parse();
  const main = document.getElementById('main');
  const nav = NAV[page] || page;
  for (const a of document.querySelectorAll('nav a')) {
    if (a.dataset.page === nav) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  const token = ++current;
  const view = el('div', {class: 'view', 'data-view': page});
  main.replaceChildren(view);
  try {
    await PAGES[page](view, arg, () => token === current);
  } catch (error) {
    // A missing token has its form already, from the listener below.
    if (token === current && !(error instanceof TokenNeeded)) {
      view.append(el('p', {class: 'error', role: 'alert'}, String(error.message || error)));
    }
  }
}

/** Asks for the server's token once; kept for this tab, then the page is drawn again. */
function tokenForm(message) {
  const input = el('input', {type: 'password', name: 'token', id: 'token', autocomplete: 'off', required: true});
  const form = el('form', {class: 'token-form', 'data-test': 'token-form'},
    el('h1', {}, 'This server needs a token'),
    el('p', {}, 'The API answered: ', message, '. Paste the token the server was started with (--token or DYAD_TOKEN); '
      + 'this tab keeps it until it is closed.'),
    el('label', {for: 'token'}, 'Token '), input, ' ', el('button', {type: 'submit'}, 'Use token'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    setToken(input.value.trim());
    render();
  });
  return form;
}

/** A link may carry the token as its fragment (#token=...): keep it, then drop it from the address bar and history. */
function takeTokenFromFragment() {
  if (location.hash.startsWith('#token=')) {
    setToken(decodeURIComponent(location.hash.slice('#token='.length)));
    history.replaceState(null, '', location.pathname + location.search + '#/overview');
  }
}

window.addEventListener('dyad-token-needed', (event) => {
  const main = document.getElementById('main');
  if (!main.querySelector('[data-test=token-form]')) {
    current++;
    main.replaceChildren(tokenForm(event.detail));
    main.querySelector('#token').focus();
  }
});

let lastPage = null;
window.addEventListener('hashchange', () => {
  takeTokenFromFragment();
  const key = location.hash;
  if (key !== lastPage) {
    lastPage = key;
    render().then(() => document.getElementById('main').focus({preventScroll: true}));
  }
});
window.addEventListener('DOMContentLoaded', () => {
  takeTokenFromFragment();
  lastPage = location.hash;
  render();
});
