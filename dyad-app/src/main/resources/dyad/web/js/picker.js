import {api, el} from './dom.js';

let lists = 0;

/**
 * A text field for an actor (a country such as RUS or a code such as RUSGOV) that suggests
 * actors from the store as one types: a native datalist, so it works with the keyboard.
 */
export function actorField(label, value, name) {
  const id = 'actors-' + (++lists);
  const list = el('datalist', {id});
  const input = el('input', {name, value: value || '', list: id, autocomplete: 'off', size: 12,
    'aria-label': label, placeholder: 'RUS, RUSGOV, Iran…'});
  let pending = 0;
  input.addEventListener('input', async () => {
    const q = input.value.trim();
    const token = ++pending;
    if (q.length < 1) return;
    try {
      const r = await api('/api/v1/actors', {q, limit: 12});
      if (token !== pending) return;
      list.replaceChildren(...r.actors.map((a) =>
        el('option', {value: a.code}, (a.name || a.code) + ' · ' + a.events + ' events')));
    } catch (e) {
      // Suggestions are a help, not a need: typing a code still works.
    }
  });
  return el('label', {}, label, input, list);
}
