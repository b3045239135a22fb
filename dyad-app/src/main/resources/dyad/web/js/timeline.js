/* global d3 */
import {api, el, hashParams, setHashParams, QUAD_KEYS, QUADS, quadLegend} from './dom.js';
import {actorField} from './picker.js';
import {drawSources, importedSources, maxTotal, sourceColumns, sourceCoverage, sourceLegend, sourcePicker} from './sources.js';

const COLORS = ['var(--q1)', 'var(--q2)', 'var(--q3)', 'var(--q4)'];

export async function timeline(view, _arg, live) {
  const p = hashParams();
  view.append(el('h1', {}, 'Dyad timeline'));
  const form = el('form', {class: 'filters', 'aria-label': 'Pick two actors and a range'},
    actorField('Actor A', p.get('a') || 'RUS', 'a'),
    actorField('Actor B', p.get('b') || 'IRN', 'b'),
    el('label', {}, 'Period', el('select', {name: 'period'},
      ['week', 'month', 'day'].map((x) => el('option', {value: x, selected: x === (p.get('period') || 'week')}, x)))),
    el('label', {}, 'From', el('input', {type: 'date', name: 'from', value: p.get('from') || ''})),
    el('label', {}, 'To', el('input', {type: 'date', name: 'to', value: p.get('to') || ''})),
    el('button', {type: 'submit'}, 'Show'),
    el('button', {type: 'button', class: 'secondary', 'data-test': 'active-span'}, 'Where the events are'),
    el('button', {type: 'button', class: 'secondary', 'data-test': 'whole-range'}, 'Whole range'));
  const out = el('div', {'data-test': 'timeline-result'});
  view.append(form);
  // Other datasets' events, when the store has any; a failure here leaves the page as it was without them.
  const all = await importedSources().catch(() => []);
  if (!live()) return;
  const names = new Set(all.map((s) => s.name));
  let sources = (p.get('sources') || '').split(',').filter((x) => names.has(x));
  if (all.length) view.append(sourcePicker(all, sources, (ticked) => { sources = ticked; run(); }));
  view.append(out);
  // 'active' opens on where the dyad's events are; 'all' on every period; 'dates' on the dates in the form.
  let span = p.get('span') === 'all' ? 'all' : (p.get('from') || p.get('to') ? 'dates' : 'active');
  const show = async () => {
    const a = form.elements.a.value.trim().toUpperCase();
    const b = form.elements.b.value.trim().toUpperCase();
    const period = form.elements.period.value;
    if (!a || !b) return;
    // Three letters are a country: count every actor of it. Longer codes are counted as themselves.
    const level = a.length > 3 || b.length > 3 ? 'code' : 'country';
    const dates = span === 'dates' ? {from: form.elements.from.value, to: form.elements.to.value} : {};
    const extra = sources.length ? {sources: sources.join(',')} : {};
    setHashParams('timeline', {a, b, period, ...dates, span: span === 'all' ? 'all' : '', ...extra});
    out.replaceChildren(el('p', {class: 'muted'}, 'Loading…'));
    const t = await api('/api/v1/timeline', {a, b, period, level, ...dates, span: span === 'active' ? 'active' : 'all', ...extra});
    if (!live()) return;
    form.elements.from.value = t.from || '';
    form.elements.to.value = t.to || '';
    out.replaceChildren();
    render(out, t, all, level, span, (from, to) => {
      form.elements.from.value = from;
      form.elements.to.value = to;
      span = 'dates';
      run();
    });
  };
  const run = () => show().catch((err) => out.replaceChildren(el('p', {class: 'error', role: 'alert'}, err.message)));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    span = form.elements.from.value || form.elements.to.value ? 'dates' : 'all';
    run();
  });
  form.querySelector('[data-test=active-span]').addEventListener('click', () => { span = 'active'; run(); });
  form.querySelector('[data-test=whole-range]').addEventListener('click', () => { span = 'all'; run(); });
  await show();
}

function n(x) {
  return x.toLocaleString('en');
}

