// Calls to the JSON API. Errors carry the problem-details "detail" so the UI can show why.

export class ApiError extends Error {
  constructor(status, title, detail) {
    super(detail || title || `HTTP ${status}`);
    this.status = status;
    this.title = title;
  }
}

async function parse(response) {
  const type = response.headers.get('content-type') || '';
  if (!response.ok) {
    if (type.includes('json')) {
      const problem = await response.json();
      throw new ApiError(response.status, problem.title, problem.detail);
    }
    throw new ApiError(response.status, response.statusText, '');
  }
  return response.json();
}

export async function getJson(path) {
  return parse(await fetch(path, { headers: { accept: 'application/json' } }));
}

/** POST /api/analyze with JSON {text, title, date}, or the raw HTML of an uploaded page. */
export async function analyze({ text, title, date, html }) {
  if (html !== undefined) {
    const query = new URLSearchParams();
    if (title) query.set('title', title);
    if (date) query.set('date', date);
    return parse(await fetch(`/api/analyze?${query}`, {
      method: 'POST', headers: { 'content-type': 'text/html; charset=utf-8' }, body: html,
    }));
  }
  const body = { text };
  if (title) body.title = title;
  if (date) body.date = date;
  return parse(await fetch('/api/analyze', {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
  }));
}

/** POST /api/documents: analyse and store; the key is sent only when the server requires one. */
export async function ingest({ text, title, date, html }, apiKey) {
  const headers = {};
  if (apiKey) headers['x-api-key'] = apiKey;
  const query = new URLSearchParams();
  if (title) query.set('title', title);
  if (date) query.set('date', date);
  if (html !== undefined) {
    return parse(await fetch(`/api/documents?${query}`, {
      method: 'POST', headers: { ...headers, 'content-type': 'text/html; charset=utf-8' }, body: html,
    }));
  }
  return parse(await fetch(`/api/documents?${query}`, {
    method: 'POST', headers: { ...headers, 'content-type': 'text/plain; charset=utf-8' }, body: text,
  }));
}
