// Router: each #/page renders into <main>. Pages other than Analyze show the current record.

import { el, clear, note } from './dom.js';
import { getJson } from './api.js';
import { getCurrent } from './state.js';
import { renderAnalyze } from './analyze.js';
import { renderDocument } from './docview.js';
import { renderEvents } from './events.js';
import { renderActors, renderActor } from './actor.js';
import { renderClaims } from './claims.js';
import { renderCorpus } from './corpus.js';

const view = document.getElementById('view');
const status = document.getElementById('status');
let health = null;

const PAGES = {
  analyze: () => renderAnalyze(view, health),
  doc: () => withRecord(record => renderDocument(view, record)),
  events: () => withRecord(record => renderEvents(view, record)),
  actors: () => withRecord(record => renderActors(view, record)),
  actor: id => withRecord(record => renderActor(view, record, id)),
  claims: () => withRecord(record => renderClaims(view, record)),
  corpus: arg => {
    const [sub, ...rest] = (arg ?? '').split('/');
    return renderCorpus(view, health, sub, rest.join('/'));
  },
};

function withRecord(render) {
  const record = getCurrent();
  if (!record) {
    clear(view).append(el('h1', {}, 'Nothing to show yet'),
      el('p', {}, 'Analyse an article first: ', el('a', { href: '#/analyze' }, 'go to Analyze'), '.'));
    return;
  }
  render(record);
}

function route() {
  const [, page = 'analyze', ...rest] = window.location.hash.split('/');
  const render = PAGES[page] ?? PAGES.analyze;
  const arg = rest.length ? decodeURIComponent(rest.join('/')) : undefined;
  for (const a of document.querySelectorAll('#nav a')) {
    a.classList.toggle('active', a.dataset.page === page || (page === 'actor' && a.dataset.page === 'actors'));
  }
  try {
    render(arg);
  } catch (err) {
    clear(view).appendChild(note(`This page failed to render: ${err.message}`, 'error'));
    throw err;
  }
  document.body.dataset.page = page;
  document.body.dataset.ready = 'true';
}

async function start() {
  try {
    health = await getJson('/api/health');
    document.getElementById('nav-corpus').hidden = !health.store;
    status.textContent = health.pipeline_ready ? `${health.schema} · ${health.layers.length} layers${health.store ? ` · corpus (${health.store}${health.writes_allowed ? ', writable' : ', read-only'})` : ''}` : 'pipeline unavailable';
  } catch (err) {
    status.textContent = `server unreachable: ${err.message}`;
  }
  window.addEventListener('hashchange', route);
  route();
}

start();
