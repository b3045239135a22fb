import {api, el, hashParams, setHashParams} from './dom.js';
import {actorField} from './picker.js';
import {eventTable} from './eventlist.js';

const PAGE = 50;

export async function events(view, _arg, live) {
  const p = hashParams();
  view.append(el('h1', {}, 'Events'));
  const form = el('form', {class: 'filters', 'aria-label': 'Filters'},
    actorField('Source', p.get('source'), 'source'),
    actorField('Target', p.get('target'), 'target'),
    el('label', {}, 'CAMEO code', el('input', {name: 'code', value: p.get('code') || '', size: 6, placeholder: '19'})),
    el('label', {}, 'From', el('input', {type: 'date', name: 'from', value: p.get('from') || ''})),
    el('label', {}, 'To', el('input', {type: 'date', name: 'to', value: p.get('to') || ''})),
    el('button', {type: 'submit'}, 'Filter'));
  const out = el('div');
  view.append(form, out);
  let offset = Number(p.get('offset') || 0);
  const show = async () => {
    const filter = {};
    for (const k of ['source', 'target', 'code', 'from', 'to']) filter[k] = form.elements[k].value.trim();
    setHashParams('events', {...filter, offset: offset || ''});
    const page = await api('/api/v1/events', {...filter, limit: PAGE, offset});
    if (!live()) return;
    const prev = el('button', {type: 'button', class: 'secondary', disabled: offset === 0}, '← Previous');
    const next = el('button', {type: 'button', class: 'secondary', disabled: offset + PAGE >= page.total}, 'Next →');
    prev.addEventListener('click', () => { offset = Math.max(0, offset - PAGE); show(); });
    next.addEventListener('click', () => { offset += PAGE; show(); });
    out.replaceChildren(el('div', {class: 'pager'}, prev, next, el('span', {class: 'muted'},
      page.total === 0 ? 'No events match.' : (offset + 1) + '–' + (offset + page.events.length) + ' of ' + page.total)),
    eventTable(page.events));
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    offset = 0;
    show().catch((err) => out.replaceChildren(el('p', {class: 'error', role: 'alert'}, err.message)));
  });
  await show();
}
