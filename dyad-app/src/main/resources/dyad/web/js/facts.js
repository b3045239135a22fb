import {actorLabel, el, QUADS} from './dom.js';

function actorFacts(a) {
  if (!a) return '—';
  const parts = [a.code, a.name, a.country && 'country ' + a.country, a.agent && 'agent ' + a.agent,
    a.patron && 'patron ' + a.patron, a.kind].filter(Boolean);
  return el('span', {}, el('q', {dir: 'auto'}, a.text), ' → ', parts.join(' · '));
}

/** The headline of an event: source, what it did, target. */
export function headline(e) {
  return actorLabel(e.source) + ' → ' + (e.cameo_name || e.cameo) + ' → ' + actorLabel(e.target);
}

/** Everything an event record says of itself, as a definition list. */
export function eventFacts(e) {
  const w = e.when || {};
  const rows = [
    ['CAMEO', e.cameo + ' ' + (e.cameo_name || '') + ' (root ' + e.cameo_root + ')'],
    ['PLOVER', e.plover ? e.plover.type + (e.plover.mode ? ' · mode ' + e.plover.mode : '') : 'none (no PLOVER type for this code)'],
    ['Quad class', e.quad_class + ' · ' + QUADS[e.quad_class]],
    ['Goldstein', String(e.goldstein)],
    ['Source', actorFacts(e.source)],
    ['Target', actorFacts(e.target)],
    ['Trigger', el('q', {dir: 'auto'}, e.trigger.text)],
    ['Language', e.provenance && e.provenance.language
      ? e.provenance.language.code + ' (' + e.provenance.language.from + ')' : 'en'],
    ['Status', e.status + (e.negated ? ' · negated' : '') + (e.symmetric ? ' · symmetric' : '')],
    ['According to', e.attribution.length
      ? el('ol', {class: 'chain', 'data-test': 'attribution'}, e.attribution.map((a) =>
        el('li', {}, el('q', {dir: 'auto'}, a.text), ' (' + a.kind + (a.country ? ', ' + a.country : '') + ')')))
      : 'the article itself'],
    ['When', (w.text ? '“' + w.text + '” ' : '') + (w.start || '?') + (w.end && w.end !== w.start ? ' to ' + w.end : '')
      + ' (' + w.basis + ', ' + w.granularity + ')'],
    ['Where', e.where ? el('span', {}, el('q', {dir: 'auto'}, e.where.text), ' → ' + e.where.name
      + (e.where.country ? ', ' + e.where.country : '') + (e.where.lat !== null ? ' (' + e.where.lat + ', ' + e.where.lon + ')' : ''))
      : 'not placed'],
    ['Rule', el('code', {'data-test': 'rule'}, e.rule)],
    ['Entries', e.entries && e.entries.length ? e.entries.join('; ') : '—'],
    ['Confidence', String(e.confidence)],
  ];
  return el('dl', {class: 'facts'}, rows.map(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]));
}
