// Claims view: figures of each kind with their sources side by side; figures about the same subject that
// cannot all be true are marked as conflicts. Quotes follow, grouped by speaker.

import { el, clear, note } from './dom.js';
import { actorName, claimsByKind, compareValues, conflicts, produced, slice } from './model.js';
import { figureValue } from './record.js';

const QUALIFIER_WORDS = {
  exact: '', about: 'about ', at_least: 'at least ', more_than: 'more than ', less_than: 'less than ',
  up_to: 'up to ', range: '', vague: 'some ',
};

export function renderClaims(view, record) {
  clear(view).appendChild(el('h1', {}, 'Claims'));
  view.appendChild(el('h2', {}, 'Figures'));
  if (!produced(record, { layer: 'figures' })) {
    view.appendChild(note('The pipeline does not produce the figures layer yet.', 'note empty-layer'));
  } else if (!(record.figures || []).length) {
    view.appendChild(note('No figures were found in this document.', 'note empty-layer'));
  } else {
    const kinds = claimsByKind(record);
    for (const kind of [...kinds.keys()].sort()) view.appendChild(kindTable(record, kind, kinds.get(kind)));
  }

  view.appendChild(el('h2', {}, 'Quotes'));
  if (!produced(record, { layer: 'quotes' })) {
    view.appendChild(note('The pipeline does not produce the quotes layer yet.', 'note empty-layer'));
  } else if (!(record.quotes || []).length) {
    view.appendChild(note('No quotes were found in this document.', 'note empty-layer'));
  } else {
    view.appendChild(quoteList(record));
  }
}

function sourceOf(record, f) {
  return f.attributed_to ? actorName(record, f.attributed_to) : 'unattributed';
}

function kindTable(record, kind, subjects) {
  const sources = [...new Set([...subjects.values()].flat().map(f => sourceOf(record, f)))].sort(compareValues);
  const rows = [...subjects.keys()].sort(compareValues).map(subject => {
    const figures = subjects.get(subject);
    // For each figure, the sources whose figures it cannot agree with.
    const clash = new Map();
    const mark = (a, b) => {
      if (!clash.has(a.id)) clash.set(a.id, new Set());
      clash.get(a.id).add(sourceOf(record, b));
    };
    for (let i = 0; i < figures.length; i++) {
      for (let j = i + 1; j < figures.length; j++) {
        if (conflicts(figures[i], figures[j])) { mark(figures[i], figures[j]); mark(figures[j], figures[i]); }
      }
    }
    return el('tr', { class: clash.size ? 'conflict' : '', dataset: { subject } },
      el('th', { scope: 'row' }, subject ? actorName(record, subject) : '(no subject)', clash.size ? el('span', { class: 'flag' }, ' conflict') : null),
      sources.map(source => el('td', {}, figures.filter(f => sourceOf(record, f) === source).map(f =>
        el('div', { class: `claim${clash.has(f.id) ? ' clash' : ''}`, dataset: { id: f.id }, title: `${f.rule} · ${f.status} · ${f.evidence.start}–${f.evidence.end}` },
          `${QUALIFIER_WORDS[f.qualifier] ?? ''}${figureValue(f)}`, el('small', {}, ` ${f.status}`),
          clash.has(f.id) ? el('div', { class: 'clash-with' }, `≠ ${[...clash.get(f.id)].sort(compareValues).join(', ')}`) : null,
          el('q', { class: 'claim-evidence' }, slice(record, f.evidence.start, f.evidence.end)))))));
  });
  return el('section', { class: 'claims-kind', dataset: { kind } },
    el('h3', {}, kind),
    el('table', { class: 'grid claims' },
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Subject'), sources.map(s => el('th', { scope: 'col' }, s)))),
      el('tbody', {}, rows)));
}

function quoteList(record) {
  const bySpeaker = new Map();
  for (const q of record.quotes) {
    const who = q.speaker ? actorName(record, q.speaker) : 'unknown speaker';
    if (!bySpeaker.has(who)) bySpeaker.set(who, []);
    bySpeaker.get(who).push(q);
  }
  return el('dl', { class: 'quotes' }, [...bySpeaker.keys()].sort(compareValues).flatMap(who => [
    el('dt', {}, who),
    bySpeaker.get(who).map(q => el('dd', {}, el('q', {}, q.text), ` ${q.direct ? 'direct' : 'reported'}${q.cue ? ` · ${q.cue}` : ''}${q.channel ? ` · ${q.channel}` : ''} · ${q.rule}`)),
  ]));
}
