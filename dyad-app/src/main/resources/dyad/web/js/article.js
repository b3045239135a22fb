import {api, el, highlighted, markLegend} from './dom.js';

/** Article text with its events' marks; a trigger opens its event (click, or Tab and Enter). */
export function markedText(text, marks, open) {
  return el('div', {class: 'article-text', dir: 'auto', 'data-test': 'article-text'}, highlighted(text, 0, text.length, marks, (span, covering) => {
    const trigger = covering.find((m) => m.kind === 'trigger');
    if (!trigger || !open) return;
    span.setAttribute('tabindex', '0');
    span.setAttribute('role', 'link');
    span.dataset.event = trigger.event_id;
    span.addEventListener('click', () => open(trigger.event_id));
    span.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') open(trigger.event_id); });
  }));
}

export async function article(view, key) {
  const a = await api('/api/v1/articles/' + encodeURIComponent(key));
  view.append(el('h1', {}, a.title || a.article_id));
  view.append(el('p', {class: 'muted'}, [a.publisher, a.published, a.events.length + ' event(s)'].filter(Boolean).join(' · '),
    a.url ? [' · ', el('a', {href: a.url, rel: 'noopener noreferrer', target: '_blank'}, 'original')] : ''));
  view.append(markLegend());
  view.append(markedText(a.text, a.marks, (id) => { location.hash = '#/event/' + encodeURIComponent(id); }));
  view.append(el('h2', {}, 'Events'), el('ol', {}, a.events.map((e) => el('li', {},
    el('a', {href: '#/event/' + encodeURIComponent(e.event_id)}, (e.source || '—') + ' ' + e.cameo + ' ' + (e.cameo_name || '') + ' ' + (e.target || '—')),
    ' · “', el('bdi', {}, e.trigger), '” (sentence ' + (e.sentence_index + 1) + ')'))));
}
