namespace Dossier.Extraction.Claims;

/// <summary>
/// Finds outermost quotations in a text by their marks, paragraph by paragraph: typographic (“ ” ‘ ’),
/// guillemets (« ») and straight (" ') quotes. Inner quotations stay part of the outer one. A paragraph that
/// opens a quotation without closing it continues into the next paragraph when that one opens with a quote
/// mark (the news convention for multi-paragraph quotes); otherwise the unclosed quotation is dropped.
/// Apostrophes (don't, protesters’) are told apart from single quotes by the letters around them.
/// </summary>
internal static class QuoteMarkScanner
{
    private const char None = '\0';

    public static List<QuoteSpan> Scan(string text)
    {
        var spans = new List<QuoteSpan>();
        Span<char> stack = stackalloc char[8];
        int depth = 0;
        int open = -1, paragraphs = 1;
        bool paragraphStart = true;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n')
            {
                if (!paragraphStart && depth > 0 && !NextParagraphContinues(text, i, stack[0]))
                {
                    depth = 0;
                    open = -1;
                }

                if (!paragraphStart && depth > 0) paragraphs++;
                paragraphStart = true;
                continue;
            }

            if (paragraphStart && char.IsWhiteSpace(c)) continue;
            bool atParagraphStart = paragraphStart;
            paragraphStart = false;
            if (atParagraphStart && depth > 0 && IsOpening(text, i, stack[0]))
            {
                // The continuation mark of a multi-paragraph quotation.
                depth = 1;
                continue;
            }

            char kind = Classify(text, i, depth > 0 ? stack[depth - 1] : None, depth > 0 && Contains(stack[..depth], '\''), out bool opens);
            if (kind == None) continue;
            if (opens)
            {
                if (depth == stack.Length) continue;
                if (depth == 0)
                {
                    open = i;
                    paragraphs = 1;
                }

                stack[depth++] = kind;
            }
            else
            {
                // Close the innermost quotation of this kind; anything opened inside it was not closed.
                int at = LastIndex(stack[..depth], kind);
                if (at < 0) continue;
                depth = at;
                if (depth == 0 && open >= 0)
                {
                    spans.Add(new QuoteSpan(open, i, paragraphs));
                    open = -1;
                }
            }
        }

        return spans;
    }

    /// <summary>The kind of quote mark at i (" for double, ' for single, « for guillemets), or None.</summary>
    private static char Classify(string text, int i, char innermost, bool singleOpen, out bool opens)
    {
        opens = false;
        char c = text[i];
        switch (c)
        {
            case '“': opens = true; return '"';
            case '”': return '"';
            case '«': opens = true; return '«';
            case '»': return '«';
            case '"':
                opens = innermost != '"';
                return '"';
            case '‘':
                opens = !IsLetterOrDigit(text, i - 1);
                return opens || singleOpen ? '\'' : None;
            case '’':
            case '\'':
                bool after = IsLetterOrDigit(text, i + 1);
                if (c == '\'' && IsSpaceOrOpener(text, i - 1) && after) { opens = true; return '\''; }
                // A closing single quote: a single quotation is open and no letter follows.
                if (singleOpen && !after && !IsSpaceOrNothing(text, i - 1)) return '\'';
                return None;
            default:
                return None;
        }
    }

    private static bool NextParagraphContinues(string text, int newline, char kind)
    {
        int j = newline;
        while (j < text.Length && char.IsWhiteSpace(text[j])) j++;
        return j < text.Length && IsOpening(text, j, kind);
    }

    private static bool IsOpening(string text, int i, char kind) => kind switch
    {
        '"' => text[i] is '“' or '"',
        '«' => text[i] == '«',
        '\'' => text[i] is '‘' or '\'',
        _ => false,
    };

    private static bool IsLetterOrDigit(string text, int i) => i >= 0 && i < text.Length && char.IsLetterOrDigit(text[i]);

    private static bool IsSpaceOrNothing(string text, int i) => i < 0 || i >= text.Length || char.IsWhiteSpace(text[i]);

    private static bool IsSpaceOrOpener(string text, int i) =>
        IsSpaceOrNothing(text, i) || text[i] is '(' or '[' or '"' or '“' or '—' or '–';

    private static bool Contains(ReadOnlySpan<char> stack, char kind) => stack.IndexOf(kind) >= 0;

    private static int LastIndex(ReadOnlySpan<char> stack, char kind) => stack.LastIndexOf(kind);
}
