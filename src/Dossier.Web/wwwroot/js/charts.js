// Inline SVG charts shared by the document and corpus actor pages.

import { svg, note } from './dom.js';
import { compareValues } from './model.js';

/**
 * The actor in the middle, those it acts on to the right, those acting on it to the left.
 * outs/ins: [{ key, name, label, href }] (label = event types on the edge).
 */
export function actorGraph(id, center, outs, ins) {
  if (!outs.length && !ins.length) return note('No events link this actor to another actor.', 'note empty-layer');
  const rows = Math.max(outs.length, ins.length, 1);
  const width = 760, height = Math.max(160, rows * 56 + 40), cx = width / 2, cy = height / 2;
  const nodes = [], edges = [];
  const place = (list, side) => {
    [...list].sort((a, b) => compareValues(a.name, b.name)).forEach((n, i) => {
      const y = (height / (list.length + 1)) * (i + 1);
      const x = side > 0 ? width - 110 : 110;
      const [x1, y1, x2, y2] = side > 0 ? [cx + 70, cy, x - 70, y] : [x + 70, y, cx - 70, cy];
      edges.push(svg('line', { x1, y1, x2, y2, class: `edge edge-${side > 0 ? 'out' : 'in'}`, 'marker-end': `url(#${id}-arrow)` }));
      edges.push(svg('text', { x: (x1 + x2) / 2, y: (y1 + y2) / 2 - 6, class: 'edge-label', 'text-anchor': 'middle' }, n.label));
      nodes.push(node(n.name, n.href, x, y, 'other'));
    });
  };
  place(outs, 1);
  place(ins, -1);
  return svg('svg', { id, class: 'chart', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': 'Actors this actor acts on and is acted on by' },
    svg('defs', {}, svg('marker', { id: `${id}-arrow`, viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 8, markerHeight: 8, orient: 'auto-start-reverse' },
      svg('path', { d: 'M 0 0 L 10 5 L 0 10 z', class: 'arrow' }))),
    edges, nodes, node(center.name, center.href, cx, cy, 'self'));
}

function node(name, href, x, y, kind) {
  const label = name.length > 22 ? `${name.slice(0, 21)}…` : name;
  const shape = [svg('rect', { x: x - 70, y: y - 16, width: 140, height: 32, rx: 8 }),
    svg('text', { x, y: y + 5, 'text-anchor': 'middle' }, label), svg('title', {}, name)];
  return href ? svg('a', { href, class: `node node-${kind}` }, shape) : svg('g', { class: `node node-${kind}` }, shape);
}

const DAY = 86400000;
const dayOf = date => Date.parse(`${date}T00:00:00Z`);
const fmt = t => new Date(t).toISOString().slice(0, 10);

/** A date axis spanning the given days (padded when there is only one), with first/last labels. */
function axis(times, width, left, right) {
  let lo = Math.min(...times), hi = Math.max(...times);
  if (lo === hi) { lo -= DAY; hi += DAY; }
  const x = t => left + ((t - lo) / (hi - lo)) * (width - left - right);
  return { lo, hi, x };
}

/**
 * Events as dots on a date axis, stacked on the same day, each labelled with its type.
 * points: [{ date, role: 'source'|'target'|'other', label, title }]
 */
export function eventTimeline(id, points) {
  const width = 760, left = 60, right = 60;
  const { lo, hi, x } = axis(points.map(p => dayOf(p.date)), width, left, right);
  const stack = new Map();
  const placed = points.map(p => {
    const t = dayOf(p.date);
    const level = stack.get(t) ?? 0;
    stack.set(t, level + 1);
    return { ...p, t, level };
  });
  const levels = Math.max(...placed.map(p => p.level)) + 1;
  const base = 44 + levels * 22, height = base + 34;
  const days = [...new Set(placed.map(p => p.t))].sort((a, b) => a - b);
  const ticks = (days.length <= 8 ? days : [lo, hi]).map(t => [
    svg('line', { x1: x(t), y1: base - 4, x2: x(t), y2: base + 4, class: 'axis' }),
    svg('text', { x: x(t), y: base + 20, class: 'tick', 'text-anchor': 'middle' }, fmt(t))]);
  return svg('svg', { id, class: 'chart', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': 'Timeline of events' },
    svg('line', { x1: left - 20, y1: base, x2: width - right + 20, y2: base, class: 'axis' }),
    ticks,
    placed.map(p => svg('g', {},
      svg('circle', { cx: x(p.t), cy: base - 16 - p.level * 22, r: 6, class: `dot dot-${p.role}` }, svg('title', {}, p.title)),
      svg('text', { x: x(p.t) + 10, y: base - 12 - p.level * 22, class: 'dot-label' }, p.label))),
    legend(16));
}

function legend(y) {
  return svg('g', { class: 'legend-svg' },
    svg('circle', { cx: 14, cy: y - 4, r: 5, class: 'key dot-source' }), svg('text', { x: 24, y, class: 'tick' }, 'as source'),
    svg('circle', { cx: 94, cy: y - 4, r: 5, class: 'key dot-target' }), svg('text', { x: 104, y, class: 'tick' }, 'as target'));
}

/** Events per day as bars. days: [{ date, events }] */
export function dayBars(id, days) {
  const width = 760, left = 60, right = 60, top = 24, base = 150;
  const { x } = axis(days.map(d => dayOf(d.date)), width, left, right);
  const max = Math.max(...days.map(d => d.events));
  const bar = Math.max(4, Math.min(24, (width - left - right) / (days.length * 1.5)));
  return svg('svg', { id, class: 'chart', viewBox: `0 0 ${width} ${base + 34}`, role: 'img', 'aria-label': 'Events per day' },
    svg('line', { x1: left - 20, y1: base, x2: width - right + 20, y2: base, class: 'axis' }),
    days.map(d => {
      const h = ((base - top) * d.events) / max;
      return svg('rect', { x: x(dayOf(d.date)) - bar / 2, y: base - h, width: bar, height: h, class: 'bar' },
        svg('title', {}, `${d.date}: ${d.events} events`));
    }),
    svg('text', { x: left, y: base + 20, class: 'tick', 'text-anchor': 'middle' }, days[0].date),
    days.length > 1 ? svg('text', { x: width - right, y: base + 20, class: 'tick', 'text-anchor': 'middle' }, days[days.length - 1].date) : null,
    svg('text', { x: left - 20, y: top - 6, class: 'tick' }, `max ${max} per day`));
}
