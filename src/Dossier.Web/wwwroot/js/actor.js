// Actor list and actor page: roles and attributes, a timeline of the actor's events and a graph of who it
// acts on and who acts on it, both drawn as inline SVG.

import { el, clear, note } from './dom.js';
import { actorGraph, eventTimeline } from './charts.js';
import { actorName, compareValues, entityIndex, eventDate, eventsOf, produced, slice } from './model.js';
import { actorLink } from './record.js';

export function renderActors(view, record) {
  clear(view).appendChild(el('h1', {}, 'Actors'));
  if (!produced(record, { layer: 'actors' })) {
    view.appendChild(note('The pipeline does not produce the actors layer yet, so there are no actors to list.', 'note empty-layer'));
    return;
  }
  const entities = [...(record.entities || [])].sort((a, b) => compareValues(a.name, b.name) || compareValues(a.id, b.id));
  if (!entities.length) {
    view.appendChild(note('No actors were found in this document.', 'note empty-layer'));
    return;
  }
  view.appendChild(el('table', { id: 'actors-table', class: 'grid' },
    el('thead', {}, el('tr', {}, ['Name', 'Type', 'Mentions', 'Events'].map(h => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, entities.map(e => el('tr', { dataset: { id: e.id } },
      el('td', {}, actorLink(record, e.id)), el('td', {}, e.type), el('td', {}, String(e.mentions.length)),
      el('td', {}, String(eventsOf(record, e.id).length)))))));
}

export function renderActor(view, record, id) {
  clear(view);
  const entity = entityIndex(record).get(id);
  if (!entity) {
    view.append(el('h1', {}, 'Actor not found'), note(`This document has no actor with id ${id}.`, 'error'));
    return;
  }
  const involved = eventsOf(record, id);
  const asSource = involved.filter(x => x.roles.includes('source')).length;
  const asTarget = involved.filter(x => x.roles.includes('target')).length;
  view.append(
    el('h1', { id: 'actor-name' }, entity.name),
    el('p', { class: 'meta' }, el('span', { class: 'badge' }, entity.type), ` · id `, el('code', {}, entity.id),
      ` · ${entity.mentions.length} mentions · source of ${asSource} events · target of ${asTarget}`),
    el('section', { class: 'two-col' },
      el('div', {}, el('h2', {}, 'Attributes'), attributesTable(entity)),
      el('div', {}, el('h2', {}, 'Mentions'), el('ul', { class: 'mentions' }, entity.mentions.map(m =>
        el('li', {}, el('q', {}, m.text), ` ${m.kind} · ${m.start}–${m.end} · ${m.rule}`))))),
    el('h2', {}, 'Timeline'), timeline(record, involved),
    el('h2', {}, 'Acts on / acted on by'), graph(record, entity, involved),
    el('h2', {}, 'Events'), eventList(record, involved));
}

function attributesTable(entity) {
  const keys = Object.keys(entity.attributes || {}).sort();
  if (!keys.length) return note('No attributes recorded.');
  return el('table', { class: 'grid', id: 'actor-attributes' },
    el('thead', {}, el('tr', {}, ['Attribute', 'Value', 'Status', 'Qualifier', 'Rule', 'Offsets'].map(h => el('th', {}, h)))),
    el('tbody', {}, keys.flatMap(k => entity.attributes[k].map(a => el('tr', {},
      el('td', {}, k), el('td', {}, a.value), el('td', {}, a.status ?? '—'), el('td', {}, a.qualifier ?? '—'),
      el('td', {}, a.rule), el('td', {}, a.start === null ? '—' : `${a.start}–${a.end}`))))));
}

function eventList(record, involved) {
  if (!involved.length) return note(produced(record, { layer: 'events' }) ? 'No events involve this actor.' : 'The pipeline does not produce the events layer yet.', 'note empty-layer');
  return el('ul', { class: 'event-list' }, involved.map(({ event, roles }) => el('li', {},
    el('b', {}, event.type), ` (${roles.join(', ')}) `, eventDate(record, event) ?? 'undated', ' — ',
    el('q', {}, slice(record, event.evidence.start, event.evidence.end)))));
}

/** The actor's dated events on a date axis; undated events are counted, not placed. */
function timeline(record, involved) {
  const dated = involved.map(x => ({ ...x, date: eventDate(record, x.event) })).filter(x => x.date);
  if (!dated.length) {
    return note(involved.length ? 'None of these events has a date.' : 'No events to place on a timeline.', 'note empty-layer');
  }
  return el('figure', { class: 'chart-figure' },
    eventTimeline('actor-timeline', dated.map(d => ({
      date: d.date,
      role: d.roles.includes('source') ? 'source' : d.roles.includes('target') ? 'target' : 'other',
      label: d.event.type,
      title: `${d.date} · ${d.event.type} (${d.roles.join(', ')}): ${slice(record, d.event.evidence.start, d.event.evidence.end)}`,
    }))),
    el('figcaption', { class: 'meta' }, `${dated.length} dated of ${involved.length} events`));
}

/** Actors this one acts on (right) and that act on it (left), with the event types on each edge. */
function graph(record, entity, involved) {
  const out = new Map(), inn = new Map();
  for (const { event } of involved) {
    if (event.source === entity.id && event.target && event.target !== entity.id) add(out, event.target, event.type);
    if (event.target === entity.id && event.source && event.source !== entity.id) add(inn, event.source, event.type);
  }
  const nodes = map => [...map.entries()].map(([id, types]) => ({
    key: id, name: actorName(record, id), label: summary(types), href: `#/actor/${encodeURIComponent(id)}`,
  }));
  return actorGraph('actor-graph', { name: entity.name, href: `#/actor/${encodeURIComponent(entity.id)}` }, nodes(out), nodes(inn));
}

function add(map, id, type) {
  if (!map.has(id)) map.set(id, new Map());
  const types = map.get(id);
  types.set(type, (types.get(type) ?? 0) + 1);
}

function summary(types) {
  return [...types.entries()].sort((a, b) => compareValues(a[0], b[0])).map(([t, n]) => (n > 1 ? `${t} ×${n}` : t)).join(', ');
}
