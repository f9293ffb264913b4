// Document view: the article text with every annotation layer highlighted in its own style, a legend that
// says which layers the pipeline produced, and a side panel showing the record under the pointer.

import { el, clear, note, safeHref } from './dom.js';
import { LAYERS, annotations, produced } from './model.js';
import { recordCard } from './record.js';

export function renderDocument(view, record) {
  const all = annotations(record);
  const shown = new Set(LAYERS.map(l => l.key));
  const panel = el('aside', { id: 'panel', class: 'panel', 'aria-live': 'polite' },
    note('Point at or select a highlight to see its record and provenance.'));
  const text = el('div', { id: 'doc-text', class: 'doc-text', tabindex: '0' });
  let pinned = null;

  const show = (segment, pin) => {
    if (pinned && !pin) return;
    const covering = coveringOf(all, segment, shown);
    clear(panel);
    if (!covering.length) {
      panel.appendChild(note('No annotation here.'));
      return;
    }
    // Innermost (shortest) annotation first: that is what the pointer is most likely aimed at.
    covering.sort((a, b) => (a.end - a.start) - (b.end - b.start));
    for (const a of covering) panel.appendChild(recordCard(record, a));
  };

  const draw = () => {
    clear(text);
    drawText(text, record, all.filter(a => shown.has(a.key)));
  };

  text.addEventListener('mouseover', e => {
    const seg = e.target.closest('.seg');
    if (seg) show(seg, false);
  });
  text.addEventListener('click', e => {
    const seg = e.target.closest('.seg');
    if (!seg) return;
    if (pinned) pinned.classList.remove('pinned');
    pinned = pinned === seg ? null : seg;
    if (pinned) {
      pinned.classList.add('pinned');
      show(seg, true);
    }
  });
  text.addEventListener('focusin', e => {
    const seg = e.target.closest('.seg');
    if (seg) show(seg, false);
  });
  text.addEventListener('keydown', e => {
    if (e.key === 'Enter' && e.target.classList.contains('seg')) {
      e.preventDefault();
      e.target.click();
    }
    if (e.key === 'Escape' && pinned) {
      pinned.classList.remove('pinned');
      pinned = null;
    }
  });

  const doc = record.document;
  clear(view).appendChild(el('section', { class: 'document' },
    el('header', { class: 'doc-head' },
      el('h1', { id: 'doc-title' }, doc.title || 'Untitled document'),
      el('p', { class: 'meta' },
        el('span', {}, 'id ', el('code', { id: 'doc-id' }, doc.id)),
        doc.date ? el('span', {}, ' · published ', el('time', { id: 'doc-date' }, doc.date)) : ' · no publication date',
        doc.url ? el('span', {}, ' · ', el('a', { href: safeHref(doc.url), rel: 'noopener noreferrer' }, 'source')) : null)),
    legend(record, all, shown, draw),
    el('div', { class: 'doc-body' }, text, panel)));
  draw();
}

function legend(record, all, shown, redraw) {
  const items = LAYERS.map(spec => {
    const count = all.filter(a => a.key === spec.key).length;
    const has = produced(record, spec);
    const box = el('input', {
      type: 'checkbox', checked: true, id: `show-${spec.key}`,
      on: { change: e => { if (e.target.checked) shown.add(spec.key); else shown.delete(spec.key); redraw(); } },
    });
    const state = has ? `${count}` : 'not produced yet';
    return el('li', { class: `legend-item ${has ? 'produced' : 'absent'}`, dataset: { layer: spec.key, count, produced: has } },
      el('label', { for: `show-${spec.key}` }, box, el('span', { class: `swatch hl-${spec.key}` }, 'Abc'), ` ${spec.label} `,
        el('span', { class: 'count' }, state)));
  });
  return el('ul', { id: 'legend', class: 'legend', 'aria-label': 'Layers' }, items);
}

/**
 * Cuts the text at every annotation boundary; each piece becomes one span carrying the classes of all the
 * annotations that cover it, so overlapping layers show at once (each layer styles a different property).
 */
function drawText(container, record, list) {
  const text = record.document.text;
  const cuts = new Set([0, text.length]);
  for (const a of list) { cuts.add(a.start); cuts.add(a.end); }
  const points = [...cuts].sort((x, y) => x - y);
  const sentenceStarts = new Map();
  list.filter(a => a.key === 'sentences').forEach(a => sentenceStarts.set(a.start, a.index + 1));
  const fragment = document.createDocumentFragment();
  let open = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i], end = points[i + 1];
    if (sentenceStarts.has(start)) {
      fragment.appendChild(el('span', { class: 'sent-mark', dataset: { n: sentenceStarts.get(start) }, 'aria-hidden': 'true' }));
    }
    const covering = list.filter(a => a.start <= start && a.end >= end);
    const classes = [...new Set(covering.map(a => `hl-${a.key}`))];
    const piece = text.slice(start, end);
    if (!covering.length) {
      fragment.appendChild(document.createTextNode(piece));
      continue;
    }
    const ids = {};
    for (const a of covering) ids[a.key] = ids[a.key] ? `${ids[a.key]} ${a.id}` : a.id;
    if (ids.entities) {
      const types = covering.filter(a => a.key === 'entities').map(a => `ent-${String(a.item.type).toLowerCase().replace(/[^a-z]/g, '')}`);
      classes.push(...new Set(types));
    }
    // Annotated pieces (beyond plain sentences) are reachable with Tab; focus shows the record like hovering.
    const focusable = covering.some(a => a.key !== 'sentences') ? '0' : null;
    fragment.appendChild(el('span', { class: `seg ${classes.join(' ')}`, tabindex: focusable, dataset: { start, end, ...ids } }, piece));
    open++;
  }
  container.appendChild(fragment);
  return open;
}

function coveringOf(all, seg, shown) {
  const start = Number(seg.dataset.start), end = Number(seg.dataset.end);
  return all.filter(a => shown.has(a.key) && a.start <= start && a.end >= end);
}
