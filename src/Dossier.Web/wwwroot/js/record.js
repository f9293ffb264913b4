// The side panel: one annotation's full record with its provenance (rule, source, certainty, offsets).

import { el, range } from './dom.js';
import { actorName, entityIndex, slice } from './model.js';

const TITLES = {
  sentences: 'Sentence', entities: 'Entity', events: 'Event', quotes: 'Quote', figures: 'Figure', timexes: 'Time expression',
};

/** A card describing annotation `a` of `record`. */
export function recordCard(record, a) {
  const rows = fields(record, a);
  return el('article', { class: `card card-${a.key}`, dataset: { key: a.key, id: a.id } },
    el('h3', {}, `${TITLES[a.key]} `, el('code', {}, a.id)),
    el('dl', {}, rows.flatMap(([name, value]) => [el('dt', {}, name), el('dd', {}, value)])),
    el('blockquote', { class: 'evidence' }, slice(record, a.start, a.end)));
}

function fields(record, a) {
  const item = a.item;
  const who = id => (id ? actorLink(record, id) : '—');
  const text = v => (v === null || v === undefined || v === '' ? '—' : String(v));
  // A date or place the sentence does not state is shown as the document's, never passed off as stated.
  const basis = (value, how, what) => (how === 'document' ? el('span', {}, value, ` (${what})`) : value);
  switch (a.key) {
    case 'sentences':
      return [['Number', String(a.index + 1)], ['Offsets', range(a.start, a.end)]];
    case 'entities':
      return [
        ['Name', item.name], ['Type', item.type], ['Mention', a.mention.text], ['Mention kind', a.mention.kind],
        ['Rule', a.mention.rule], ['Offsets', range(a.start, a.end)], ['Mentions', String(item.mentions.length)],
        ['Attributes', attributeList(item.attributes)],
        ['Actor page', el('a', { href: `#/actor/${encodeURIComponent(item.id)}` }, 'open')],
      ];
    case 'events':
      return [
        ['Type', text(item.type)], ['Mode', text(item.mode)], ['CAMEO', text(item.cameo)],
        ['Source', who(item.source)], ['Target', who(item.target)],
        ['Location', basis(who(item.location), item.location_basis, 'the document\'s focus country')],
        ['Date', basis(text(item.date), item.date_basis, 'the document date')], ['Modality', text(item.modality)],
        ['Negated', item.negated ? 'yes' : 'no'],
        ['Reported by', item.attributed_to ? who(item.attributed_to) : text(item.attributed_text)], ['Rule', text(item.rule)],
        ['Evidence', range(a.start, a.end)],
      ];
    case 'quotes':
      return [
        ['Speaker', who(item.speaker)], ['Cue', text(item.cue)], ['Direct', item.direct ? 'yes' : 'no'],
        ['Channel', text(item.channel)], ['Rule', text(item.rule)], ['Offsets', range(a.start, a.end)],
      ];
    case 'figures':
      return [
        ['Kind', text(item.kind)], ['Value', figureValue(item)], ['Qualifier', text(item.qualifier)],
        ['Subject', text(item.subject)], ['Source', who(item.attributed_to)], ['Status', text(item.status)],
        ['Rule', text(item.rule)], ['Evidence', range(a.start, a.end)],
      ];
    case 'timexes':
      return [
        ['Type', text(item.type)], ['Value', text(item.value)], ['Rule', text(item.rule)], ['Offsets', range(a.start, a.end)],
      ];
    default:
      return [];
  }
}

export function figureValue(f) {
  return f.value_max !== null && f.value_max !== undefined ? `${f.value}–${f.value_max}` : String(f.value);
}

/** A link to the actor's page when the id names an entity of the record; otherwise the value as text. */
export function actorLink(record, id) {
  if (!entityIndex(record).has(id)) return document.createTextNode(String(id));
  return el('a', { href: `#/actor/${encodeURIComponent(id)}`, class: 'actor-link' }, actorName(record, id));
}

function attributeList(attributes) {
  const keys = Object.keys(attributes || {}).sort();
  if (!keys.length) return '—';
  return el('ul', { class: 'plain' }, keys.flatMap(k => attributes[k].map(v =>
    el('li', {}, el('b', {}, k), ': ', v.value, v.status ? ` (${v.status})` : '', ` · ${v.rule}`))));
}
