namespace Dossier.Nlp.Entities;

/// <summary>
/// Names in title-case headlines ("Coup In Thailand: Military Seizes Control Of Country") need the body's word:
/// every word is capitalised there, so capitals say nothing and the model strings ordinary words into names
/// ("Military Seizes Control Of Country" ORG, "Feel A Chill" MISC). A multi-word span in such a line is kept
/// when each of its words is capitalised mid-sentence somewhere in the body; otherwise it shrinks to its longest
/// run of such words (or words of names the model found in the body) when the body names exactly that run (with the body's type: "Basque Region Shines" →
/// "Basque" MISC), and is dropped when it does not. One-word spans stay: the model reads those well.
/// </summary>
internal static class TitleCaseHeadlines
{
    private const int MinCapitalisedWords = 4;
    private const int MinOrdinaryWords = 2;

    public static void Apply(NerText text, List<(int Start, int End, EntityType Type)> spans, int first)
    {
        var candidate = new bool[text.SentStart.Length];
        bool any = false;
        for (int sent = 0; sent < candidate.Length; sent++) any |= candidate[sent] = LooksTitleCase(text, text.SentStart[sent], text.SentEnd[sent]);
        if (!any) return;

        // What the body (lines that are not title case) says about each word: capitalised mid-sentence, or lower case.
        // Span lookups: a word is turned into a string only the first time a set sees it.
        var capitalised = new HashSet<string>(StringComparer.Ordinal);
        var lower = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var capitalisedLookup = capitalised.GetAlternateLookup<ReadOnlySpan<char>>();
        var lowerLookup = lower.GetAlternateLookup<ReadOnlySpan<char>>();
        var sentenceOf = new int[text.Count];
        for (int sent = 0; sent < candidate.Length; sent++)
        {
            for (int t = text.SentStart[sent]; t < text.SentEnd[sent]; t++)
            {
                sentenceOf[t] = sent;
                if (candidate[sent]) continue;
                var word = text.Token(t);
                if (word.Length > 0 && char.IsLower(word[0])) lowerLookup.Add(word);
                else if (t > text.SentStart[sent] && StartsUpper(word)) capitalisedLookup.Add(word);
            }
        }

        // A headline, unlike a byline or a list of names, holds ordinary words the body writes in lower case.
        var headline = new bool[candidate.Length];
        for (int sent = 0; sent < candidate.Length; sent++)
        {
            if (!candidate[sent]) continue;
            int ordinary = 0;
            for (int t = text.SentStart[sent] + 1; t < text.SentEnd[sent]; t++)
                if (StartsUpper(text.Token(t)) && lowerLookup.Contains(text.Token(t))) ordinary++;
            headline[sent] = ordinary >= MinOrdinaryWords;
        }

        var bodyNames = new Dictionary<string, EntityType>(StringComparer.Ordinal);
        for (int i = first; i < spans.Count; i++)
        {
            var (start, end, type) = spans[i];
            if (candidate[sentenceOf[start]]) continue;
            bodyNames.TryAdd(Text(text, start, end), type);
            for (int t = start; t < end; t++) capitalisedLookup.Add(text.Token(t)); // "Vladimir Putin" opening a sentence
        }

        for (int i = spans.Count - 1; i >= first; i--)
        {
            var (start, end, _) = spans[i];
            if (end - start < 2 || !headline[sentenceOf[start]]) continue;
            var (runStart, runEnd) = LongestAttestedRun(text, capitalisedLookup, start, end);
            if (runStart == start && runEnd == end) continue;
            if (runEnd > runStart && bodyNames.TryGetValue(Text(text, runStart, runEnd), out var type)) spans[i] = (runStart, runEnd, type);
            else spans.RemoveAt(i);
        }
    }

    /// <summary>A line of at least four words, all capitalised bar the odd one, and not in capitals throughout.</summary>
    private static bool LooksTitleCase(NerText text, int a, int b)
    {
        int upper = 0, lower = 0, allCaps = 0;
        for (int t = a; t < b; t++)
        {
            var word = text.Token(t);
            if (word.Length == 0 || !char.IsLetter(word[0])) continue;
            if (char.IsLower(word[0])) lower++;
            else
            {
                upper++;
                if (word.Length > 1 && !word.ContainsAnyInRange('a', 'z')) allCaps++;
            }
        }

        return upper >= MinCapitalisedWords && lower * 5 <= upper && allCaps * 2 < upper;
    }

    private static (int Start, int End) LongestAttestedRun(NerText text, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup, int start, int end)
    {
        int bestStart = start, bestEnd = start, runStart = start;
        for (int t = start; t <= end; t++)
        {
            if (t < end && lookup.Contains(text.Token(t))) continue;
            if (t - runStart > bestEnd - bestStart) (bestStart, bestEnd) = (runStart, t);
            runStart = t + 1;
        }

        return (bestStart, bestEnd);
    }

    private static bool StartsUpper(ReadOnlySpan<char> word) => word.Length > 0 && char.IsUpper(word[0]);

    private static string Text(NerText text, int start, int end) => text.Text[text.Start[start]..text.End[end - 1]];
}
