// Actor list and actor page: roles and attributes, a timeline of the actor's events and a graph of who it
// acts on and who acts on it, both drawn as inline SVG.

import { el, svg, clear, note } from './dom.js';
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

const DAY = 86400000;

/** Events on a date axis; events on the same day stack upwards. Undated events are counted, not placed. */
function timeline(record, involved) {
  const dated = involved.map(x => ({ ...x, date: eventDate(record, x.event) })).filter(x => x.date);
  if (!dated.length) {
    return note(involved.length ? 'None of these events has a date.' : 'No events to place on a timeline.', 'note empty-layer');
  }
  const times = dated.map(x => Date.parse(`${x.date}T00:00:00Z`));
  let lo = Math.min(...times), hi = Math.max(...times);
  if (lo === hi) { lo -= DAY; hi += DAY; }
  const width = 760, height = 180, left = 40, right = 40, axis = 140;
  const x = t => left + ((t - lo) / (hi - lo)) * (width - left - right);
  const stack = new Map();
  const dots = dated.map((d, i) => {
    const t = times[i];
    const level = stack.get(t) ?? 0;
    stack.set(t, level + 1);
    const role = d.roles.includes('source') ? 'source' : d.roles.includes('target') ? 'target' : 'other';
    return svg('circle', { cx: x(t), cy: axis - 14 - level * 16, r: 6, class: `dot dot-${role}` },
      svg('title', {}, `${d.date} · ${d.event.type} (${d.roles.join(', ')}): ${slice(record, d.event.evidence.start, d.event.evidence.end)}`));
  });
  const fmt = t => new Date(t).toISOString().slice(0, 10);
  return svg('svg', { id: 'actor-timeline', class: 'chart', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': 'Timeline of the actor\'s events' },
    svg('line', { x1: left, y1: axis, x2: width - right, y2: axis, class: 'axis' }),
    svg('text', { x: left, y: axis + 22, class: 'tick', 'text-anchor': 'start' }, fmt(lo)),
    svg('text', { x: width - right, y: axis + 22, class: 'tick', 'text-anchor': 'end' }, fmt(hi)),
    dots,
    svg('text', { x: left, y: 16, class: 'tick' }, `${dated.length} dated of ${involved.length} events · ● as source ● as target`));
}

/** The actor in the middle; actors it acts on to the right, actors acting on it to the left. */
function graph(record, entity, involved) {
  const out = new Map(), inn = new Map();
  for (const { event } of involved) {
    if (event.source === entity.id && event.target && event.target !== entity.id) add(out, event.target, event.type);
    if (event.target === entity.id && event.source && event.source !== entity.id) add(inn, event.source, event.type);
  }
  if (!out.size && !inn.size) return note('No events link this actor to another actor.', 'note empty-layer');
  const rows = Math.max(out.size, inn.size, 1);
  const width = 760, height = Math.max(160, rows * 56 + 40), cx = width / 2, cy = height / 2;
  const nodes = [];
  const edges = [];
  const place = (map, side) => {
    [...map.entries()].sort((a, b) => compareValues(actorName(record, a[0]), actorName(record, b[0]))).forEach(([id, types], i) => {
      const y = (height / (map.size + 1)) * (i + 1);
      const x = side > 0 ? width - 110 : 110;
      const [x1, x2] = side > 0 ? [cx + 70, x - 70] : [x + 70, cx - 70];
      edges.push(svg('line', { x1, y1: side > 0 ? cy : y, x2, y2: side > 0 ? y : cy, class: `edge edge-${side > 0 ? 'out' : 'in'}`, 'marker-end': 'url(#arrow)' }));
      edges.push(svg('text', { x: (x1 + x2) / 2, y: (cy + y) / 2 - 6, class: 'edge-label', 'text-anchor': 'middle' }, summary(types)));
      nodes.push(node(record, id, x, y, 'other'));
    });
  };
  place(out, 1);
  place(inn, -1);
  return svg('svg', { id: 'actor-graph', class: 'chart', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': 'Actors this actor acts on and is acted on by' },
    svg('defs', {}, svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 8, markerHeight: 8, orient: 'auto-start-reverse' },
      svg('path', { d: 'M 0 0 L 10 5 L 0 10 z', class: 'arrow' }))),
    edges, nodes, node(record, entity.id, cx, cy, 'self'));
}

function add(map, id, type) {
  if (!map.has(id)) map.set(id, new Map());
  const types = map.get(id);
  types.set(type, (types.get(type) ?? 0) + 1);
}

function summary(types) {
  return [...types.entries()].sort((a, b) => compareValues(a[0], b[0])).map(([t, n]) => (n > 1 ? `${t} ×${n}` : t)).join(', ');
}

function node(record, id, x, y, kind) {
  const name = actorName(record, id);
  const label = name.length > 22 ? `${name.slice(0, 21)}…` : name;
  const link = svg('a', { href: `#/actor/${encodeURIComponent(id)}`, class: `node node-${kind}` },
    svg('rect', { x: x - 70, y: y - 16, width: 140, height: 32, rx: 8 }),
    svg('text', { x, y: y + 5, 'text-anchor': 'middle' }, label),
    svg('title', {}, name));
  return link;
}
