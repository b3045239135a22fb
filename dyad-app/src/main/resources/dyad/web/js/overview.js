import {api, el, QUAD_KEYS, quadLegend} from './dom.js';

function card(n, label) {
  return el('div', {class: 'card'}, el('div', {class: 'n'}, n), el('div', {class: 'l'}, label));
}

/** A small bar of a dyad's events by quad class. */
function quadBar(row) {
  const total = QUAD_KEYS.reduce((s, k) => s + row[k], 0) || 1;
  const bar = el('span', {class: 'quadbar', role: 'img',
    'aria-label': QUAD_KEYS.map((k) => k.replace('_', ' ') + ' ' + row[k]).join(', ')});
  QUAD_KEYS.forEach((k, i) => {
    if (row[k] > 0) {
      const part = el('span', {class: 'q' + (i + 1)});
      part.style.width = Math.round(80 * row[k] / total) + 'px';
      bar.append(part);
    }
  });
  return bar;
}

export async function overview(view) {
  view.append(el('h1', {}, 'What is in the store'));
  const o = await api('/api/v1/overview');
  view.append(el('div', {class: 'cards', 'data-test': 'counts'},
    card(o.articles.toLocaleString('en'), 'articles'),
    card(o.events.toLocaleString('en'), 'events'),
    card(o.copies.toLocaleString('en'), 'near-copies'),
    card(o.first_date && o.last_date ? o.first_date + ' – ' + o.last_date : '—', 'event dates')));
  if (o.failed > 0) view.append(el('p', {class: 'muted'}, o.failed + ' article(s) could not be coded.'));

  const dyads = el('table', {'data-test': 'top-dyads'},
    el('caption', {class: 'muted'}, 'Most active pairs (source → target): open one for its timeline'),
    el('thead', {}, el('tr', {}, el('th', {}, 'Source'), el('th', {}, 'Target'), el('th', {class: 'num'}, 'Events'),
      el('th', {}, 'By quad class'), el('th', {class: 'num'}, 'Mean Goldstein'))),
    el('tbody', {}, o.top_dyads.map((d) => el('tr', {},
      el('td', {}, d.source), el('td', {}, d.target), el('td', {class: 'num'},
        el('a', {href: '#/timeline?a=' + encodeURIComponent(d.source) + '&b=' + encodeURIComponent(d.target)}, d.events)),
      el('td', {}, quadBar(d)), el('td', {class: 'num'}, d.mean_goldstein == null ? '—' : d.mean_goldstein.toFixed(2))))));
  const actors = el('table', {'data-test': 'top-actors'},
    el('caption', {class: 'muted'}, 'Most active actors (as source or target)'),
    el('thead', {}, el('tr', {}, el('th', {}, 'Code'), el('th', {}, 'Name'), el('th', {class: 'num'}, 'Events'))),
    el('tbody', {}, o.top_actors.map((a) => el('tr', {},
      el('td', {}, el('a', {href: '#/events?source=' + encodeURIComponent(a.code)}, a.code)),
      el('td', {}, a.name || ''), el('td', {class: 'num'}, a.events)))));
  view.append(el('div', {class: 'columns'},
    el('section', {class: 'panel'}, el('h2', {}, 'Top dyads'), quadLegend(), dyads),
    el('section', {class: 'panel'}, el('h2', {}, 'Top actors'), actors)));
}
