// Analyze page: paste or upload an article, optionally give its title and publication date, analyse it.

import { el, clear, note } from './dom.js';
import { analyze, ingest, getJson } from './api.js';
import { setCurrent } from './state.js';

const HTML_FILE = /\.(html?|xhtml)$/i;

export function renderAnalyze(view, health) {
  const text = el('textarea', { id: 'article', rows: '16', placeholder: 'Paste the article text here…', spellcheck: 'false' });
  const file = el('input', { type: 'file', id: 'file', accept: '.txt,.text,.html,.htm,text/plain,text/html' });
  const title = el('input', { type: 'text', id: 'title', maxlength: '1000' });
  const date = el('input', { type: 'date', id: 'date' });
  const message = el('div', { id: 'analyze-message', role: 'alert' });
  const button = el('button', { type: 'submit', id: 'analyze' }, 'Analyze');
  const writable = health && health.writes_allowed;
  const key = writable && health.api_key_required
    ? el('input', { type: 'password', id: 'api-key', autocomplete: 'off', placeholder: 'API key' }) : null;
  const store = writable ? el('button', { type: 'button', id: 'store', class: 'secondary' }, 'Analyze and store in the corpus') : null;
  let html;

  file.addEventListener('change', async () => {
    const f = file.files[0];
    if (!f) return;
    const content = await f.text();
    html = HTML_FILE.test(f.name) || f.type === 'text/html' ? content : undefined;
    text.value = content;
    if (!title.value) title.value = f.name.replace(/\.[^.]+$/, '');
  });
  text.addEventListener('input', () => { html = undefined; });

  const form = el('form', { id: 'analyze-form', class: 'analyze', on: { submit: async e => {
    e.preventDefault();
    clear(message);
    if (!text.value.trim()) {
      message.appendChild(note('Paste or upload an article first.', 'error'));
      return;
    }
    button.disabled = true;
    button.textContent = 'Analysing…';
    try {
      const record = await analyze({ text: text.value, title: title.value, date: date.value, html });
      setCurrent(record);
      window.location.hash = '#/doc';
    } catch (err) {
      message.appendChild(note(`Analysis failed: ${err.message}`, 'error'));
    } finally {
      button.disabled = false;
      button.textContent = 'Analyze';
    }
  } } },
  el('label', { for: 'article' }, 'Article'), text,
  el('div', { class: 'row' },
    el('label', {}, 'or upload a .txt / .html file ', file),
    el('label', {}, 'Title ', title),
    el('label', {}, 'Published ', date)),
  el('div', { class: 'row' }, button, store, key,
    health && !health.pipeline_ready ? note(`The pipeline is not available: ${health.pipeline_error}`, 'error') : null,
    health && health.pipeline_ready ? el('span', { class: 'meta', id: 'pipeline-layers' }, `Pipeline layers: ${health.layers.join(', ')}`) : null),
  message);

  if (store) {
    store.addEventListener('click', async () => {
      clear(message);
      if (!text.value.trim()) {
        message.appendChild(note('Paste or upload an article first.', 'error'));
        return;
      }
      store.disabled = true;
      try {
        const result = await ingest({ text: text.value, title: title.value, date: date.value, html }, key ? key.value : '');
        setCurrent(await getJson(`/api/documents/${result.key}`));
        window.location.hash = '#/doc';
      } catch (err) {
        message.appendChild(note(`Storing failed: ${err.message}`, 'error'));
      } finally {
        store.disabled = false;
      }
    });
  }

  clear(view).append(el('h1', {}, 'Analyze an article'),
    el('p', { class: 'meta' }, writable ? 'Analyze shows the result without storing it; the store button also adds it to the corpus. Nothing is sent anywhere else.' : 'The article is analysed on this server and not stored. Nothing is sent anywhere else.'),
    form);
}
