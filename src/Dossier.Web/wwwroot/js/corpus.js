// Corpus pages (when the server has a store): documents with full-text search, events with filters, actors
// with their corpus-wide timeline and counterparts. Lists page with limit/offset through the API.

import { el, clear, note } from './dom.js';
import { getJson } from './api.js';
import { setCurrent } from './state.js';
import { toCsv, download } from './csv.js';
import { actorGraph, dayBars } from './charts.js';

const PAGE = 25;
const MAX_EVIDENCE = 320;

/** Long evidence is cut in the table; the whole text stays in the tooltip. */
function evidence(text) {
  return text.length <= MAX_EVIDENCE ? text : el('span', { title: text }, `${text.slice(0, MAX_EVIDENCE)}…`);
}

function subnav(active) {
  return el('nav', { class: 'subnav', 'aria-label': 'Corpus' }, [['documents', 'Documents'], ['events', 'Events'], ['actors', 'Actors']]
    .map(([key, label]) => el('a', { href: `#/corpus/${key}`, class: key === active ? 'active' : '' }, label)));
}

/** A filter form + a paged table, re-fetched on submit and on page change. */
function pagedList(view, { title, active, fields, url, columns, onRow, csvName }) {
  const inputs = fields.map(f => el('input', { type: f.type ?? 'search', id: `c-${f.key}`, name: f.key, placeholder: f.placeholder ?? '' }));
  const status = el('p', { class: 'count', id: 'corpus-count' });
  const body = el('tbody', {});
  const prev = el('button', { type: 'button', id: 'corpus-prev' }, '← Previous');
  const next = el('button', { type: 'button', id: 'corpus-next' }, 'Next →');
  const csv = csvName ? el('button', { type: 'button', id: 'corpus-csv' }, 'Download page as CSV') : null;
  let offset = 0, items = [];

  async function load() {
    const query = new URLSearchParams({ limit: PAGE, offset });
    fields.forEach((f, i) => { if (inputs[i].value.trim()) query.set(f.key, inputs[i].value.trim()); });
    clear(body);
    try {
      const page = await getJson(`${url}?${query}`);
      items = page.items;
      for (const item of items) body.appendChild(el('tr', {}, columns.map(c => el('td', { class: `col-${c.key}` }, c.cell ? c.cell(item) : (item[c.key] ?? '')))));
      status.textContent = items.length ? `${offset + 1}–${offset + items.length}${page.next_offset === null ? '' : ' of more'}` : 'Nothing matches.';
      prev.disabled = offset === 0;
      next.disabled = page.next_offset === null;
      next.onclick = () => { offset = page.next_offset; load(); };
    } catch (err) {
      status.textContent = `Could not load: ${err.message}`;
    }
  }
  prev.addEventListener('click', () => { offset = Math.max(0, offset - PAGE); load(); });
  if (csv) {
    csv.addEventListener('click', () => download(csvName, toCsv(columns.map(c => c.key), items.map(i => columns.map(c => i[c.key])))));
  }

  clear(view).append(el('h1', {}, title), subnav(active),
    el('form', { class: 'filters', on: { submit: e => { e.preventDefault(); offset = 0; load(); } } },
      fields.map((f, i) => el('label', {}, `${f.label} `, inputs[i])),
      el('button', { type: 'submit' }, 'Search'), csv),
    status,
    el('div', { class: 'table-wrap' }, el('table', { class: 'grid', id: 'corpus-table' },
      el('thead', {}, el('tr', {}, columns.map(c => el('th', { scope: 'col' }, c.label)))), body)),
    el('div', { class: 'pager' }, prev, next));
  if (onRow) body.addEventListener('click', onRow);
  load();
}

async function openDocument(key) {
  const record = await getJson(`/api/documents/${encodeURIComponent(key)}`);
  setCurrent(record);
  window.location.hash = '#/doc';
}

export function renderCorpus(view, health, sub, arg) {
  if (!health || !health.store) {
    clear(view).append(el('h1', {}, 'Corpus'), note('This server has no corpus database. Start it with dossier serve --db <file>.', 'note'));
    return;
  }
  if (sub === 'events') return corpusEvents(view);
  if (sub === 'actors') return corpusActors(view);
  if (sub === 'actor') return corpusActor(view, arg);
  return corpusDocuments(view);
}

