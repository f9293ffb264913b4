// The record being looked at: the last analysis (kept for this browser tab) or a stored document.

const KEY = 'dossier.current';
let current = null;

export function getCurrent() {
  if (current) return current;
  try {
    const saved = sessionStorage.getItem(KEY);
    current = saved ? JSON.parse(saved) : null;
  } catch {
    current = null;
  }
  return current;
}

export function setCurrent(record) {
  current = record;
  try {
    sessionStorage.setItem(KEY, JSON.stringify(record));
  } catch {
    // A very large record may not fit the tab's storage; it stays in memory for this page.
  }
}