/** What the chart shows of the dyad's events, and what it leaves out. */
function coverage(t, span) {
  if (t.dyad_total === 0) return '';
  const range = t.from || t.to ? 'from ' + (t.from || t.first_date) + ' to ' + (t.to || t.last_date) : 'all dates';
  let text = 'Showing ' + range + ': ' + n(t.total) + ' of the dyad\'s ' + n(t.dyad_total) + ' event(s), '
    + t.first_date + ' to ' + t.last_date + '.';
  if (span === 'active' && t.active && t.active.events < t.active.total) {
    const left = t.active.total - t.active.events;
    text += ' ' + n(left) + ' event(s) far from the rest are left out (the span holds at least 98 % of events; '
      + 'a gap of over 60 days without events splits runs). "Whole range" shows them.';
  }
  return text;
}

function render(out, t, all, level, span, zoom) {
  const summary = t.total + ' event(s) between ' + t.dyad + ' (by ' + level + '), per ' + t.period;
  out.append(el('p', {}, summary), el('p', {class: 'muted', 'data-test': 'coverage'}, coverage(t, span)));
  if (t.sources && t.sources.length) {
    out.append(el('p', {class: 'muted', 'data-test': 'source-coverage'}, 'Beside them: ' + sourceCoverage(t) + '.'));
  }
  if (t.rows.length === 0) {
    out.append(el('p', {class: 'muted'}, t.dyad_total === 0
      ? 'No events between these two. Try the overview\'s top dyads.' : 'No events between these two in this range.'));
    return;
  }
  out.append(quadLegend(), el('div', {class: 'legend'},
    el('span', {}, '● mean Goldstein (right axis, −10 to +10; no line across periods without events)'),
    el('span', {class: 'shift-label'}, '┆ detected shift'),
    el('span', {class: 'muted'}, 'drag across the chart to zoom into a range')));
  if (t.sources && t.sources.length) out.append(sourceLegend(t, all));
  out.append(chart(t, all, zoom));
  out.append(el('h2', {}, 'Detected shifts'));
  out.append(t.shifts.length
    ? el('ul', {}, t.shifts.map((s) => el('li', {'data-test': 'shift'}, s.description)))
    : el('p', {class: 'muted'}, 'None: a shift needs several weeks of events on each side.'));
  out.append(el('h2', {}, 'Table'), table(t));
}

