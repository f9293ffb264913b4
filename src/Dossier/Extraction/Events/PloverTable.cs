using Dossier.Text.Tokenization;

namespace Dossier.Extraction.Events;

/// <summary>The PLOVER type/mode → CAMEO code and quad class table from lexicon/events/plover.tsv.</summary>
internal sealed class PloverTable
{
    private readonly Dictionary<(string Type, string Mode), PloverMode> _byMode = [];
    private readonly Dictionary<string, PloverMode> _byCameo = new(StringComparer.Ordinal);

    public static PloverTable Load(string path)
    {
        var table = new PloverTable();
        var errors = new List<string>();
        foreach (var row in TsvLexiconFile.Read(path, 5, 5))
        {
            var c = row.Columns;
            if (!EventTypes.IsType(c[0]))
                errors.Add(TsvLexiconFile.Error(path, row.Line, "DLX301", $"unknown PLOVER type '{c[0]}'"));
            else if (!IsCameoCode(c[2]) || c[3].Length != 1 || c[3][0] < '1' || c[3][0] > '4')
                errors.Add(TsvLexiconFile.Error(path, row.Line, "DLX302", "CAMEO code must be 2-4 digits and quad class 1-4"));
            else if (!table._byMode.TryAdd((c[0], c[1]), new PloverMode(c[0], c[1], c[2], c[3][0] - '0')))
                errors.Add(TsvLexiconFile.Error(path, row.Line, "DLX303", $"duplicate mode {c[0]}/{c[1]}"));
            else
                table._byCameo.TryAdd(c[2], table._byMode[(c[0], c[1])]);
        }

        TsvLexiconFile.ThrowIfAny(errors);
        return table;
    }

    public bool TryGet(string type, string mode, out PloverMode value) => _byMode.TryGetValue((type, mode), out value!);

    /// <summary>
    /// The PLOVER mode for a CAMEO code: the exact code, else its 3-digit parent, else the root's generic
    /// "x0" code (e.g. 036 → 030). Null when the code family has no PLOVER type (CAMEO 010–015 statements).
    /// </summary>
    public PloverMode? FromCameo(string code)
    {
        if (_byCameo.TryGetValue(code, out var exact)) return exact;
        if (code.Length == 4 && _byCameo.TryGetValue(code[..3], out var parent)) return parent;
        if (code.Length >= 2 && _byCameo.TryGetValue(string.Concat(code.AsSpan(0, 2), "0"), out var generic)) return generic;
        return null;
    }

    public static bool IsCameoCode(string code)
    {
        if (code.Length < 2 || code.Length > 4) return false;
        foreach (char ch in code)
        {
            if (ch < '0' || ch > '9') return false;
        }

        return true;
    }
}
