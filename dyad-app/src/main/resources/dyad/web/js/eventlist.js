import {actorLabel, el, eventDate} from './dom.js';

/** A table of events, each row linking to its evidence. */
export function eventTable(events) {
  return el('table', {'data-test': 'events'},
    el('thead', {}, el('tr', {}, ['Date', 'Source', 'Event', 'Target', 'Place', 'Trigger', ''].map((h) => el('th', {}, h)))),
    el('tbody', {}, events.map((e) => el('tr', {'data-event': e.event_id},
      el('td', {}, eventDate(e)),
      el('td', {}, actorLabel(e.source)),
      el('td', {}, el('span', {class: 'swatch q' + e.quad_class, title: 'quad class ' + e.quad_class}),
        e.cameo + ' ' + (e.cameo_name || '')),
      el('td', {}, actorLabel(e.target)),
      el('td', {}, e.where ? e.where.name : ''),
      el('td', {dir: 'auto'}, e.trigger.text),
      el('td', {}, el('a', {href: '#/event/' + encodeURIComponent(e.event_id), class: 'evidence-link'}, 'Evidence'))))));
}
