using Dossier.Pipeline;

namespace Dossier.Text.Tokenization;

/// <summary>
/// Groups tokens into sentences by rule. A paragraph break or any line break always ends a sentence (so a
/// headline without final punctuation is a sentence of its own). Terminal punctuation (. ! ? … and runs of
/// them) ends a sentence when the next token can start one (not lower case, not a comma or other
/// continuation mark); closing quotes and brackets after it stay with the sentence before. Abbreviations
/// and initials are single tokens that keep their full stop, so they never end a sentence here: the
/// tokenizer already split the stop off when an abbreviation ends one.
/// </summary>
public sealed class SentenceSplitter : IComponent
{
    /// <summary>How many capitalised words may stand between a quotation and its speech verb.</summary>
    private const int MaxSpeakerWords = 3;

    private readonly TokenizerLexicon _lexicon;

    /// <summary>A splitter with the lexicon of <see cref="DossierHome.Locate"/> (kept so callers from the
    /// skeleton's parameterless form keep working; prefer <see cref="Create"/> with an explicit home).</summary>
    public SentenceSplitter()
        : this(TokenizerLexicon.Load(DossierHome.Locate()))
    {
    }

    internal SentenceSplitter(TokenizerLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicon = lexicon;
    }

    public ComponentInfo Info { get; } = new("sentences", Layer.Tokens, Layer.Sentences);

    public static SentenceSplitter Create(DossierHome home) => new(TokenizerLexicon.Load(home));

    public void Process(Doc doc, Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(workspace);
        var bounds = workspace.Get<SentenceBuffer>();
        bounds.Clear();
        int n = doc.Count;
        int sentenceStart = 0;
        int t = 0;
        while (t < n)
        {
            if (t > sentenceStart && BreaksBefore(doc, t))
            {
                bounds.Add(sentenceStart, t);
                sentenceStart = t;
            }

            if (!IsTerminal(doc, t) || IsListMarker(doc, sentenceStart, t))
            {
                t++;
                continue;
            }

            int j = t + 1;
            bool ellipsis = IsEllipsis(doc, t);
            while (j < n && IsTerminal(doc, j) && !BreaksBefore(doc, j)) ellipsis |= IsEllipsis(doc, j++);
            int afterTerminal = j;
            while (j < n && !BreaksBefore(doc, j) && (IsClosingMark(doc, j) || IsTerminal(doc, j) || IsEmoticon(doc, j))) j++;
            j = SkipCitation(doc, j);

            // Lower case after a bare full stop, ! or ? starts a sentence (web text often skips capitals);
            // after an ellipsis or a closing quote ("Why?" he asked) it continues the sentence.
            bool lowerCaseStarts = j == afterTerminal && !ellipsis;
            bool quoted = j > afterTerminal && IsQuoteMark(doc, j - 1) && doc.Text[doc.End[afterTerminal - 1] - 1] is '!' or '?';
            if (j < n && !BreaksBefore(doc, j) && CanStartSentence(doc, j, lowerCaseStarts) &&
                !(quoted && IsSpeakerAndVerb(doc, j)))
            {
                bounds.Add(sentenceStart, j);
                sentenceStart = j;
            }

            t = j;
        }

        if (n > sentenceStart) bounds.Add(sentenceStart, n);
        doc.SetSentences(bounds.Starts.ToArray(), bounds.Ends.ToArray());
    }

    /// <summary>The stop of a list number that opens a sentence ("1. Blowback in Iraq") does not end it.</summary>
    private static bool IsListMarker(Doc doc, int sentenceStart, int t) =>
        t == sentenceStart + 1 && (doc.Flags[sentenceStart] & (TokenFlags.Number | TokenFlags.NoSpaceAfter)) ==
        (TokenFlags.Number | TokenFlags.NoSpaceAfter) && doc.End[sentenceStart] - doc.Start[sentenceStart] <= 2 &&
        doc.Text[doc.Start[t]] == '.';

    /// <summary>A paragraph start or a line break in the whitespace before token t.</summary>
    private static bool BreaksBefore(Doc doc, int t)
    {
        if ((doc.Flags[t] & TokenFlags.ParagraphStart) != 0) return true;
        var gap = doc.Text.AsSpan(doc.End[t - 1], doc.Start[t] - doc.End[t - 1]);
        foreach (char c in gap)
        {
            if (c == '\r' || CharClass.LineBreaks(c) > 0) return true;
        }

        return false;
    }

