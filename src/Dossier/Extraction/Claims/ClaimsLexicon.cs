using Dossier.Extraction.Numbers;
using Dossier.Lexicons;

namespace Dossier.Extraction.Claims;

/// <summary>Word lists for figures, quotes and certainty, loaded and checked from lexicon/claims, figures and certainty.</summary>
internal sealed class ClaimsLexicon
{
    private static readonly string[] s_qualifiers = ["exact", "about", "at_least", "more_than", "less_than", "up_to"];
    private static readonly string[] s_stopRoles = ["aux", "be", "rel", "conj", "speech", "prep", "toll-prep", "bridge", "toll", "det"];
    private static readonly string[] s_statuses = ["unconfirmed", "disputed", "reported"];

    public required PhraseTable<SpeechVerb> SpeechVerbs { get; init; }
    public required PhraseTable<string> Attribution { get; init; }
    public required PhraseTable<string> Channels { get; init; }
    public required PhraseTable<string> Intermediaries { get; init; }
    public required PhraseTable<KindCue> Kinds { get; init; }
    public required PhraseTable<string> Qualifiers { get; init; }
    public required PhraseTable<string> Exclusions { get; init; }
    public required PhraseTable<string> Stops { get; init; }
    public required PhraseTable<string> GroupFrames { get; init; }
    public required PhraseTable<CertaintyCue> Certainty { get; init; }
    public required PhraseTable<string> Negations { get; init; }
    public required NumberLexicon Numbers { get; init; }

    public static ClaimsLexicon Load(string root)
    {
        string P(string area, string name) => Path.Combine(root, area, name);
        return new ClaimsLexicon
        {
            SpeechVerbs = Table(P("claims", "speech-verbs.tsv"), 4,
                r => r.Fields[2] is not ("clause" or "that-clause" or "quote-only") ? $"frame must be clause, that-clause or quote-only, not '{r.Fields[2]}'"
                    : r.Fields[3] is not ("yes" or "no") ? $"inverts must be yes or no, not '{r.Fields[3]}'" : null,
                r => new SpeechVerb(r.Fields[1], r.Fields[2] != "quote-only", r.Fields[2] == "that-clause", r.Fields[3] == "yes")),
            Attribution = Table(P("claims", "attribution.tsv"), 2,
                r => r.Fields[1] is "according-to" or "pronoun" or "source-pronoun" or "complementizer" or "possessive" or "relay" ? null : $"unknown role '{r.Fields[1]}'", r => r.Fields[1]),
            Channels = Table(P("claims", "channels.tsv"), 2, _ => null, r => r.Fields[1]),
            Intermediaries = Table(P("claims", "intermediaries.tsv"), 2, _ => null, r => r.Fields[1]),
            Kinds = Table(P("figures", "kinds.tsv"), 3,
                r => r.Fields[2] is "after" or "before" or "both" ? null : $"position must be after, before or both, not '{r.Fields[2]}'",
                r => new KindCue(r.Fields[1], r.Fields[2] != "before", r.Fields[2] != "after")),
            Qualifiers = Table(P("figures", "qualifiers.tsv"), 2,
                r => Array.IndexOf(s_qualifiers, r.Fields[1]) < 0 ? $"unknown qualifier '{r.Fields[1]}'" : null, r => r.Fields[1]),
            Exclusions = Table(P("figures", "exclusions.tsv"), 2,
                r => r.Fields[1] is "before" or "after" ? null : $"side must be before or after, not '{r.Fields[1]}'", r => r.Fields[1]),
            GroupFrames = Table(P("figures", "group-frames.tsv"), 2, r => r.Fields[1] == "group" ? null : $"role must be group, not '{r.Fields[1]}'", r => r.Fields[1]),
            Stops = Table(P("figures", "group-stops.tsv"), 2,
                r => Array.IndexOf(s_stopRoles, r.Fields[1]) < 0 ? $"unknown role '{r.Fields[1]}'" : null, r => r.Fields[1]),
            Certainty = Table(P("certainty", "cues.tsv"), 4, CheckCertainty,
                r => new CertaintyCue(r.Fields[1], r.Fields[2] == "neg", r.Fields[3] == "paragraph")),
            Negations = Table(P("certainty", "negations.tsv"), 2, _ => null, r => r.Fields[1]),
            Numbers = NumberLexicon.Load(root),
        };
    }

    private static string? CheckCertainty(TsvLexicon.Row r) =>
        Array.IndexOf(s_statuses, r.Fields[1]) < 0 ? $"unknown status '{r.Fields[1]}'"
        : r.Fields[2] is not ("neg" or "none") ? $"needs must be neg or none, not '{r.Fields[2]}'"
        : r.Fields[3] is not ("sentence" or "paragraph") ? $"scope must be sentence or paragraph, not '{r.Fields[3]}'"
        : null;

    private static PhraseTable<T> Table<T>(string path, int columns, Func<TsvLexicon.Row, string?> check, Func<TsvLexicon.Row, T> parse)
    {
        var rows = TsvLexicon.Read(path, columns);
        TsvLexicon.Check(path, rows, check);
        var table = new PhraseTable<T>();
        foreach (var row in rows) table.Add(row.Fields[0], parse(row));
        return table;
    }
}
