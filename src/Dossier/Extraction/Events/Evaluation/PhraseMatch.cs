namespace Dossier.Extraction.Events.Evaluation;

/// <summary>
/// The evaluation's actor and place matching by text (docs/events.md, "Matching"). Words are lower-cased,
/// stripped of surrounding punctuation and a possessive 's; a phrase's head word is its last word. A gold
/// phrase matches a system role filler when both are absent, or when the gold head word is a word of the
/// system phrase or of the system actor's name, or the system head word is a word of the gold phrase.
/// </summary>
public static class PhraseMatch
{
    public static bool Matches(string? gold, string? systemPhrase, string? systemName)
    {
        var g = Words(gold);
        var s = Words(systemPhrase);
        var n = Words(systemName);
        if (g.Length == 0) return s.Length == 0 && n.Length == 0;
        if (s.Length == 0 && n.Length == 0) return false;
        var head = g[^1];
        return s.Contains(head) || n.Contains(head) || (s.Length > 0 && g.Contains(s[^1]));
    }

    public static string[] Words(string? phrase)
    {
        if (string.IsNullOrWhiteSpace(phrase)) return [];
        var words = new List<string>();
        foreach (var raw in phrase.Split((char[])[' ', '\t', '\n', '\u00A0'], StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.Trim(s_punctuation).ToLowerInvariant();
            if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal)) word = word[..^2];
            word = word.Trim(s_punctuation);
            if (word.Length > 0) words.Add(word);
        }

        return [.. words];
    }

    private static readonly char[] s_punctuation = ['.', ',', ';', ':', '!', '?', '"', '\'', '\u2018', '\u2019', '\u201C', '\u201D', '(', ')', '[', ']', '-', '\u2014'];
}
