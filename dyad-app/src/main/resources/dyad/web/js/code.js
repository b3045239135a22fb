import {api, el, highlighted, markLegend} from './dom.js';
import {eventFacts, headline} from './facts.js';
import {markedText} from './article.js';

export async function code(view) {
  view.append(el('h1', {}, 'Code an article'));
  view.append(el('p', {class: 'muted'}, 'Paste a news article; its events appear below with their evidence. Nothing is stored. '
    + 'The first article loads the language models, which takes up to a minute.'));
  const form = el('form', {'aria-label': 'Article to code'},
    el('label', {for: 'code-text'}, 'Article text'),
    el('textarea', {id: 'code-text', name: 'text', required: true, maxlength: 1000000}),
    el('div', {class: 'filters'},
      el('label', {}, 'Published', el('input', {type: 'date', name: 'published'})),
      el('label', {}, 'Title', el('input', {name: 'title', size: 40})),
      el('button', {type: 'submit'}, 'Code it')));
  const out = el('div', {id: 'code-result', 'aria-live': 'polite'});
  view.append(form, out);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const button = form.querySelector('button');
    button.disabled = true;
    out.replaceChildren(el('p', {class: 'muted', 'data-test': 'coding'}, 'Coding…'));
    try {
      const r = await api('/api/v1/code', {}, {
        method: 'POST', headers: {'Content-Type': 'application/json'},
        body: JSON.stringify({text: form.elements.text.value, published: form.elements.published.value || null,
          title: form.elements.title.value || null}),
      });
      show(out, r);
    } catch (err) {
      out.replaceChildren(el('p', {class: 'error', role: 'alert'}, err.message));
    } finally {
      button.disabled = false;
    }
  });
}

function show(out, r) {
  out.replaceChildren(el('h2', {'data-test': 'coded'}, r.events.length + ' event(s)'));
  for (const d of r.diagnostics) out.append(el('p', {class: 'muted'}, d));
  r.events.forEach((e, i) => {
    const card = el('article', {class: 'event-card q' + e.quad_class, 'data-test': 'event-card', 'data-cameo': e.cameo,
      id: 'coded-' + i});
    const marks = r.marks.filter((m) => m.event_id === e.event_id);
    const first = Math.min(...marks.map((m) => m.start));
    const sentence = sentenceAround(r.article.text, e.sentence, first);
    card.append(el('h3', {}, headline(e)),
      el('p', {class: 'sentence'}, sentence ? highlighted(r.article.text, sentence[0], sentence[1], marks) : e.sentence),
      el('details', {}, el('summary', {}, 'Codes, sources, rule'), eventFacts(e)));
    out.append(card);
  });
  out.append(el('h2', {}, 'The article'), markLegend(), markedText(r.article.text, r.marks, (id) => {
    const i = r.events.findIndex((e) => e.event_id === id);
    const card = document.getElementById('coded-' + i);
    if (card) { card.scrollIntoView(); card.querySelector('summary').focus(); }
  }));
}

/** Where the event's sentence stands in the text, around its first mark. */
function sentenceAround(text, sentence, near) {
  let at = text.indexOf(sentence);
  while (at >= 0 && at + sentence.length < near) at = text.indexOf(sentence, at + 1);
  return at >= 0 && at <= near ? [at, at + sentence.length] : null;
}