function corpusDocuments(view) {
  pagedList(view, {
    title: 'Corpus', active: 'documents', url: '/api/documents',
    fields: [{ key: 'q', label: 'Text' }, { key: 'from', label: 'From', type: 'date' }, { key: 'to', label: 'To', type: 'date' }],
    columns: [
      { key: 'date', label: 'Date' },
      { key: 'title', label: 'Title', cell: d => (d.status === 'ok'
        ? el('button', { type: 'button', class: 'linkish', dataset: { key: d.key } }, d.title || d.id)
        : el('span', {}, d.title || d.id)) },
      { key: 'status', label: 'Status', cell: d => (d.failure_reason ? `${d.status}: ${d.failure_reason}` : d.status) },
      { key: 'story_id', label: 'Story' },
      { key: 'text_length', label: 'Characters' },
    ],
    onRow: e => { const b = e.target.closest('button[data-key]'); if (b) openDocument(b.dataset.key); },
  });
}

function corpusEvents(view) {
  pagedList(view, {
    title: 'Corpus events', active: 'events', url: '/api/events', csvName: 'events.csv',
    fields: [{ key: 'actor', label: 'Actor' }, { key: 'type', label: 'Type' }, { key: 'country', label: 'Country' },
      { key: 'from', label: 'From', type: 'date' }, { key: 'to', label: 'To', type: 'date' }, { key: 'q', label: 'Text' }],
    columns: [
      { key: 'date', label: 'Date' }, { key: 'type', label: 'Type' }, { key: 'cameo', label: 'CAMEO' },
      { key: 'source_name', label: 'Source' }, { key: 'target_name', label: 'Target' }, { key: 'location', label: 'Location' },
      { key: 'modality', label: 'Modality' }, { key: 'negated', label: 'Negated', cell: e => (e.negated ? 'yes' : 'no') },
      { key: 'evidence', label: 'Evidence', cell: e => evidence(e.evidence) },
      { key: 'document_id', label: 'Document', cell: e => el('button', { type: 'button', class: 'linkish', dataset: { key: e.doc_key } }, e.document_id) },
    ],
    onRow: e => { const b = e.target.closest('button[data-key]'); if (b) openDocument(b.dataset.key); },
  });
}

function corpusActors(view) {
  pagedList(view, {
    title: 'Corpus actors', active: 'actors', url: '/api/actors',
    fields: [{ key: 'q', label: 'Name' }, { key: 'type', label: 'Type' }],
    columns: [
      { key: 'name', label: 'Name', cell: a => el('a', { href: `#/corpus/actor/${encodeURIComponent(a.id)}` }, a.name) },
      { key: 'type', label: 'Type' }, { key: 'country', label: 'Country' }, { key: 'code', label: 'Code' },
      { key: 'documents', label: 'Documents' }, { key: 'mentions', label: 'Mentions' }, { key: 'events', label: 'Events' },
    ],
  });
}

async function corpusActor(view, id) {
  clear(view).append(el('h1', {}, 'Actor'), subnav('actors'));
  let detail;
  try {
    detail = await getJson(`/api/actors/${encodeURIComponent(id)}`);
  } catch (err) {
    view.appendChild(note(err.message, 'error'));
    return;
  }
  const a = detail.actor;
  // Counterparts are known by name only (their type is not in the event rows), so they are not links.
  const nodes = list => list.map(c => ({
    key: c.name, name: c.name, href: null,
    label: c.types.map(t => (t.events > 1 ? `${t.type} ×${t.events}` : t.type)).join(', '),
  }));
  view.firstChild.textContent = a.name;
  view.firstChild.id = 'actor-name';
  view.append(
    el('p', { class: 'meta' }, el('span', { class: 'badge' }, a.type), ` · in ${a.documents} documents · ${a.mentions} mentions · ${a.events} events`,
      a.country ? ` · ${a.country}` : '', a.code ? ` · ${a.code}` : ''),
    (a.names || []).length > 1 ? el('p', { class: 'meta', id: 'actor-names' }, `Merged from: ${a.names.join('; ')}`) : '',
    el('h2', {}, 'Events per day'),
    detail.timeline.length ? dayBars('corpus-timeline', detail.timeline) : note('No dated events.', 'note empty-layer'),
    el('h2', {}, 'Acts on / acted on by'),
    actorGraph('corpus-graph', { name: a.name }, nodes(detail.acts_on), nodes(detail.acted_on_by)),
    el('h2', {}, `Events${detail.events_truncated ? ' (first ones only)' : ''}`),
    detail.events.length ? el('table', { class: 'grid', id: 'corpus-actor-events' },
      el('thead', {}, el('tr', {}, ['Date', 'Role', 'Type', 'Source', 'Target', 'Evidence'].map(h => el('th', {}, h)))),
      el('tbody', {}, detail.events.map(({ role, event: e }) => el('tr', {},
        el('td', {}, e.date ?? ''), el('td', {}, role), el('td', {}, e.type), el('td', {}, e.source_name ?? ''),
        el('td', {}, e.target_name ?? ''), el('td', {}, evidence(e.evidence)))))) : note('No events.', 'note empty-layer'));
}
