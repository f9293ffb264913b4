using System.Collections.Frozen;
using Dossier.Lexicons;
using Dossier.Nlp.Gazetteers;

namespace Dossier.Nlp.Entities;

/// <summary>
/// Small, data-driven corrections after decoding (lexicon/entities/, docs/ner.md):
/// local place evidence beats document consistency ("the capital, Nursultan" is LOC even when "Nursultan
/// Nazarbayev" made the word a first name); a name used as an adjective is MISC ("the Central Asian country");
/// and, in the pipeline only, institutions the CoNLL-trained model calls places are ORG ("the Kremlin
/// announced", "on Telegram"). Immutable and thread-safe.
/// </summary>
internal sealed class EntityRules
{
    public const string Folder = "entities";

    private readonly (string[] Words, bool Comma)[] _placeCues;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _regionAdjectives;
    private readonly FrozenDictionary<string, bool>.AlternateLookup<ReadOnlySpan<char>> _institutions; // true: always an organisation
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _locatives;
    private readonly int _maxInstitutionWords;
    private readonly InstitutionNames _institutionNames;

    private EntityRules((string[], bool)[] placeCues, FrozenSet<string> regionAdjectives, FrozenDictionary<string, bool> institutions, FrozenSet<string> locatives,
        InstitutionNames institutionNames)
    {
        _institutionNames = institutionNames;
        _placeCues = placeCues;
        _regionAdjectives = regionAdjectives.GetAlternateLookup<ReadOnlySpan<char>>();
        _institutions = institutions.GetAlternateLookup<ReadOnlySpan<char>>();
        _locatives = locatives.GetAlternateLookup<ReadOnlySpan<char>>();
        _maxInstitutionWords = institutions.Keys.Select(k => k.Split(' ').Length).DefaultIfEmpty(1).Max();
    }

