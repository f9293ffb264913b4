using System.Globalization;
using Dossier.Serialization;

namespace Dossier.Cli.Output;

/// <summary>
/// A readable terminal report of one analysed document: who, what, where, when, and who says so. Sections
/// appear for the layers the pipeline computed; the others are named on one line. Deterministic: the
/// report depends only on the output record.
/// </summary>
public static class TextReport
{
    private const int MaxSentenceChars = 160;
    private const int Rule = 100;

    public static void Write(TextWriter w, DossierOutput o)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(o);
        var d = o.Document;
        var layers = new HashSet<string>(o.Layers, StringComparer.Ordinal);
        w.WriteLine(new string('=', Rule));
        w.WriteLine(d.Title ?? d.Id);
        w.WriteLine(new string('=', Rule));
        Field(w, "id", d.Id);
        Field(w, "date", d.Date ?? "unknown (relative times cannot be resolved; give --date)");
        if (d.Url is not null) Field(w, "url", d.Url);
        int boilerplateChars = o.Boilerplate.Sum(r => r.End - r.Start);
        Field(w, "size", $"{Count(d.Text.Length, "character")}, {Count(o.Sentences.Count, "sentence")}, {Count(o.Tokens?.Count ?? 0, "token")}, " +
                         $"{Count(o.Boilerplate.Count, "boilerplate line")} ({Count(boilerplateChars, "character")})");
        Field(w, "layers", string.Join(", ", o.Layers));

        var missing = new List<string>();
        Section(w, layers, missing, "actors", "Actors", o.Entities, e =>
            $"{e.Id,-5} {e.Type,-6} {e.Name}  ({e.Mentions.Count} mention{Plural(e.Mentions.Count)})" +
            string.Concat(e.Attributes.Select(a => $"\n        {a.Key}: {string.Join("; ", a.Value.Select(v => v.Value))}")));
        Section(w, layers, missing, "events", "Events", o.Events, e =>
            $"{e.Id,-5} {e.Type}/{e.Mode ?? "-"} cameo {e.Cameo ?? "-"}  {e.Source ?? "?"} -> {e.Target ?? "?"}" +
            $"  at {e.Location ?? "-"}{Basis(e.LocationBasis)} on {e.Date ?? "-"}{Basis(e.DateBasis)}  [{e.Modality}{(e.Negated ? ", negated" : "")}]  " +
            $"\"{Excerpt(d.Text, e.Evidence.Start, e.Evidence.End)}\"  ({e.Rule})");
        Section(w, layers, missing, "quotes", "Quotes", o.Quotes, q =>
            $"{q.Id,-5} {(q.Direct ? "direct  " : "reported")} {q.Speaker ?? q.SpeakerText ?? "?"}{(q.Via is null ? "" : " via " + (q.Via.Actor ?? q.Via.Text))} ({q.Cue ?? "-"}{(q.Channel is null ? "" : ", " + q.Channel)}): " +
            $"\"{Excerpt(d.Text, q.Start, q.End)}\"{(q.Status == "unconfirmed" ? "  [unconfirmed]" : "")}");
        Section(w, layers, missing, "figures", "Figures", o.Figures, f =>
            $"{f.Id,-5} {f.Kind,-10} {f.Qualifier} {f.Value.ToString(CultureInfo.InvariantCulture)}" +
            $"{(f.ValueMax is { } m ? "-" + m.ToString(CultureInfo.InvariantCulture) : "")} {f.Subject ?? ""}" +
            $"  per {f.AttributedTo ?? f.SourceText ?? "-"}  [{f.Status}]");
        Section(w, layers, missing, "timexes", "Time", o.Timexes, t => $"{t.Id,-5} \"{t.Text}\" = {t.Value ?? "unresolved"}{(t.Mod is null ? "" : " " + t.Mod)} ({t.Type})");
        Section(w, layers, missing, "sentences", "Sentences", o.Sentences.Select((s, i) => (s, i)).ToList(), x =>
            $"{x.i + 1,4}{(IsBoilerplate(o.Boilerplate, x.s) ? " ~" : "  ")} {Excerpt(d.Text, x.s.Start, x.s.End)}");
        if (o.Boilerplate.Count > 0)
        {
            w.WriteLine();
            w.WriteLine($"-- Boilerplate ({o.Boilerplate.Count}; kept in the text, marked ~ above)");
            foreach (var r in o.Boilerplate) w.WriteLine($"  {r.Start,7}-{r.End,-7} {Excerpt(d.Text, r.Start, r.End)}");
        }

        if (missing.Count > 0)
        {
            w.WriteLine();
            w.WriteLine($"-- Not computed by this pipeline: {string.Join(", ", missing)}");
        }

        w.WriteLine();
    }

    private static void Field(TextWriter w, string name, string value) => w.WriteLine($"  {name + ":",-8} {value}");

    private static void Section<T>(
        TextWriter w, HashSet<string> layers, List<string> missing, string layer, string title, IReadOnlyList<T> items, Func<T, string> line)
    {
        if (!layers.Contains(layer) && items.Count == 0)
        {
            missing.Add(title.ToLowerInvariant());
            return;
        }

        w.WriteLine();
        w.WriteLine($"-- {title} ({items.Count})");
        if (items.Count == 0) w.WriteLine("  none found");
        foreach (var item in items) w.WriteLine("  " + line(item));
    }

    /// <summary>A sentence counts as boilerplate when a marked range covers it whole.</summary>
    private static bool IsBoilerplate(IReadOnlyList<RangeOut> boilerplate, RangeOut sentence)
    {
        foreach (var r in boilerplate)
        {
            if (r.Start <= sentence.Start && sentence.End <= r.End) return true;
        }

        return false;
    }

    /// <summary>A document-based date or place is marked, so the report never passes it off as stated.</summary>
    private static string Basis(string? basis) => basis == "document" ? " (document)" : "";

    private static string Excerpt(string text, int start, int end)
    {
        var s = text[start..end].ReplaceLineEndings(" ");
        return s.Length <= MaxSentenceChars ? s : string.Concat(s.AsSpan(0, MaxSentenceChars - 1), "…");
    }

    private static string Plural(int n) => n == 1 ? "" : "s";

    private static string Count(int n, string noun) => $"{Num(n)} {noun}{Plural(n)}";

    private static string Num(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
