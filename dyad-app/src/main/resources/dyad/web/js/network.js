/* global d3 */
import {api, el, hashParams, setHashParams} from './dom.js';
import {eventTable} from './eventlist.js';
import {actorField} from './picker.js';

export async function network(view, _arg, live) {
  const p = hashParams();
  view.append(el('h1', {}, 'Signed actor network'));
  const form = el('form', {class: 'filters', 'aria-label': 'Period, level and cut'},
    el('label', {}, 'From', el('input', {type: 'date', name: 'from', value: p.get('from') || ''})),
    el('label', {}, 'To', el('input', {type: 'date', name: 'to', value: p.get('to') || ''})),
    el('label', {}, 'Actors by', el('select', {name: 'level'},
      ['country', 'code'].map((x) => el('option', {value: x, selected: x === (p.get('level') || 'country')}, x)))),
    el('label', {}, 'Most active actors', el('input', {type: 'number', name: 'top', min: 1, max: 500, size: 4,
      value: p.get('top') || 30})),
    el('label', {}, 'Fewest events per tie', el('input', {type: 'number', name: 'min_events', min: 1, size: 4,
      value: p.get('min_events') || 1})),
    el('button', {type: 'submit'}, 'Show'));
  const search = el('form', {class: 'filters', role: 'search', 'aria-label': 'Find an actor'},
    actorField('Find an actor (code or name)', p.get('actor'), 'q'),
    el('button', {type: 'submit'}, 'Show its ties'),
    el('button', {type: 'button', class: 'secondary', 'data-test': 'strongest'}, 'Back to the most active'));
  const status = el('p', {class: 'muted', 'data-test': 'network-status'});
  const out = el('div');
  const detail = el('section', {'aria-live': 'polite'});
  view.append(form, search, el('div', {class: 'legend'},
    el('span', {}, el('span', {class: 'swatch q2'}), 'cooperation (mean Goldstein > 0)'),
    el('span', {}, el('span', {class: 'swatch q4'}), 'conflict (mean Goldstein < 0)'),
    el('span', {class: 'muted'}, 'line width: number of events; click a node, or Tab to it and press Enter, '
      + 'for its ties and its events')), status, out, detail);
  let actor = p.get('actor') || '';
  const fail = (err) => out.replaceChildren(el('p', {class: 'error', role: 'alert'}, err.message));
  const show = async () => {
    const params = {from: form.elements.from.value, to: form.elements.to.value, level: form.elements.level.value};
    const cut = {top: form.elements.top.value, min_events: form.elements.min_events.value};
    setHashParams('network', {...params, ...cut, actor});
    const n = await api('/api/v1/network', {...params, ...cut, actor, weight: 'count'});
    if (!live()) return;
    status.replaceChildren(describe(n, cut));
    out.replaceChildren(n.nodes.length ? draw(n, (picked) => {
      actor = picked;
      search.elements.q.value = picked;
      show().catch(fail);
      showEvents(detail, picked, params);
    }) : el('p', {class: 'muted'}, 'No events in this period.'));
  };
  form.addEventListener('submit', (e) => { e.preventDefault(); show().catch(fail); });
  search.addEventListener('submit', (e) => {
    e.preventDefault();
    find(search.elements.q.value, form.elements.level.value).then((found) => {
      if (!found) throw new Error('No actor matches “' + search.elements.q.value.trim() + '”.');
      actor = found;
      return show();
    }).catch(fail);
  });
  search.querySelector('[data-test=strongest]').addEventListener('click', () => {
    actor = '';
    search.elements.q.value = '';
    detail.replaceChildren();
    show().catch(fail);
  });
  await show();
}

/** The network's id of the actor a code or name finds: its country at the country level, else its code. */
async function find(text, level) {
  const q = text.trim();
  if (!q) return '';
  const r = await api('/api/v1/actors', {q, limit: 20});
  const up = q.toUpperCase();
  const hit = r.actors.find((a) => a.code === up) || r.actors[0];
  if (!hit) return '';
  return level === 'country' ? (hit.country || hit.code) : hit.code;
}

