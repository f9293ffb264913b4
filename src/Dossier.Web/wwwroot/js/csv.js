// CSV export (RFC 4180). Cells that a spreadsheet would run as a formula are prefixed with an apostrophe.

export function toCsv(header, rows) {
  return [header, ...rows].map(row => row.map(cell).join(',')).join('\r\n') + '\r\n';
}

function cell(value) {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Offers `text` as a file download without leaving the page. */
export function download(name, text, type = 'text/csv;charset=utf-8') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