    public static EntityRules Load(string folder)
    {
        string P(string name) => Path.Combine(folder, name);
        var cues = TsvLexicon.Read(P("place-cues.tsv"), 2);
        TsvLexicon.Check(P("place-cues.tsv"), cues, r => r.Fields[1] is "optional" or "none" ? null : $"comma must be optional or none, not '{r.Fields[1]}'");
        var regions = TsvLexicon.Read(P("region-adjectives.tsv"), 2);
        var institutions = TsvLexicon.Read(P("institutions.tsv"), 2);
        TsvLexicon.Check(P("institutions.tsv"), institutions, r => r.Fields[1] is "always" or "actor" ? null : $"use must be always or actor, not '{r.Fields[1]}'");
        var locatives = TsvLexicon.Read(P("locative-prepositions.tsv"), 2);
        return new EntityRules(
            [.. cues.Select(r => (r.Fields[0].Split(' ', StringSplitOptions.RemoveEmptyEntries), r.Fields[1] == "optional"))],
            regions.Select(r => r.Fields[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            institutions.ToFrozenDictionary(r => r.Fields[0], r => r.Fields[1] == "always", StringComparer.OrdinalIgnoreCase),
            locatives.Select(r => r.Fields[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            InstitutionNames.Load(P(InstitutionNames.File)));
    }

    /// <summary>Institution names, place evidence and adjectival names, on spans [first, end) of a document decoded by the model.</summary>
    public void ApplyLocal(NerText text, Gazetteer? gazetteer, List<(int Start, int End, EntityType Type)> spans, int first)
    {
        if (gazetteer is not null) _institutionNames.Apply(text, gazetteer, spans, first);
        for (int i = first; i < spans.Count; i++)
        {
            var (start, end, type) = spans[i];
            if (type is EntityType.ORG or EntityType.LOC && IsAdjectival(text, gazetteer, start, end))
                spans[i] = (start, end, EntityType.MISC);
            else if (type is EntityType.PER or EntityType.ORG && gazetteer is not null && IsPlace(gazetteer, text, start, end) &&
                     HasPlaceCue(text, start) && !Possessive(text, end))
                spans[i] = (start, end, EntityType.LOC);
        }

        TitleCaseHeadlines.Apply(text, spans, first);
    }

    /// <summary>Institutions named as places by the model become ORG; untagged platform names are added as ORG.</summary>
    public void ApplyInstitutions(NerText text, List<(int Start, int End, EntityType Type)> spans, int first)
    {
        for (int i = first; i < spans.Count; i++)
        {
            var (start, end, type) = spans[i];
            if (type == EntityType.ORG || !_institutions.TryGetValue(Span(text, start, end), out bool always)) continue;
            if (always || !AfterLocative(text, start)) spans[i] = (start, end, EntityType.ORG);
        }

        int count = spans.Count;
        var covered = new bool[text.Count];
        for (int i = first; i < count; i++)
            for (int t = spans[i].Start; t < spans[i].End; t++) covered[t] = true;
        for (int t = 1; t < text.Count; t++)
        {
            // Only in running text ("wrote on Telegram", "its WhatsApp groups"): a name after a lower-case word
            // of the same line, so share buttons and embed labels ("Facebook Twitter Pinterest") stay out.
            if (covered[t] || !char.IsUpper(text.Text[text.Start[t]]) || !char.IsLower(text.Text[text.Start[t - 1]]) ||
                text.Text.AsSpan(text.End[t - 1], text.Start[t] - text.End[t - 1]).Contains('\n')) continue;
            for (int n = Math.Min(_maxInstitutionWords, text.Count - t); n >= 1; n--)
            {
                if (!_institutions.TryGetValue(Span(text, t, t + n), out bool always) || !always || Covered(covered, t, t + n)) continue;
                spans.Add((t, t + n, EntityType.ORG));
                t += n - 1;
                break;
            }
        }

        if (spans.Count > count) spans.Sort(first, spans.Count - first, Comparer<(int Start, int End, EntityType Type)>.Create((a, b) => a.Start.CompareTo(b.Start)));
    }

    /// <summary>"Central Asian country", "Kazakh troops": the name ends in a demonym and a lower-case word follows.</summary>
    private bool IsAdjectival(NerText text, Gazetteer? gazetteer, int start, int end)
    {
        if (end >= text.Count || !char.IsLower(text.Text[text.Start[end]])) return false;
        var last = text.Token(end - 1);
        if (_regionAdjectives.Contains(last)) return true;
        if (end - start >= 2 && _regionAdjectives.Contains(Span(text, end - 2, end))) return true;
        return gazetteer is not null && (gazetteer.KindsOf(last) & PlaceKind.Demonym) != 0;
    }

    private static bool IsPlace(Gazetteer gazetteer, NerText text, int start, int end) =>
        (gazetteer.KindsOf(Span(text, start, end)) & (PlaceKind.City | PlaceKind.Country | PlaceKind.Admin1)) != 0;

    /// <summary>A place cue ends right before the name, optionally followed by a comma ("the capital, X").</summary>
    private bool HasPlaceCue(NerText text, int start)
    {
        foreach (var (words, comma) in _placeCues)
        {
            int end = start;
            if (comma && end > 0 && text.Token(end - 1) is ",") end--;
            if (end < words.Length) continue;
            bool match = true;
            for (int w = 0; w < words.Length && match; w++)
                match = text.Token(end - words.Length + w).Equals(words[w], StringComparison.OrdinalIgnoreCase);
            if (match) return true;
        }

        return false;
    }

    /// <summary>"in Jordan's film": a possessive after the name leaves the model's reading alone.</summary>
    private static bool Possessive(NerText text, int end) =>
        end < text.Count && text.Token(end) is "'s" or "’s" or "'" or "’";

    private bool AfterLocative(NerText text, int start)
    {
        int p = start - 1;
        if (p >= 0 && text.Token(p).Equals("the", StringComparison.OrdinalIgnoreCase)) p--;
        return p >= 0 && _locatives.Contains(text.Token(p));
    }

    private static bool Covered(bool[] covered, int start, int end)
    {
        for (int t = start; t < end; t++)
            if (covered[t]) return true;
        return false;
    }

    private static ReadOnlySpan<char> Span(NerText text, int start, int end) =>
        text.Text.AsSpan(text.Start[start], text.End[end - 1] - text.Start[start]);
}