function describe(n, cut) {
  const num = (x) => x.toLocaleString('en');
  if (n.actor) {
    return 'Showing ' + n.actor + ' and ' + num(n.edges.length) + ' of its ' + num(n.actor_ties) + ' tie(s), however weak '
      + '(' + num(n.actors_total) + ' actors and ' + num(n.ties_total) + ' ties in the whole network).';
  }
  return 'Showing ' + num(n.nodes.length) + ' of ' + num(n.actors_total) + ' actors (the most active) and '
    + num(n.edges.length) + ' of ' + num(n.ties_total) + ' ties (those between them with at least '
    + num(Number(cut.min_events) || 1) + ' event(s)).';
}

async function showEvents(detail, actor, params) {
  detail.replaceChildren(el('h2', {}, 'Events of ' + actor), el('p', {class: 'muted'}, 'Loading…'));
  const filter = {from: params.from, to: params.to, limit: 200};
  const [asSource, asTarget] = await Promise.all([
    api('/api/v1/events', {...filter, source: actor}), api('/api/v1/events', {...filter, target: actor})]);
  const seen = new Map();
  for (const e of [...asSource.events, ...asTarget.events]) seen.set(e.event_id, e);
  const list = [...seen.values()].sort((a, b) => (a.when.start || '').localeCompare(b.when.start || ''));
  const total = asSource.total + asTarget.total;
  detail.replaceChildren(el('h2', {}, 'Events of ' + actor + ' (' + list.length
    + (total > list.length ? ' shown; ' + total + ' as source or target' : '') + ')'), eventTable(list));
}

function draw(n, onPick) {
  const width = 1000;
  const height = 620;
  const nodes = n.nodes.map((d) => ({...d}));
  const links = n.edges.map((e) => ({...e, source: e.a, target: e.b}));
  const centre = nodes.find((d) => d.actor === n.actor);
  if (centre) { centre.fx = width / 2; centre.fy = height / 2; }
  const radius = d3.scaleSqrt().domain([1, d3.max(nodes, (d) => d.events) || 1]).range([5, 22]);
  const stroke = d3.scaleSqrt().domain([1, d3.max(links, (d) => d.count) || 1]).range([1.2, 7]);
  const sim = d3.forceSimulation(nodes)
    .force('link', d3.forceLink(links).id((d) => d.actor).distance(centre ? 170 : 120))
    .force('charge', d3.forceManyBody().strength(-320))
    .force('center', d3.forceCenter(width / 2, height / 2))
    .force('x', d3.forceX(width / 2).strength(0.06)).force('y', d3.forceY(height / 2).strength(0.08))
    .force('collide', d3.forceCollide((d) => radius(d.events) + 8))
    .stop();
  // Laid out before drawing, with a fixed number of steps: the same store draws the same picture.
  for (let i = 0; i < 300; i++) sim.tick();
  const clampX = (v) => Math.max(25, Math.min(width - 25, v));
  const clampY = (v) => Math.max(25, Math.min(height - 25, v));
  const svg = d3.create('svg').attr('viewBox', `0 0 ${width} ${height}`).attr('class', 'chart')
    .attr('role', 'group').attr('aria-label', 'Actor network');
  svg.append('g').selectAll('line').data(links).join('line')
    .attr('class', (d) => 'net-edge ' + (d.sign > 0 ? 'coop' : d.sign < 0 ? 'conflict' : 'neutral'))
    .attr('stroke-width', (d) => stroke(d.count)).attr('stroke-opacity', 0.6)
    .attr('x1', (d) => clampX(d.source.x)).attr('y1', (d) => clampY(d.source.y))
    .attr('x2', (d) => clampX(d.target.x)).attr('y2', (d) => clampY(d.target.y))
    .append('title').text((d) => d.a + ' – ' + d.b + ': ' + d.count + ' event(s), mean Goldstein ' + d.mean_goldstein.toFixed(2));
  const node = svg.append('g').selectAll('g').data(nodes).join('g').attr('class', 'net-node')
    .classed('selected', (d) => d === centre)
    .attr('tabindex', 0).attr('role', 'button').attr('aria-label', (d) => d.actor + ', ' + d.events + ' events')
    .attr('data-actor', (d) => d.actor)
    .attr('transform', (d) => `translate(${clampX(d.x)},${clampY(d.y)})`);
  node.append('circle').attr('r', (d) => radius(d.events));
  node.append('text').attr('dy', (d) => -radius(d.events) - 3).attr('text-anchor', 'middle').text((d) => d.actor);
  const pick = (event, d) => onPick(d.actor);
  node.on('click', pick).on('keydown', (event, d) => {
    if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); pick(event, d); }
  });
  return svg.node();
}
