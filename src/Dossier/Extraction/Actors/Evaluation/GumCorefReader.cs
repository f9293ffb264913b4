using Dossier.Nlp.Corpora;

namespace Dossier.Extraction.Actors.Evaluation;

/// <summary>
/// Reads GUM's coreference layer: MISC <c>Entity=</c> brackets, "(ID-etype-…" opening a mention on a word,
/// "ID)" closing it, "(ID-…)" a one-word mention. Fields follow <c># global.Entity =
/// GRP-etype-infstat-salience-centering-minspan-link-identity</c>; only the id and the type are used here.
/// A mention's head comes from the gold tree (its first word whose head lies outside the span).
/// </summary>
public static class GumCorefReader
{
    /// <summary>Gold mentions of a run of sentences, with token indices counted from the run's first word.</summary>
    public static List<GoldMention> Read(IReadOnlyList<ConlluSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var mentions = new List<GoldMention>();
        var open = new List<(string Id, int Start, string Type)>();
        int offset = 0;
        foreach (var sentence in sentences)
        {
            var words = sentence.Words;
            open.Clear();
            for (int i = 0; i < words.Count; i++)
            {
                var entity = MiscValue(words[i].Misc, "Entity=");
                int p = 0;
                while (p < entity.Length)
                {
                    if (entity[p] == '(')
                    {
                        int q = p + 1;
                        while (q < entity.Length && entity[q] is not ('(' or ')')) q++;
                        var fields = entity[(p + 1)..q].Split('-');
                        open.Add((fields[0], i, fields.Length > 1 ? fields[1] : ""));
                        p = q;
                        if (p < entity.Length && entity[p] == ')') { Close(fields[0], i); p++; }
                    }
                    else
                    {
                        int q = p;
                        while (q < entity.Length && entity[q] != ')') q++;
                        Close(entity[p..q], i);
                        p = q + 1;
                    }
                }
            }

            offset += words.Count;

            void Close(string id, int last)
            {
                for (int k = open.Count - 1; k >= 0; k--)
                {
                    if (open[k].Id != id) continue;
                    var (_, start, type) = open[k];
                    open.RemoveAt(k);
                    mentions.Add(new GoldMention(offset + start, offset + last + 1, offset + HeadOf(words, start, last), id, type));
                    return;
                }
            }
        }

        mentions.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        return mentions;
    }

    /// <summary>The first word of [start, last] whose head is outside it (the span's syntactic head).</summary>
    private static int HeadOf(List<ConlluWord> words, int start, int last)
    {
        for (int i = start; i <= last; i++)
        {
            int head = words[i].Head - 1;
            if (head < start || head > last) return i;
        }

        return last;
    }

    private static string MiscValue(string misc, string key)
    {
        foreach (var part in misc.Split('|'))
        {
            if (part.StartsWith(key, StringComparison.Ordinal)) return part[key.Length..];
        }

        return "";
    }
}
