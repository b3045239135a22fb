/* global d3, topojson */
import {api, el, hashParams, quadLegend, setHashParams, QUAD_KEYS, QUADS} from './dom.js';
import {actorField} from './picker.js';

let world = null;

async function countries() {
  if (!world) {
    // Natural Earth 1:110m boundaries from the world-atlas package, served by this server: no tiles.
    const topo = await (await fetch('vendor/world-atlas/countries-110m.json')).json();
    world = topojson.feature(topo, topo.objects.countries);
  }
  return world;
}

const GROUPING = {0: 'about 100 km (1°)', 1: 'about 10 km (0.1°)', 2: 'about 1 km (0.01°)'};

export async function map(view, _arg, live) {
  const p = hashParams();
  view.append(el('h1', {}, 'Events on the map'));
  const form = el('form', {class: 'filters', 'aria-label': 'Which events'},
    actorField('Actor', p.get('a'), 'a'),
    actorField('With actor', p.get('b'), 'b'),
    el('label', {}, 'Quad class', el('select', {name: 'quad'},
      el('option', {value: ''}, 'any'),
      Object.entries(QUADS).map(([q, name]) => el('option', {value: q, selected: q === p.get('quad')}, name)))),
    el('label', {}, 'CAMEO code', el('input', {name: 'code', value: p.get('code') || '', size: 5, placeholder: '19',
      pattern: '[0-9]{2,4}'})),
    el('label', {}, 'From', el('input', {type: 'date', name: 'from', value: p.get('from') || ''})),
    el('label', {}, 'To', el('input', {type: 'date', name: 'to', value: p.get('to') || ''})),
    el('label', {}, 'Group places within', el('select', {name: 'precision'},
      Object.entries(GROUPING).map(([v, name]) => el('option', {value: v, selected: v === (p.get('precision') || '1')}, name)))),
    el('button', {type: 'submit'}, 'Show'));
  const out = el('div');
  view.append(form, quadLegend(), el('p', {class: 'muted'},
    'Each circle counts the events in one spot (its area grows with the count), coloured by the quad class most of them have.'), out);
  const show = async () => {
    const params = {};
    for (const k of ['a', 'b', 'quad', 'code', 'from', 'to', 'precision']) params[k] = form.elements[k].value.trim();
    setHashParams('map', params);
    const [land, places] = await Promise.all([countries(), api('/api/v1/places', {...params, bins: 2000})]);
    if (!live()) return;
    out.replaceChildren(el('p', {'data-test': 'map-status'}, status(places)), draw(land, places.bins), spots(places.bins));
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    show().catch((err) => out.replaceChildren(el('p', {class: 'error', role: 'alert'}, err.message)));
  });
  await show();
}

function num(x) {
  return x.toLocaleString('en');
}

function status(places) {
  let text = num(places.placed) + ' of ' + num(places.matching) + ' matching event(s) have a place, in '
    + num(places.bins_total) + ' spot(s)';
  if (places.bins.length < places.bins_total) {
    const drawn = places.bins.reduce((s, b) => s + b.events, 0);
    text += '; the ' + num(places.bins.length) + ' fullest spots are drawn, holding ' + num(drawn) + ' of them';
  }
  return text + '.';
}

/** The quad class (1-4) most of a bin's events have; the lower on a tie. */
function mainQuad(bin) {
  let best = 0;
  QUAD_KEYS.forEach((k, i) => { if (bin[k] > bin[QUAD_KEYS[best]]) best = i; });
  return best + 1;
}

function describe(bin) {
  const name = (bin.place || 'unnamed place') + (bin.places > 1 ? ' and ' + (bin.places - 1) + ' other name(s)' : '');
  const parts = QUAD_KEYS.map((k, i) => bin[k] ? QUADS[i + 1].toLowerCase() + ' ' + bin[k] : null).filter(Boolean);
  return name + ': ' + bin.events + ' event(s) (' + parts.join(', ') + ')';
}

function draw(land, bins) {
  const width = 1000;
  const height = 520;
  const projection = d3.geoNaturalEarth1().fitExtent([[10, 10], [width - 10, height - 10]], {type: 'Sphere'});
  const path = d3.geoPath(projection);
  const svg = d3.create('svg').attr('viewBox', `0 0 ${width} ${height}`).attr('class', 'chart map')
    .attr('role', 'group').attr('aria-label', 'World map of events, counted by place');
  svg.append('path').attr('class', 'map-sphere').attr('d', path({type: 'Sphere'}));
  svg.append('g').selectAll('path').data(land.features).join('path').attr('class', 'map-land').attr('d', path);
  const radius = d3.scaleSqrt().domain([0, d3.max(bins, (b) => b.events) || 1]).range([0, 26]);
  // The fullest first, so smaller circles are drawn over them and stay visible.
  const sorted = [...bins].sort((x, y) => y.events - x.events);
  const g = svg.append('g').selectAll('g').data(sorted).join('g')
    .attr('transform', (b) => {
      const [x, y] = projection([b.lon, b.lat]);
      return `translate(${x},${y})`;
    });
  g.append('circle').attr('class', (b) => 'marker bin q' + mainQuad(b))
    .attr('r', (b) => Math.max(2.5, radius(b.events)))
    .attr('data-count', (b) => b.events).attr('data-lat', (b) => b.lat).attr('data-lon', (b) => b.lon)
    .attr('data-place', (b) => b.place || '')
    .append('title').text(describe);
  // Counts on a layer of their own, above every circle, so no smaller circle hides one.
  svg.append('g').selectAll('text').data(sorted.filter((b) => radius(b.events) >= 10)).join('text')
    .attr('class', 'bin-count').attr('text-anchor', 'middle').attr('dy', '0.35em')
    .attr('transform', (b) => `translate(${projection([b.lon, b.lat])})`).text((b) => b.events);
  return svg.node();
}

function spots(bins) {
  const top = bins.slice(0, 15);
  if (top.length === 0) return el('p', {class: 'muted'}, 'No placed events match.');
  return el('table', {'data-test': 'spots'},
    el('caption', {class: 'muted'}, 'The fullest spots'),
    el('thead', {}, el('tr', {}, el('th', {}, 'Place'), el('th', {class: 'num'}, 'Events'),
      Object.values(QUADS).map((q) => el('th', {class: 'num'}, q)), el('th', {class: 'num'}, 'Lat, lon'))),
    el('tbody', {}, top.map((b) => el('tr', {},
      el('td', {}, (b.place || '—') + (b.places > 1 ? ' (+' + (b.places - 1) + ')' : '')),
      el('td', {class: 'num'}, b.events),
      QUAD_KEYS.map((k) => el('td', {class: 'num'}, b[k])),
      el('td', {class: 'num'}, b.lat.toFixed(2) + ', ' + b.lon.toFixed(2))))));
}
