using System.Globalization;
using System.Text;
using Dossier.Nlp.Corpora;

namespace Dossier.Nlp.Entities;

/// <summary>
/// Reads GUM (UD English-GUM) documents with gold PER/ORG/LOC spans derived from its coreference
/// brackets (MISC Entity=), to test the recogniser beyond Reuters. A mention counts as a named entity
/// when its type is person, organization or place and its min-span (head) holds a PROPN. The gold span
/// is the run of PROPN tokens (and capitalised ADJ/NOUN/NUM) around the last PROPN head, allowing "of", "the", "and", "&amp;", "'s"
/// between proper nouns but never at an edge, and staying inside the mention ("the United States" gives
/// "United States", "co-star Jensen Ackles" gives "Jensen Ackles"). Spans nested inside another named
/// span are dropped (CoNLL marks only the outermost name), and so are person mentions with a plural head
/// ("Americans", which CoNLL calls MISC). GUM has no MISC, so MISC is not scored.
/// </summary>
internal static class GumEntityReader
{
    public static List<NerDocument> Read(string path)
    {
        var docs = new List<NerDocument>();
        var words = new List<ConlluWord>();
        var sentEnds = new List<int>();
        var spans = new List<(int Start, int End, EntityType Type)>();
        foreach (var sentence in ConlluReader.Read(path))
        {
            if (sentence.StartsDocument && words.Count > 0)
            {
                docs.Add(Build(words, sentEnds, spans));
                words.Clear();
                sentEnds.Clear();
                spans.Clear();
            }

            int offset = words.Count;
            words.AddRange(sentence.Words);
            sentEnds.Add(words.Count);
            AddMentions(sentence.Words, offset, spans);
        }

        if (words.Count > 0) docs.Add(Build(words, sentEnds, spans));
        return docs;
    }

    private static void AddMentions(List<ConlluWord> sentence, int offset, List<(int Start, int End, EntityType Type)> spans)
    {
        var found = new List<(int Start, int End, EntityType Type)>();
        foreach (var m in GumEntityBrackets.Read(sentence))
        {
            if (Named(sentence, m.Start, m.Last, m.Fields) is { } span) found.Add(span);
        }

        // Outermost names only: drop any span inside (or equal to) another, keeping the earlier/longer one.
        found.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        int coveredTo = -1;
        foreach (var f in found)
        {
            if (f.Start < coveredTo) continue;
            spans.Add((offset + f.Start, offset + f.End, f.Type));
            coveredTo = f.End;
        }
    }

    private static (int Start, int End, EntityType Type)? Named(List<ConlluWord> s, int start, int last, string[] fields)
    {
        if (fields.Length < 6) return null;
        EntityType? type = fields[1] switch { "person" => EntityType.PER, "organization" => EntityType.ORG, "place" => EntityType.LOC, _ => null };
        if (type is null) return null;
        int head = -1;
        foreach (var part in fields[5].Split(','))
        {
            if (int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out int k) && start + k - 1 <= last
                && s[start + k - 1].Upos == "PROPN") head = start + k - 1;
        }

        if (head < 0) return null;
        // Plural person names ("Americans") are nationality or group words: CoNLL calls them MISC.
        if (type == EntityType.PER && s[head].Feats.Contains("Number=Plur", StringComparison.Ordinal)) return null;
        int a = head, b = head;
        while (a - 1 >= start && (NamePart(s[a - 1]) || (Joiner(s[a - 1]) && a - 2 >= start && NamePart(s[a - 2])))) a--;
        while (b + 1 <= last && (NamePart(s[b + 1]) || (Joiner(s[b + 1]) && b + 2 <= last && NamePart(s[b + 2])))) b++;
        return (a, b + 1, type.Value);
    }

    /// <summary>A proper noun, or a capitalised adjective, noun or number inside a name ("United States", "Global Voices").</summary>
    private static bool NamePart(ConlluWord w) =>
        w.Upos == "PROPN" || (w.Upos is "ADJ" or "NOUN" or "NUM" or "X" && w.Form.Length > 0 && char.IsUpper(w.Form[0]));

    private static bool Joiner(ConlluWord w) => w.Form is "of" or "the" or "and" or "&" or "'s" or "de" or "for";

    private static NerDocument Build(List<ConlluWord> words, List<int> sentEnds, List<(int Start, int End, EntityType Type)> spans)
    {
        var sb = new StringBuilder();
        var start = new int[words.Count];
        var end = new int[words.Count];
        for (int i = 0; i < words.Count; i++)
        {
            if (i > 0) sb.Append(' ');
            start[i] = sb.Length;
            sb.Append(words[i].Form);
            end[i] = sb.Length;
        }

        var sentStart = new int[sentEnds.Count];
        for (int k = 1; k < sentEnds.Count; k++) sentStart[k] = sentEnds[k - 1];
        return new NerDocument(new NerText(sb.ToString(), start, end, sentStart, [.. sentEnds]), [.. spans]);
    }
}
