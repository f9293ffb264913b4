namespace Dossier.Text.Readers;

/// <summary>Splits text into lines without copying it; line ends may be LF, CRLF or CR.</summary>
internal static class TextLines
{
    /// <summary>Every line that has non-space content, as the range of that content (surrounding spaces trimmed).</summary>
    public static List<CharRange> NonBlank(string text)
    {
        var lines = new List<CharRange>();
        int start = 0;
        while (start <= text.Length)
        {
            int end = NextLineEnd(text, start);
            var range = Trim(text, start, end);
            if (range.Length > 0) lines.Add(range);
            start = AfterLineEnd(text, end);
            if (end == text.Length) break;
        }

        return lines;
    }

    /// <summary>The index of the line end (CR or LF) at or after <paramref name="start"/>, or the text length.</summary>
    public static int NextLineEnd(string text, int start)
    {
        int i = text.AsSpan(start).IndexOfAny('\n', '\r');
        return i < 0 ? text.Length : start + i;
    }

    /// <summary>The start of the next line after the line end at <paramref name="end"/>.</summary>
    public static int AfterLineEnd(string text, int end)
    {
        if (end >= text.Length) return text.Length;
        return text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? end + 2 : end + 1;
    }

    public static CharRange Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return new CharRange(start, end);
    }
}
