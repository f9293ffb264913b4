using System.Globalization;

namespace Dossier.Extraction.Actors;

/// <summary>
/// One CAMEO code of a named actor with the dates it holds for ("KAZGOV@1990-04-24..2019-03-19";
/// either end may be open, and an undated code holds always). <see cref="For"/> picks the code for a
/// document date.
/// </summary>
public readonly record struct DatedCode(string Code, DateOnly? From, DateOnly? Until)
{
    public bool Dated => From is not null || Until is not null;

    public bool HoldsOn(DateOnly date) => (From is null || date >= From) && (Until is null || date <= Until);

    /// <summary>Parses "CODE[@from..until]|…"; null when any part is malformed.</summary>
    public static DatedCode[]? ParseAll(string codes)
    {
        var parts = codes.Split('|');
        var result = new DatedCode[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            if (Parse(parts[i]) is not { } code) return null;
            result[i] = code;
        }

        return result;
    }

    public static DatedCode? Parse(string text)
    {
        int at = text.IndexOf('@', StringComparison.Ordinal);
        if (at < 0) return text.Length >= 3 ? new DatedCode(text, null, null) : null;
        string range = text[(at + 1)..];
        int dots = range.IndexOf("..", StringComparison.Ordinal);
        if (at < 3 || dots < 0) return null;
        DateOnly? from = null, until = null;
        if (dots > 0)
        {
            if (!DateOnly.TryParseExact(range[..dots], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var f)) return null;
            from = f;
        }

        if (dots + 2 < range.Length)
        {
            if (!DateOnly.TryParseExact(range[(dots + 2)..], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var u)) return null;
            until = u;
        }

        return new DatedCode(text[..at], from, until);
    }

    /// <summary>
    /// The code for a document date: among dated codes that hold on the date, the one that started last;
    /// else an undated code. Without a date: the dated code that started last (its latest role), else an
    /// undated one. Returns whether a date decided it.
    /// </summary>
    public static (DatedCode Code, bool ByDate)? For(DatedCode[] codes, DateOnly? date)
    {
        DatedCode? best = null, undated = null;
        foreach (var c in codes)
        {
            if (!c.Dated) { undated ??= c; continue; }
            if (date is { } d && !c.HoldsOn(d)) continue;
            if (best is null || Later(c, best.Value)) best = c;
        }

        if (best is { } b) return (b, date is not null);
        return undated is { } u ? (u, false) : null;
    }

    private static bool Later(DatedCode a, DatedCode b) =>
        (a.From ?? DateOnly.MinValue) > (b.From ?? DateOnly.MinValue)
        || ((a.From ?? DateOnly.MinValue) == (b.From ?? DateOnly.MinValue) && (a.Until ?? DateOnly.MaxValue) > (b.Until ?? DateOnly.MaxValue));
}
