namespace Dossier.Nlp.Entities;

/// <summary>
/// Makes a document's entity types agree: a span takes the type that more than twice as many spans with
/// the same text (case-insensitive) got, and a one-word span equal to the last word of a multi-word
/// person name is that person's surname, so PER. Runs after decoding, so a first mention in a headline
/// that the tagger got wrong is outvoted by the later, clearer mentions of the same name.
/// </summary>
internal static class DocumentConsistency
{
    public static void Apply(NerText text, List<(int Start, int End, EntityType Type)> spans, int first)
    {
        if (spans.Count - first < 2) return;
        var votes = new Dictionary<string, int[]>(StringComparer.OrdinalIgnoreCase);
        var surnames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (int i = first; i < spans.Count; i++)
        {
            var (start, end, type) = spans[i];
            var key = Key(text, start, end);
            if (!votes.TryGetValue(key, out var v)) votes[key] = v = new int[EntityLabels.TypeCount + 1];
            v[(int)type]++;
            if (type == EntityType.PER && end - start > 1) surnames.Add(text.Token(end - 1).ToString());
        }

        for (int i = first; i < spans.Count; i++)
        {
            var (start, end, type) = spans[i];
            var key = Key(text, start, end);
            var v = votes[key];
            var best = type;
            for (int t = 1; t <= EntityLabels.TypeCount; t++)
            {
                if (v[t] > 2 * v[(int)best]) best = (EntityType)t;
            }

            if (end - start == 1 && surnames.Contains(key)) best = EntityType.PER;
            if (best != type) spans[i] = (start, end, best);
        }
    }

    private static string Key(NerText text, int start, int end) =>
        text.Text[text.Start[start]..text.End[end - 1]];
}
