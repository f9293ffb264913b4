namespace Dossier.Nlp.Corpora;

/// <summary>One GUM entity mention: words [Start, Last] of its sentence and its bracket's fields (id, etype, …).</summary>
public readonly record struct GumBracket(int Start, int Last, string[] Fields)
{
    public string Id => Fields[0];

    public string Type => Fields.Length > 1 ? Fields[1] : "";
}

/// <summary>
/// Parses GUM's MISC <c>Entity=</c> brackets of one sentence: "(ID-etype-…" opens a mention on a word, "ID)"
/// closes the innermost open mention with that id, "(ID-…)" is a one-word mention. Fields follow
/// <c># global.Entity = GRP-etype-infstat-salience-centering-minspan-link-identity</c>. Shared by the coreference
/// eval and the GUM named-entity eval.
/// </summary>
public static class GumEntityBrackets
{
    /// <summary>The sentence's mentions, in the order they close.</summary>
    public static List<GumBracket> Read(IReadOnlyList<ConlluWord> sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var mentions = new List<GumBracket>();
        var open = new List<(int Start, string[] Fields)>();
        for (int i = 0; i < sentence.Count; i++)
        {
            var entity = MiscValue(sentence[i].Misc, "Entity=");
            int p = 0;
            while (p < entity.Length)
            {
                if (entity[p] == '(')
                {
                    int q = p + 1;
                    while (q < entity.Length && entity[q] is not ('(' or ')')) q++;
                    var fields = entity[(p + 1)..q].Split('-');
                    open.Add((i, fields));
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

        return mentions;

        void Close(string id, int last)
        {
            for (int k = open.Count - 1; k >= 0; k--)
            {
                if (open[k].Fields[0] != id) continue;
                mentions.Add(new GumBracket(open[k].Start, last, open[k].Fields));
                open.RemoveAt(k);
                return;
            }
        }
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
