// DOM helpers. Article text only ever enters the page as text nodes or checked attribute values:
// nothing in this UI parses strings as HTML.

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Creates an HTML element. attrs: attribute values (strings), plus `class`, `on` (event handlers), `dataset`. */
export function el(tag, attrs = {}, ...children) {
  return build(document.createElement(tag), attrs, children);
}

/** Creates an SVG element; attribute values are set with setAttribute, text with text nodes. */
export function svg(tag, attrs = {}, ...children) {
  return build(document.createElementNS(SVG_NS, tag), attrs, children);
}

function build(node, attrs, children) {
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'on') {
      for (const [event, handler] of Object.entries(value)) node.addEventListener(event, handler);
    } else if (key === 'dataset') {
      for (const [k, v] of Object.entries(value)) node.dataset[k] = String(v);
    } else if (key.startsWith('on')) {
      throw new Error(`inline handler ${key} refused`);
    } else if (key === 'href') {
      node.setAttribute('href', safeHref(String(value)));
    } else {
      node.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(node, children);
  return node;
}

/** Appends strings (as text nodes), nodes, and arrays of either. */
export function append(node, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(node, child);
    else if (child instanceof Node) node.appendChild(child);
    else node.appendChild(document.createTextNode(String(child)));
  }
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

/** Only in-app fragments and http(s) URLs may become links; anything else (javascript:, data:) becomes '#'. */
export function safeHref(href) {
  if (href.startsWith('#')) return href;
  try {
    const url = new URL(href, window.location.href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : '#';
  } catch {
    return '#';
  }
}

/** A short notice paragraph. */
export function note(text, kind = 'note') {
  return el('p', { class: kind }, text);
}

/** Formats an offset range as "start–end". */
export function range(start, end) {
  return `${start}–${end}`;
}
