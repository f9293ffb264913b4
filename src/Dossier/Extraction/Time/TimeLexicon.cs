using System.Globalization;
using Dossier.Extraction.Numbers;
using Dossier.Lexicons;

namespace Dossier.Extraction.Time;

/// <summary>Every word list the time finder uses, loaded and checked from lexicon/time/.</summary>
internal sealed class TimeLexicon
{
    private static readonly string[] s_units = ["D", "W", "WE", "M", "Y", "DE", "CE", "H", "MIN"];
    private static readonly string[] s_mods = ["MORE_THAN", "LESS_THAN", "APPROX", "EQUAL_OR_MORE", "EQUAL_OR_LESS"];
    private static readonly string[] s_anchorRoles =
        ["range-start", "range-end", "since", "ago", "later", "duration", "past-duration", "future-duration", "prep"];

    public required PhraseTable<int> Months { get; init; }
    public required PhraseTable<int> Weekdays { get; init; }
    public required PhraseTable<string> Units { get; init; }
    public required PhraseTable<RelativeTime> Relative { get; init; }
    public required PhraseTable<string> Modifiers { get; init; }
    public required PhraseTable<TenseCue> TenseCues { get; init; }
    public required PhraseTable<string> Anchors { get; init; }
    public required NumberLexicon Numbers { get; init; }

    public static TimeLexicon Load(string lexiconRoot)
    {
        string P(string name) => Path.Combine(lexiconRoot, "time", name);
        return new TimeLexicon
        {
            Months = IntTable(P("months.tsv"), 1, 12),
            Weekdays = IntTable(P("weekdays.tsv"), 1, 7),
            Units = Table(P("units.tsv"), 2, r => Array.IndexOf(s_units, r.Fields[1]) < 0 ? $"unknown unit '{r.Fields[1]}'" : null, r => r.Fields[1]),
            Relative = Table(P("relative.tsv"), 5, CheckRelative, ParseRelative),
            Modifiers = Table(P("modifiers.tsv"), 2, r => Array.IndexOf(s_mods, r.Fields[1]) < 0 ? $"unknown mod '{r.Fields[1]}'" : null, r => r.Fields[1]),
            TenseCues = Table(P("tense-cues.tsv"), 3, CheckTense, r => new TenseCue(Direction(r.Fields[1])!.Value, r.Fields[2] == "adjacent")),
            Anchors = Table(P("anchors.tsv"), 2, r => Array.IndexOf(s_anchorRoles, r.Fields[1]) < 0 ? $"unknown role '{r.Fields[1]}'" : null, r => r.Fields[1]),
            Numbers = NumberLexicon.Load(lexiconRoot),
        };
    }

    private static PhraseTable<int> IntTable(string path, int min, int max) => Table(path, 2,
        r => int.TryParse(r.Fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v >= min && v <= max
            ? null : $"'{r.Fields[1]}' is not a number from {min} to {max}",
        r => int.Parse(r.Fields[1], CultureInfo.InvariantCulture));

    private static PhraseTable<T> Table<T>(string path, int columns, Func<TsvLexicon.Row, string?> check, Func<TsvLexicon.Row, T> parse)
    {
        var rows = TsvLexicon.Read(path, columns);
        TsvLexicon.Check(path, rows, check);
        var table = new PhraseTable<T>();
        foreach (var row in rows) table.Add(row.Fields[0], parse(row));
        return table;
    }

    private static string? CheckRelative(TsvLexicon.Row r)
    {
        if (r.Fields[1] is not ("DATE" or "TIME")) return $"type must be DATE or TIME, not '{r.Fields[1]}'";
        if (r.Fields[2] == "REF") return r.Fields[3] is "PAST_REF" or "PRESENT_REF" or "FUTURE_REF" ? null : $"unknown reference '{r.Fields[3]}'";
        if (Array.IndexOf(s_units, r.Fields[2]) < 0) return $"unknown unit '{r.Fields[2]}'";
        if (!int.TryParse(r.Fields[3], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)) return $"offset '{r.Fields[3]}' is not an integer";
        return r.Fields[4] is "-" or "MO" or "AF" or "EV" or "NI" ? null : $"unknown part of day '{r.Fields[4]}'";
    }

    private static RelativeTime ParseRelative(TsvLexicon.Row r) => r.Fields[2] == "REF"
        ? new RelativeTime(r.Fields[1], "REF", 0, r.Fields[3], null)
        : new RelativeTime(r.Fields[1], r.Fields[2], int.Parse(r.Fields[3], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
            null, r.Fields[4] == "-" ? null : r.Fields[4]);

    private static string? CheckTense(TsvLexicon.Row r) =>
        Direction(r.Fields[1]) is null ? $"unknown direction '{r.Fields[1]}'"
        : r.Fields[2] is "adjacent" or "sentence" ? null : $"scope must be adjacent or sentence, not '{r.Fields[2]}'";

    private static TimeDirection? Direction(string value) => value switch
    {
        "past" => TimeDirection.Past,
        "future" => TimeDirection.Future,
        "nearest" => TimeDirection.Nearest,
        _ => null,
    };
}