    /// <summary>A token made only of . ! ? … (a full stop, "?!", an ellipsis).</summary>
    private static bool IsTerminal(Doc doc, int t)
    {
        var text = doc.Text.AsSpan(doc.Start[t], doc.End[t] - doc.Start[t]);
        foreach (char c in text)
        {
            if (!CharClass.IsTerminal(c)) return false;
        }

        return true;
    }

    private static bool IsEllipsis(Doc doc, int t)
    {
        var text = doc.Text.AsSpan(doc.Start[t], doc.End[t] - doc.Start[t]);
        return text.Contains('\u2026') || text.Contains("..", StringComparison.Ordinal);
    }

    /// <summary>Skips a citation mark such as "[17]" that follows the end of a sentence on the same line.</summary>
    private static int SkipCitation(Doc doc, int j)
    {
        while (j + 2 < doc.Count && IsChar(doc, j, '[') && IsChar(doc, j + 2, ']') &&
               (doc.Flags[j + 1] & TokenFlags.Number) != 0 && !BreaksBefore(doc, j))
        {
            j += 3;
        }

        return j;
    }

    private static bool IsChar(Doc doc, int t, char c) => doc.End[t] - doc.Start[t] == 1 && doc.Text[doc.Start[t]] == c;

    private static bool IsQuoteMark(Doc doc, int t)
    {
        char c = doc.Text[doc.End[t] - 1];
        return c is '"' or '\'' or '\u201D' or '\u2019' or '\u00BB';
    }

    /// <summary>
    /// Up to three capitalised words, a speech verb, then punctuation: "Why?" Pete asked. / "No!" I said,
    /// ... A verb with its own object ("Why?" Shojai told the crowd ...) starts a new sentence.
    /// </summary>
    private bool IsSpeakerAndVerb(Doc doc, int j)
    {
        for (int k = j; k < doc.Count && k <= j + MaxSpeakerWords; k++)
        {
            var word = doc.Text.AsSpan(doc.Start[k], doc.End[k] - doc.Start[k]);
            if (k > j && _lexicon.IsSpeechVerb(word))
                return k + 1 == doc.Count || doc.Text[doc.Start[k + 1]] is '.' or ',' or '!' or '?' or ';' or ':';
            if (!CharClass.IsUpper(word[0]) || BreaksBefore(doc, k)) return false;
        }

        return false;
    }

    /// <summary>An emoticon or emoji after the end of a sentence (":) " "!!! 😀") belongs to that sentence.</summary>
    private static bool IsEmoticon(Doc doc, int t) => (doc.Flags[t] & TokenFlags.Emoji) != 0;

    /// <summary>A closing quote or bracket attached to the token before it ('' and ’’ count as one mark).</summary>
    private static bool IsClosingMark(Doc doc, int t)
    {
        int length = doc.End[t] - doc.Start[t];
        char c = doc.Text[doc.Start[t]];
        if (length == 2 && c is '\'' or '\u2019' && doc.Text[doc.Start[t] + 1] == c) return true;
        if (length != 1) return false;
        if (!CharClass.IsCloser(c)) return false;
        return c is not ('"' or '\'') || (doc.Flags[t - 1] & TokenFlags.NoSpaceAfter) != 0;
    }

    /// <summary>Whether token t can open a sentence: not lower case and not a continuation mark.</summary>
    private static bool CanStartSentence(Doc doc, int t, bool lowerCaseStarts)
    {
        char c = doc.Text[doc.Start[t]];
        if (CharClass.IsLower(c)) return lowerCaseStarts;
        return c is not (',' or ';' or ':' or ')' or ']' or '}' or '%' or '\u2019');
    }

    /// <summary>Per-worker buffer of sentence bounds.</summary>
    private sealed class SentenceBuffer
    {
        private int[] _starts = new int[256];
        private int[] _ends = new int[256];
        private int _count;

        public ReadOnlySpan<int> Starts => _starts.AsSpan(0, _count);

        public ReadOnlySpan<int> Ends => _ends.AsSpan(0, _count);

        public void Clear() => _count = 0;

        public void Add(int start, int end)
        {
            if (_count == _starts.Length)
            {
                Array.Resize(ref _starts, _count * 2);
                Array.Resize(ref _ends, _count * 2);
            }

            _starts[_count] = start;
            _ends[_count] = end;
            _count++;
        }
    }
}
