namespace Dossier.Text.Readers;

/// <summary>
/// Finds a plain-text article's headline: the first line, when it is short, is followed by a blank line,
/// is not marked as boilerplate and does not end like a sentence in the middle of prose (comma, colon,
/// semicolon). The line stays in the text; only the title is taken from it.
/// </summary>
internal static class Headline
{
    public const int MaxChars = 200;

    public static string? Find(string text, IReadOnlyList<CharRange> boilerplate)
    {
        int start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start])) start++;
        if (start == text.Length) return null;
        int end = TextLines.NextLineEnd(text, start);
        var line = TextLines.Trim(text, start, end);
        if (line.Length == 0 || line.Length > MaxChars) return null;
        if (text[line.End - 1] is ',' or ';' or ':') return null;
        foreach (var range in boilerplate)
        {
            if (range.Start < line.End && line.Start < range.End) return null;
        }

        // A blank line must follow, and something after it: a one-line text has no headline.
        int next = TextLines.AfterLineEnd(text, end);
        if (next >= text.Length) return null;
        int nextEnd = TextLines.NextLineEnd(text, next);
        if (TextLines.Trim(text, next, nextEnd).Length > 0) return null;
        if (TextLines.Trim(text, nextEnd, text.Length).Length == 0) return null;
        return text.Substring(line.Start, line.Length);
    }
}
