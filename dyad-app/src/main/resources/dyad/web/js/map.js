/* global d3, topojson */
import {api, el, hashParams, quadLegend, setHashParams, QUADS} from './dom.js';

let world = null;

async function countries() {
  if (!world) {
    // Natural Earth 1:110m boundaries from the world-atlas package, served by this server: no tiles.
    const topo = await (await fetch('vendor/world-atlas/countries-110m.json')).json();
    world = topojson.feature(topo, topo.objects.countries);
  }
  return world;
}

export async function map(view, _arg, live) {
  const p = hashParams();
  view.append(el('h1', {}, 'Events on the map'));
  const form = el('form', {class: 'filters', 'aria-label': 'Period'},
    el('label', {}, 'From', el('input', {type: 'date', name: 'from', value: p.get('from') || ''})),
    el('label', {}, 'To', el('input', {type: 'date', name: 'to', value: p.get('to') || ''})),
    el('button', {type: 'submit'}, 'Show'));
  const out = el('div');
  view.append(form, quadLegend(), out);
  const show = async () => {
    const params = {from: form.elements.from.value, to: form.elements.to.value};
    setHashParams('map', params);
    const [land, page] = await Promise.all([countries(), api('/api/v1/events', {...params, limit: 1000})]);
    if (!live()) return;
    const placed = page.events.filter((e) => e.where && e.where.lat !== null && e.where.lon !== null);
    out.replaceChildren(el('p', {class: 'muted'}, placed.length + ' of ' + page.events.length + ' event(s) shown have a place'
      + (page.total > page.events.length ? ' (the first ' + page.events.length + ' of ' + page.total + ')' : '') + '.'),
    draw(land, placed));
  };
  form.addEventListener('submit', (e) => { e.preventDefault(); show().catch((err) => out.replaceChildren(el('p', {class: 'error'}, err.message))); });
  await show();
}

function draw(land, events) {
  const width = 1000;
  const height = 520;
  const projection = d3.geoNaturalEarth1().fitExtent([[10, 10], [width - 10, height - 10]], {type: 'Sphere'});
  const path = d3.geoPath(projection);
  const svg = d3.create('svg').attr('viewBox', `0 0 ${width} ${height}`).attr('class', 'chart map')
    .attr('role', 'group').attr('aria-label', 'World map of events');
  svg.append('path').attr('class', 'map-sphere').attr('d', path({type: 'Sphere'}));
  svg.append('g').selectAll('path').data(land.features).join('path').attr('class', 'map-land').attr('d', path);
  // Events at one place are spread a little around it, so each stays clickable.
  const seen = new Map();
  const g = svg.append('g');
  for (const e of events) {
    const [x, y] = projection([e.where.lon, e.where.lat]);
    const key = Math.round(x) + ',' + Math.round(y);
    const k = seen.get(key) || 0;
    seen.set(key, k + 1);
    const angle = k * 2.4;
    const r = k === 0 ? 0 : 3 + 1.5 * Math.sqrt(k);
    const link = document.createElementNS('http://www.w3.org/2000/svg', 'a');
    link.setAttribute('href', '#/event/' + encodeURIComponent(e.event_id));
    const dot = document.createElementNS('http://www.w3.org/2000/svg', 'circle');
    dot.setAttribute('class', 'marker q' + e.quad_class);
    dot.setAttribute('cx', x + r * Math.cos(angle));
    dot.setAttribute('cy', y + r * Math.sin(angle));
    dot.setAttribute('r', 5);
    dot.setAttribute('data-place', e.where.name);
    dot.setAttribute('data-lat', e.where.lat);
    dot.setAttribute('data-lon', e.where.lon);
    const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
    title.textContent = e.where.name + ': ' + (e.source ? e.source.code : '?') + ' ' + e.cameo + ' '
      + (e.cameo_name || '') + ' ' + (e.target ? e.target.code : '?') + ' (' + QUADS[e.quad_class] + ')';
    dot.append(title);
    link.append(dot);
    g.node().append(link);
  }
  return svg.node();
}
