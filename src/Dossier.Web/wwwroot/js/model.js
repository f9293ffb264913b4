// Views over one dossier/1 record (docs/schema/dossier-1.schema.json). Everything here reads the record as
// the pipeline produced it: a layer the pipeline does not produce yet is reported as such, never filled in.

/** The highlightable layers: key = array in the record, layer = name in record.layers that produces it. */
export const LAYERS = [
  { key: 'sentences', layer: 'sentences', label: 'Sentences' },
  { key: 'entities', layer: 'actors', label: 'Entities' },
  { key: 'events', layer: 'events', label: 'Events' },
  { key: 'quotes', layer: 'quotes', label: 'Quotes' },
  { key: 'figures', layer: 'figures', label: 'Figures' },
  { key: 'timexes', layer: 'timexes', label: 'Time expressions' },
];

export function produced(record, spec) {
  return Array.isArray(record.layers) && record.layers.includes(spec.layer);
}

/** Every highlightable annotation: {key, start, end, id, item, mention?, index?}, in document order. */
export function annotations(record) {
  const out = [];
  (record.sentences || []).forEach((s, index) => out.push({ key: 'sentences', start: s.start, end: s.end, id: `s${index + 1}`, item: s, index }));
  for (const entity of record.entities || []) {
    for (const mention of entity.mentions || []) {
      out.push({ key: 'entities', start: mention.start, end: mention.end, id: entity.id, item: entity, mention });
    }
  }
  for (const e of record.events || []) out.push({ key: 'events', start: e.evidence.start, end: e.evidence.end, id: e.id, item: e });
  for (const q of record.quotes || []) out.push({ key: 'quotes', start: q.start, end: q.end, id: q.id, item: q });
  for (const f of record.figures || []) out.push({ key: 'figures', start: f.evidence.start, end: f.evidence.end, id: f.id, item: f });
  for (const t of record.timexes || []) out.push({ key: 'timexes', start: t.start, end: t.end, id: t.id, item: t });
  const length = record.document.text.length;
  return out
    .filter(a => Number.isInteger(a.start) && Number.isInteger(a.end) && a.start >= 0 && a.start < a.end && a.end <= length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
}

const indexes = new WeakMap();

/** Actor id → entity (built once per record). */
export function entityIndex(record) {
  let map = indexes.get(record);
  if (!map) {
    map = new Map();
    for (const e of record.entities || []) map.set(e.id, e);
    indexes.set(record, map);
  }
  return map;
}

/** The display name of an actor id (the id itself when the record has no such entity). */
export function actorName(record, id) {
  if (id === null || id === undefined) return '';
  const entity = entityIndex(record).get(id);
  return entity ? entity.name : id;
}

/** The text of a range of the document. */
export function slice(record, start, end) {
  return record.document.text.slice(start, end);
}

/** Events an actor takes part in, with its role(s) in each. */
export function eventsOf(record, actorId) {
  const out = [];
  for (const e of record.events || []) {
    const roles = [];
    if (e.source === actorId) roles.push('source');
    if (e.target === actorId) roles.push('target');
    if (e.attributed_to === actorId) roles.push('reported by');
    if (roles.length) out.push({ event: e, roles });
  }
  return out;
}

/** The date an event is placed at: its own, else the document's; null when neither is known. */
export function eventDate(record, e) {
  const value = e.date && /^\d{4}-\d{2}-\d{2}/.test(e.date) ? e.date.slice(0, 10) : record.document.date;
  return value || null;
}

/** Figures grouped by kind, then by subject, each with one column per source. */
export function claimsByKind(record) {
  const kinds = new Map();
  for (const f of record.figures || []) {
    if (!kinds.has(f.kind)) kinds.set(f.kind, new Map());
    const subjects = kinds.get(f.kind);
    const subject = f.subject ?? '';
    if (!subjects.has(subject)) subjects.set(subject, []);
    subjects.get(subject).push(f);
  }
  return kinds;
}

/** The interval a figure claims: exact = [v, v]; at least = [v, ∞); up to = (−∞, v]; ranges as given. */
export function interval(f) {
  const v = f.value;
  switch (f.qualifier) {
    case 'at_least': return [v, Infinity];
    case 'more_than': return [v + Number.EPSILON, Infinity];
    case 'less_than': return [-Infinity, v - Number.EPSILON];
    case 'up_to': return [-Infinity, v];
    case 'range': return [v, f.value_max ?? v];
    case 'about': return [v * 0.9, v * 1.1];
    case 'vague': return [-Infinity, Infinity];
    default: return [v, v];
  }
}

/** Two figures conflict when the intervals they claim cannot both be true. */
export function conflicts(a, b) {
  const [a0, a1] = interval(a);
  const [b0, b1] = interval(b);
  return a1 < b0 || b1 < a0;
}

/** Compares two cell values for sorting: numbers numerically, everything else as ordinal-ish text. */
export function compareValues(a, b) {
  if (a === b) return 0;
  if (a === null || a === undefined || a === '') return 1;
  if (b === null || b === undefined || b === '') return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const x = String(a), y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
