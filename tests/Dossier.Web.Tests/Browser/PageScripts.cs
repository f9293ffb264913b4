namespace Dossier.Web.Tests.Browser;

/// <summary>JavaScript the tests evaluate in the page to check what the UI drew against the record.</summary>
internal static class PageScripts
{
    /// <summary>
    /// For every annotation in the record (passed as JSON), the segments carrying its layer's class inside its
    /// range must spell exactly its text; and per layer, no character is highlighted outside all its ranges.
    /// Returns the list of mismatches (empty = every layer drawn faithfully).
    /// </summary>
    public const string CheckHighlights = """
        (json) => {
          const record = JSON.parse(json);
          const segs = [...document.querySelectorAll('#doc-text .seg')];
          const text = record.document.text;
          const out = [];
          const ranges = { sentences: [], entities: [], events: [], quotes: [], figures: [], timexes: [] };
          const check = (key, s, e, id) => {
            ranges[key].push([s, e]);
            const got = segs.filter(x => x.classList.contains('hl-' + key) && +x.dataset.start >= s && +x.dataset.end <= e)
              .map(x => x.textContent).join('');
            if (got !== text.slice(s, e)) out.push(`${key} ${id} ${s}-${e}: highlighted '${got}'`);
          };
          record.sentences.forEach((r, i) => check('sentences', r.start, r.end, 's' + (i + 1)));
          for (const en of record.entities) for (const m of en.mentions) check('entities', m.start, m.end, en.id);
          for (const ev of record.events) check('events', ev.evidence.start, ev.evidence.end, ev.id);
          for (const q of record.quotes) check('quotes', q.start, q.end, q.id);
          for (const f of record.figures) check('figures', f.evidence.start, f.evidence.end, f.id);
          for (const t of record.timexes) check('timexes', t.start, t.end, t.id);
          for (const [key, list] of Object.entries(ranges)) {
            const covered = new Set();
            for (const [s, e] of list) for (let i = s; i < e; i++) covered.add(i);
            const drawn = segs.filter(x => x.classList.contains('hl-' + key)).reduce((n, x) => n + (+x.dataset.end - +x.dataset.start), 0);
            if (drawn !== covered.size) out.push(`${key}: ${drawn} characters highlighted, ${covered.size} annotated`);
          }
          return out;
        }
        """;

    /// <summary>Stores a record as the tab's current one (what the Analyze page does after an analysis).</summary>
    public const string SetCurrent = "(json) => sessionStorage.setItem('dossier.current', json)";
}
