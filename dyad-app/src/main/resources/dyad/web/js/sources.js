/* global d3 */
// Other datasets' events (loaded by `dyad import`) beside dyad's own on the timeline: the picker,
// the lines drawn over the chart, their legend and table columns. Source names come from users:
// they enter the page as text nodes and attribute values only.
import {api, el} from './dom.js';

/** How many sources the API sets beside dyad's own at once. */
export const MAX_SOURCES = 5;

let known = null;

/** The store's imported sources ({name, events, first_date, last_date}), asked once: the server's store does not change. */
export function importedSources() {
  if (!known) {
    known = api('/api/v1/sources').then((r) => r.sources.filter((s) => s.imported));
    known.catch(() => { known = null; });
  }
  return known;
}

/** A source's colour class (source-c1 .. source-c5, app.css), by its place among the store's sources. */
function colour(all, name) {
  return 'source-c' + (all.findIndex((s) => s.name === name) % MAX_SOURCES + 1);
}

function n(x) {
  return x.toLocaleString('en');
}

/** Checkboxes, one per imported source; onChange(names ticked) when one is ticked or cleared. */
export function sourcePicker(all, ticked, onChange) {
  const box = el('fieldset', {class: 'sources', 'data-test': 'source-picker'},
    el('legend', {}, 'Beside dyad\'s events'));
  for (const s of all) {
    const dates = s.first_date ? ', ' + s.first_date + ' to ' + s.last_date : '';
    box.append(el('label', {},
      el('input', {type: 'checkbox', name: 'source', value: s.name, checked: ticked.includes(s.name)}),
      el('span', {class: 'swatch-line ' + colour(all, s.name), 'aria-hidden': 'true'}),
      s.name, el('span', {class: 'muted'}, ' (' + n(s.events) + ' events' + dates + ')')));
  }
  const note = el('span', {class: 'muted', 'aria-live': 'polite'});
  box.append(note);
  box.addEventListener('change', (e) => {
    const names = [...box.querySelectorAll('input[name=source]:checked')].map((i) => i.value);
    if (names.length > MAX_SOURCES) {
      e.target.checked = false;
      note.textContent = 'At most ' + MAX_SOURCES + ' at once.';
      return;
    }
    note.textContent = '';
    onChange(names);
  });
  return box;
}

/** The largest count of any other source in one period, for the chart's count axis. */
export function maxTotal(t) {
  return d3.max((t.sources || []).flatMap((s) => s.rows), (r) => r.total) || 0;
}

/** Each other source's events per period as a line, its mean Goldstein as a dashed one, over dyad's chart. */
export function drawSources(svg, t, all, cx, yCount, yG) {
  const rows = t.rows;
  const at = (i) => cx(rows[i]);
  for (const s of t.sources || []) {
    const g = svg.append('g').attr('class', 'source ' + colour(all, s.name)).attr('data-source', s.name);
    g.append('path').attr('class', 'source-line')
      .attr('d', d3.line().x((_r, i) => at(i)).y((r) => yCount(r.total))(s.rows));
    g.append('path').attr('class', 'source-goldstein')
      .attr('d', d3.line().defined((r) => r.mean_goldstein !== null).x((_r, i) => at(i))
        .y((r) => yG(r.mean_goldstein))(s.rows));
    g.selectAll('circle').data(s.rows.map((r, i) => ({r, i})).filter((d) => d.r.total > 0)).join('circle')
      .attr('class', 'source-point').attr('cx', (d) => at(d.i)).attr('cy', (d) => yCount(d.r.total))
      .attr('r', rows.length > 120 ? 2 : 3.5)
      .append('title').text((d) => s.name + ', ' + d.r.label + ': ' + d.r.total + ' event(s), mean Goldstein '
        + d.r.mean_goldstein.toFixed(2));
  }
}

/** Which line is which. */
export function sourceLegend(t, all) {
  return el('div', {class: 'legend', 'data-test': 'source-legend'},
    (t.sources || []).map((s) => el('span', {'data-source': s.name},
      el('span', {class: 'swatch-line ' + colour(all, s.name), 'aria-hidden': 'true'}),
      el('span', {class: 'swatch-line dashed ' + colour(all, s.name), 'aria-hidden': 'true'}),
      s.name)),
    el('span', {class: 'muted'}, 'solid: events per ' + t.period + ' (left axis); dashed: mean Goldstein (right axis)'));
}

/** How many of each source's events between the pair the chart shows. */
export function sourceCoverage(t) {
  return (t.sources || []).map((s) => s.name + ': ' + n(s.total) + ' of the pair\'s ' + n(s.dyad_total) + ' event(s)')
    .join('; ');
}

/** The table's extra header cells and, for row i, its extra cells. */
export function sourceColumns(t) {
  const sources = t.sources || [];
  return {
    head: sources.flatMap((s) => [el('th', {class: 'num'}, s.name + ' events'), el('th', {class: 'num'}, s.name + ' mean Goldstein')]),
    cells: (i) => sources.flatMap((s) => {
      const r = s.rows[i];
      return [el('td', {class: 'num'}, r.total), el('td', {class: 'num'}, r.mean_goldstein === null ? '—' : r.mean_goldstein.toFixed(2))];
    }),
    any: (i) => sources.some((s) => s.rows[i].total > 0),
  };
}
