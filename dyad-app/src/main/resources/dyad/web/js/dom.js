// Building blocks every page uses. Data from the server (article text above all) only ever
// enters the page as text nodes or attribute values: never as markup.

/** An element with attributes (on* are listeners) and children (strings become text nodes). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

// A server started with a token answers the API only with it. The page keeps it for this tab
// only (sessionStorage: gone when the tab closes, never sent anywhere but this server's API).
const TOKEN_KEY = 'dyad.token';

export function setToken(token) {
  if (token) sessionStorage.setItem(TOKEN_KEY, token);
  else sessionStorage.removeItem(TOKEN_KEY);
}

/** Thrown when the API wants a token this tab does not have (or has a wrong one). */
export class TokenNeeded extends Error {}

/** The API's JSON answer for path and query parameters; a failed request throws its message. */
export async function api(path, params = {}, init = {}) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') query.set(k, v);
  }
  const url = path + (query.toString() ? '?' + query : '');
  const headers = new Headers(init.headers || {});
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) headers.set('Authorization', 'Bearer ' + token);
  const response = await fetch(url, {...init, headers});
  let body = null;
  try { body = await response.json(); } catch (e) { body = null; }
  if (response.status === 401) {
    // Pages catch their own errors; the event lets the app ask for the token whichever page asked.
    const message = (body && body.message) || 'this server needs a token';
    window.dispatchEvent(new CustomEvent('dyad-token-needed', {detail: message}));
    throw new TokenNeeded(message);
  }
  if (!response.ok) {
    throw new Error((body && body.message) || ('HTTP ' + response.status));
  }
  return body;
}

export function errorBox(error) {
  return el('p', {class: 'error', role: 'alert'}, 'Could not load: ', error.message || String(error));
}

export const QUADS = {
  1: 'Verbal cooperation', 2: 'Material cooperation', 3: 'Verbal conflict', 4: 'Material conflict',
};
export const QUAD_KEYS = ['verbal_coop', 'material_coop', 'verbal_conflict', 'material_conflict'];

export function quadLegend() {
  return el('div', {class: 'legend'}, Object.entries(QUADS).map(([q, name]) =>
    el('span', {}, el('span', {class: 'swatch q' + q, 'aria-hidden': 'true'}), name)));
}

export function actorLabel(actor) {
  if (!actor) return '—';
  return actor.code + (actor.name && actor.name !== actor.code ? ' (' + actor.name + ')' : '');
}

export function eventDate(e) {
  return (e.when && e.when.start) || '';
}

/** The hash route's query parameters. */
export function hashParams() {
  const hash = location.hash || '';
  const q = hash.indexOf('?');
  return new URLSearchParams(q >= 0 ? hash.slice(q + 1) : '');
}

export function setHashParams(page, params) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) query.set(k, v);
  const next = '#/' + page + (query.toString() ? '?' + query : '');
  if (location.hash !== next) history.replaceState(null, '', next);
}

const ORDER = ['trigger', 'source', 'target', 'place', 'time'];

/**
 * The text from offset start to end of a document with marks (UTF-16 offsets into the same
 * document) as spans: overlapping marks split the text into pieces, each piece styled by the
 * first kind in ORDER that covers it. onMark(piece span, marks) may make pieces interactive.
 */
export function highlighted(text, start, end, marks, onMark) {
  const cuts = new Set([start, end]);
  const inside = marks.filter((m) => m.end > start && m.start < end);
  for (const m of inside) {
    cuts.add(Math.max(start, m.start));
    cuts.add(Math.min(end, m.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i];
    const b = points[i + 1];
    const piece = text.slice(a, b);
    const covering = inside.filter((m) => m.start <= a && m.end >= b);
    if (covering.length === 0) {
      out.append(document.createTextNode(piece));
      continue;
    }
    const kind = ORDER.find((k) => covering.some((m) => m.kind === k));
    const title = [...new Set(covering.map((m) => m.kind + ': ' + m.label))].join('\n');
    const span = el('span', {class: 'mark mark-' + kind, title, 'data-kind': kind}, piece);
    if (onMark) onMark(span, covering);
    out.append(span);
  }
  return out;
}

export function markLegend() {
  return el('div', {class: 'legend'}, ORDER.map((k) =>
    el('span', {}, el('span', {class: 'mark mark-' + k}, k))));
}
