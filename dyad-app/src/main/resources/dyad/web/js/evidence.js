import {api, el, highlighted, markLegend} from './dom.js';
import {eventFacts, headline} from './facts.js';

export async function evidence(view, id) {
  const d = await api('/api/v1/events/' + encodeURIComponent(id));
  const e = d.event;
  const ev = d.evidence;
  const a = d.article;
  view.append(el('h1', {}, headline(e)));
  const sentence = el('p', {class: 'sentence', dir: 'auto', 'data-test': 'evidence-sentence'},
    highlighted(ev.text, 0, ev.text.length, ev.marks.map((m) => ({...m, start: m.start - ev.sentence_start, end: m.end - ev.sentence_start}))));
  view.append(el('section', {class: 'panel'}, el('h2', {}, 'Sentence ' + (e.sentence_index + 1)), markLegend(), sentence));
  const source = el('p', {},
    el('a', {href: '#/article/' + encodeURIComponent(a.key), 'data-test': 'article-link'}, 'Read the article with every event marked'),
    ' · ', a.title || a.article_id, a.publisher ? ', ' + a.publisher : '', a.published ? ', ' + a.published : '',
    a.url ? [' · ', el('a', {href: a.url, rel: 'noopener noreferrer', target: '_blank'}, 'original')] : '');
  view.append(el('section', {class: 'panel'}, el('h2', {}, 'Why this event'), eventFacts(e), source));
  const out = el('div', {'aria-live': 'polite'});
  const button = el('button', {type: 'button', class: 'secondary'}, 'Explain the sentence (tokens, tree, every verb)');
  button.addEventListener('click', async () => {
    button.disabled = true;
    out.replaceChildren(el('p', {class: 'muted'}, 'Explaining… the first time loads the language models (up to a minute).'));
    try {
      const x = await api('/api/v1/events/' + encodeURIComponent(id) + '/explain');
      out.replaceChildren(el('pre', {class: 'explain', 'data-test': 'explanation'}, x.explanation));
    } catch (err) {
      out.replaceChildren(el('p', {class: 'error', role: 'alert'}, err.message));
    } finally {
      button.disabled = false;
    }
  });
  view.append(el('section', {class: 'panel'}, el('h2', {}, 'dyad explain'), button, out));
}
