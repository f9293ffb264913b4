// Events table: filter, sort by any column, download what is shown as CSV.

import { el, clear, note } from './dom.js';
import { actorName, compareValues, eventDate, produced, slice } from './model.js';
import { actorLink } from './record.js';
import { toCsv, download } from './csv.js';

const COLUMNS = [
  { key: 'id', label: 'Id' },
  { key: 'date', label: 'Date' },
  { key: 'type', label: 'Type' },
  { key: 'cameo', label: 'CAMEO' },
  { key: 'source', label: 'Source', actor: true },
  { key: 'target', label: 'Target', actor: true },
  { key: 'location', label: 'Location', actor: true },
  { key: 'modality', label: 'Modality' },
  { key: 'negated', label: 'Negated' },
  { key: 'attributed_to', label: 'Reported by', actor: true },
  { key: 'evidence', label: 'Evidence' },
  { key: 'rule', label: 'Rule' },
];

function rowOf(record, e) {
  return {
    id: e.id, date: eventDate(record, e), type: e.type, cameo: e.cameo, source: e.source, target: e.target,
    location: e.location, modality: e.modality, negated: e.negated ? 'yes' : 'no', attributed_to: e.attributed_to,
    evidence: slice(record, e.evidence.start, e.evidence.end), rule: e.rule, event: e,
  };
}

export function renderEvents(view, record) {
  clear(view);
  view.appendChild(el('h1', {}, 'Events'));
  if (!produced(record, { layer: 'events' })) {
    view.appendChild(note('The pipeline does not produce the events layer yet, so there are no events to list.', 'note empty-layer'));
    return;
  }
  const rows = (record.events || []).map(e => rowOf(record, e));
  if (!rows.length) {
    view.appendChild(note('No events were found in this document.', 'note empty-layer'));
    return;
  }

  const state = { sort: 'date', dir: 1, q: '', type: '', actor: '', modality: '', negated: true };
  const distinct = key => [...new Set(rows.map(r => r[key]).filter(v => v))].sort();
  const actors = [...new Set(rows.flatMap(r => [r.source, r.target]).filter(v => v))]
    .sort((a, b) => compareValues(actorName(record, a), actorName(record, b)));
  const select = (id, label, values, show, key) => el('label', {}, `${label} `, el('select', {
    id, on: { change: e => { state[key] = e.target.value; draw(); } },
  }, el('option', { value: '' }, 'all'), values.map(v => el('option', { value: v }, show(v)))));

  const filters = el('form', { class: 'filters', on: { submit: e => e.preventDefault() } },
    el('label', {}, 'Search ', el('input', { type: 'search', id: 'event-q', on: { input: e => { state.q = e.target.value.toLowerCase(); draw(); } } })),
    select('event-type', 'Type', distinct('type'), v => v, 'type'),
    select('event-actor', 'Actor', actors, v => actorName(record, v), 'actor'),
    select('event-modality', 'Modality', distinct('modality'), v => v, 'modality'),
    el('label', {}, el('input', { type: 'checkbox', id: 'event-negated', checked: true, on: { change: e => { state.negated = e.target.checked; draw(); } } }), ' include negated'),
    el('button', { type: 'button', id: 'event-csv', on: { click: () => exportCsv(record, visible()) } }, 'Download CSV'));

  const head = el('tr', {}, COLUMNS.map(c => el('th', { scope: 'col' }, el('button', {
    type: 'button', class: 'sort', dataset: { key: c.key },
    on: { click: () => { state.dir = state.sort === c.key ? -state.dir : 1; state.sort = c.key; draw(); } },
  }, c.label))));
  const body = el('tbody', {});
  const count = el('p', { class: 'count', id: 'event-count' });
  view.append(filters, count, el('div', { class: 'table-wrap' }, el('table', { id: 'events-table', class: 'grid' }, el('thead', {}, head), body)));

  function visible() {
    return rows.filter(r =>
      (!state.type || r.type === state.type)
      && (!state.modality || r.modality === state.modality)
      && (!state.actor || r.source === state.actor || r.target === state.actor)
      && (state.negated || r.negated === 'no')
      && (!state.q || [r.type, r.evidence, actorName(record, r.source), actorName(record, r.target), r.location]
        .some(v => v && String(v).toLowerCase().includes(state.q))))
      .sort((a, b) => state.dir * compareValues(sortKey(record, a, state.sort), sortKey(record, b, state.sort)) || compareValues(a.id, b.id));
  }

  function draw() {
    const list = visible();
    clear(body);
    for (const r of list) {
      body.appendChild(el('tr', { dataset: { id: r.id } }, COLUMNS.map(c => el('td', { class: `col-${c.key}` },
        c.actor && r[c.key] ? actorLink(record, r[c.key]) : (r[c.key] ?? '')))));
    }
    count.textContent = `${list.length} of ${rows.length} events`;
    for (const th of head.querySelectorAll('button.sort')) {
      th.setAttribute('aria-sort', th.dataset.key === state.sort ? (state.dir > 0 ? 'ascending' : 'descending') : 'none');
    }
  }
  draw();
}

function sortKey(record, row, key) {
  const c = COLUMNS.find(x => x.key === key);
  return c && c.actor ? actorName(record, row[key]) : row[key];
}

function exportCsv(record, rows) {
  const header = COLUMNS.map(c => c.key).concat(['evidence_start', 'evidence_end', 'document_id']);
  const data = rows.map(r => COLUMNS.map(c => (c.actor ? actorName(record, r[c.key]) : r[c.key]))
    .concat([r.event.evidence.start, r.event.evidence.end, record.document.id]));
  download(`${record.document.id}-events.csv`, toCsv(header, data));
}
