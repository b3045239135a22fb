import {el} from './dom.js';
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
    if (token === current) view.append(el('p', {class: 'error', role: 'alert'}, String(error.message || error)));
  }
}

let lastPage = null;
window.addEventListener('hashchange', () => {
  const key = location.hash;
  if (key !== lastPage) {
    lastPage = key;
    render().then(() => document.getElementById('main').focus({preventScroll: true}));
  }
});
window.addEventListener('DOMContentLoaded', () => {
  lastPage = location.hash;
  render();
});
