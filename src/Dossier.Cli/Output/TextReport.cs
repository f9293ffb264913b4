using System.Globalization;
using Dossier.Serialization;

namespace Dossier.Cli.Output;

/// <summary>A readable terminal report of one analysed document: who, what, where, when, and who says so.</summary>
public static class TextReport
{
    private const int MaxSentenceChars = 160;

    public static void Write(TextWriter w, DossierOutput o)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(o);
        var d = o.Document;
        w.WriteLine($"== {d.Id}{(d.Title is null ? "" : " — " + d.Title)}");
        w.WriteLine($"   date: {d.Date ?? "unknown"}   characters: {Num(d.Text.Length)}   sentences: {Num(o.Sentences.Count)}" +
                    $"   tokens: {Num(o.Tokens?.Count ?? 0)}   layers: {string.Join(',', o.Layers)}");

        Section(w, "Actors", o.Entities, e =>
            $"{e.Id,-5} {e.Type,-6} {e.Name}  ({e.Mentions.Count} mention{(e.Mentions.Count == 1 ? "" : "s")})" +
            string.Concat(e.Attributes.Select(a => $"\n        {a.Key}: {string.Join("; ", a.Value.Select(v => v.Value))}")));
        Section(w, "Events", o.Events, e =>
            $"{e.Id,-5} {e.Type}/{e.Mode ?? "-"} cameo {e.Cameo ?? "-"}  {e.Source ?? "?"} -> {e.Target ?? "?"}" +
            $"  at {e.Location ?? "-"} on {e.Date ?? "-"}  [{e.Modality}{(e.Negated ? ", negated" : "")}]  " +
            $"\"{Excerpt(d.Text, e.Evidence.Start, e.Evidence.End)}\"  ({e.Rule})");
        Section(w, "Quotes", o.Quotes, q =>
            $"{q.Id,-5} {(q.Direct ? "direct  " : "reported")} {q.Speaker ?? q.SpeakerText ?? "?"} ({q.Cue ?? "-"}{(q.Channel is null ? "" : ", " + q.Channel)}): " +
            $"\"{Excerpt(d.Text, q.Start, q.End)}\"");
        Section(w, "Figures", o.Figures, f =>
            $"{f.Id,-5} {f.Kind,-10} {f.Qualifier} {f.Value.ToString(CultureInfo.InvariantCulture)}" +
            $"{(f.ValueMax is { } m ? "-" + m.ToString(CultureInfo.InvariantCulture) : "")} {f.Subject ?? ""}" +
            $"  per {f.AttributedTo ?? f.SourceText ?? "-"}  [{f.Status}]");
        Section(w, "Time", o.Timexes, t => $"{t.Id,-5} \"{t.Text}\" = {t.Value ?? "unresolved"}{(t.Mod is null ? "" : " " + t.Mod)} ({t.Type})");
        Section(w, "Sentences", o.Sentences.Select((s, i) => (s, i)).ToList(), x =>
            $"{x.i + 1,4}  {Excerpt(d.Text, x.s.Start, x.s.End)}");
        w.WriteLine();
    }

    private static void Section<T>(TextWriter w, string title, IReadOnlyList<T> items, Func<T, string> line)
    {
        w.WriteLine();
        w.WriteLine($"-- {title} ({items.Count})");
        foreach (var item in items) w.WriteLine("  " + line(item));
    }

    private static string Excerpt(string text, int start, int end)
    {
        var s = text[start..end].ReplaceLineEndings(" ");
        return s.Length <= MaxSentenceChars ? s : string.Concat(s.AsSpan(0, MaxSentenceChars - 1), "…");
    }

    private static string Num(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