function chart(t, all, zoom) {
  const rows = t.rows;
  const width = 1000;
  const height = 360;
  const m = {top: 20, right: 50, bottom: 60, left: 44};
  const svg = d3.create('svg').attr('viewBox', `0 0 ${width} ${height}`).attr('class', 'chart')
    .attr('role', 'img').attr('aria-label', 'Events per ' + t.period + ' by quad class, and mean Goldstein weight');
  const x = d3.scaleBand().domain(rows.map((r) => r.start)).range([m.left, width - m.right]).padding(0.15);
  const yCount = d3.scaleLinear().domain([0, Math.max(d3.max(rows, (r) => r.total), maxTotal(t)) || 1]).nice().range([height - m.bottom, m.top]);
  const yG = d3.scaleLinear().domain([-10, 10]).range([height - m.bottom, m.top]);
  const stack = d3.stack().keys(QUAD_KEYS)(rows);
  svg.append('g').selectAll('g').data(stack).join('g').attr('fill', (_d, i) => COLORS[i])
    .selectAll('rect').data((d) => d).join('rect')
    .attr('x', (d) => x(d.data.start)).attr('width', x.bandwidth())
    .attr('y', (d) => yCount(d[1])).attr('height', (d) => yCount(d[0]) - yCount(d[1]))
    .append('title').text((d) => d.data.label);
  const every = Math.ceil(rows.length / 16);
  svg.append('g').attr('class', 'x-axis').attr('transform', `translate(0,${height - m.bottom})`)
    .call(d3.axisBottom(x).tickValues(rows.filter((_r, i) => i % every === 0).map((r) => r.start))
      .tickFormat((s) => rows.find((r) => r.start === s).label))
    .selectAll('text').attr('transform', 'rotate(-35)').attr('text-anchor', 'end');
  svg.append('g').attr('transform', `translate(${m.left},0)`).call(d3.axisLeft(yCount).ticks(5));
  svg.append('g').attr('transform', `translate(${width - m.right},0)`).call(d3.axisRight(yG).ticks(5));
  svg.append('line').attr('class', 'zero-line').attr('x1', m.left).attr('x2', width - m.right)
    .attr('y1', yG(0)).attr('y2', yG(0));
  const cx = (r) => x(r.start) + x.bandwidth() / 2;
  // A period without events has no mean: the line breaks there rather than joining across it.
  svg.append('path').attr('class', 'goldstein-line')
    .attr('d', d3.line().defined((r) => r.mean_goldstein !== null).x(cx).y((r) => yG(r.mean_goldstein))(rows));
  drawSources(svg, t, all, cx, yCount, yG);
  const points = rows.filter((r) => r.mean_goldstein !== null);
  svg.append('g').selectAll('circle').data(points).join('circle').attr('class', 'tl-point')
    .attr('cx', cx).attr('cy', (r) => yG(r.mean_goldstein)).attr('r', rows.length > 120 ? 2.5 : 5)
    .append('title').text((r) => r.label + ': mean Goldstein ' + r.mean_goldstein.toFixed(2) + ', ' + r.total + ' event(s)');
  // A turn often shows in several measures at once (the tone, the conflict rate): one line, a label each.
  const labelled = new Map();
  for (const s of t.shifts) {
    const row = rows.find((r) => r.start === s.around);
    if (!row) continue;
    const sx = x(row.start) - x.step() * x.padding() / 2;
    const nth = labelled.get(s.around) || 0;
    labelled.set(s.around, nth + 1);
    if (nth === 0) {
      svg.append('line').attr('class', 'shift-line').attr('x1', sx).attr('x2', sx).attr('y1', m.top).attr('y2', height - m.bottom);
    }
    const what = s.measure === 'tone' ? 'tone' : s.measure === 'conflict' ? 'conflict/' + s.period : 'coop./' + s.period;
    svg.append('text').attr('class', 'shift-label').attr('x', sx + 4).attr('y', m.top + 10 + 12 * nth)
      .text(what + ' ' + s.from_mean.toFixed(1) + ' → ' + s.to_mean.toFixed(1));
  }
  svg.append('text').attr('x', 4).attr('y', 12).text('events');
  svg.append('text').attr('x', width - m.right - 10).attr('y', 12).text('Goldstein');
  // Dragging across periods zooms to them: the periods whose middle the selection covers.
  const brush = d3.brushX().extent([[m.left, m.top], [width - m.right, height - m.bottom]])
    .on('end', (event) => {
      if (!event.selection) return;
      const [x0, x1] = event.selection;
      const picked = rows.filter((r) => cx(r) >= x0 && cx(r) <= x1);
      if (picked.length > 0) zoom(picked[0].start, picked[picked.length - 1].end);
    });
  svg.append('g').attr('class', 'brush').call(brush);
  return svg.node();
}

function table(t) {
  const more = sourceColumns(t);
  // A period is listed when any source has events in it; the chart still shows the empty ones.
  const listed = t.rows.map((r, i) => ({r, i})).filter(({r, i}) => r.total > 0 || more.any(i));
  return el('table', {class: 'timeline-table', 'data-test': 'timeline-table'},
    el('thead', {}, el('tr', {}, el('th', {}, t.period), Object.values(QUADS).map((q) => el('th', {class: 'num'}, q)),
      el('th', {class: 'num'}, 'Mean Goldstein'), more.head)),
    el('tbody', {}, listed.map(({r, i}) => el('tr', {},
      el('td', {}, r.label),
      QUAD_KEYS.map((k) => el('td', {class: 'num'}, r[k])),
      el('td', {class: 'num'}, r.mean_goldstein === null ? '—' : r.mean_goldstein.toFixed(2)),
      more.cells(i)))));
}
