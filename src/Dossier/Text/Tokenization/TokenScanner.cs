using System.Buffers;

namespace Dossier.Text.Tokenization;

/// <summary>
/// The tokenizer's hand-written scanner. It walks the text once, cuts it into whitespace-separated chunks
/// and splits each chunk UD-style: leading punctuation, then URLs/e-mails/mentions/hashtags, trailing
/// punctuation (keeping the full stop of abbreviations), clitics, and finally infix splits (hyphens,
/// dashes, slashes, emoji). Offsets always index the original text. One scanner belongs to one worker
/// (it lives in the <see cref="Pipeline.Workspace"/>) and reuses its buffers from document to document.
/// </summary>
internal sealed class TokenScanner
{
    private static readonly SearchValues<char> s_specialMarks = SearchValues.Create("@:#");

    private string _text = "";
    private TokenizerLexicon? _lexicon;
    private int[] _start = new int[1024];
    private int[] _end = new int[1024];
    private TokenFlags[] _flags = new TokenFlags[1024];
    private int _count;

    // Trailing tokens of the current chunk, pushed right to left and emitted in reverse.
    private int[] _suffixStart = new int[32];
    private int[] _suffixEnd = new int[32];
    private TokenFlags[] _suffixFlags = new TokenFlags[32];
    private int _suffixCount;

    private TokenFlags _pending;
    private bool _inQuote;

    public int Count => _count;

    public ReadOnlySpan<int> Starts => _start.AsSpan(0, _count);

    public ReadOnlySpan<int> Ends => _end.AsSpan(0, _count);

    public Span<TokenFlags> Flags => _flags.AsSpan(0, _count);

    private TokenizerLexicon Lexicon => _lexicon!;

    /// <summary>Tokenizes <paramref name="text"/> into this scanner's buffers (read them before the next call).</summary>
    public void Scan(string text, TokenizerLexicon lexicon)
    {
        _text = text;
        _lexicon = lexicon;
        _count = 0;
        _pending = TokenFlags.ParagraphStart;
        _inQuote = false;
        int i = 0, n = text.Length;
        while (true)
        {
            int breaks = 0;
            while (i < n && CharClass.IsSpace(text[i]))
            {
                breaks += CharClass.LineBreaks(text[i]);
                i++;
            }

            if (i >= n) break;
            if (breaks >= 2)
            {
                _pending |= TokenFlags.ParagraphStart;
                _inQuote = false;
            }

            int e = i;
            while (e < n && !CharClass.IsSpace(text[e])) e++;
            Chunk(i, e);
            i = e;
        }

        MarkSpaces();
    }

    /// <summary>Splits one whitespace-free chunk [s, e). A loop, not recursion, so no input can exhaust the stack.</summary>
    private void Chunk(int s, int e)
    {
        while (s < e)
        {
            int emoticon = Lexicon.EmoticonAt(_text.AsSpan(s, e - s), atEnd: false);
            if (emoticon > 0 && (s + emoticon == e || !CharClass.IsAlnum(_text[s + emoticon])))
            {
                Emit(s, s + emoticon, TokenFlags.Emoji);
                s += emoticon;
                continue;
            }

            s = SplitLeading(s, e);
            if (s >= e) return;

            if (_text.AsSpan(s, e - s).ContainsAny(s_specialMarks) || StartsWithIgnoreCase(s, e, "www."))
            {
                int special = MatchSpecial(s, e, out var flag);
                if (special > s)
                {
                    Emit(s, special, flag);
                    s = special;
                    continue;
                }
            }

            _suffixCount = 0;
            int b = SplitTrailing(s, e);
            if (b > s) b = SplitClitics(s, b);
            if (b > s) SplitInside(s, b);
            for (int k = _suffixCount - 1; k >= 0; k--)
            {
                if (_suffixFlags[k] == TokenFlags.None) EmitPunct(_suffixStart[k], _suffixEnd[k]);
                else Emit(_suffixStart[k], _suffixEnd[k], _suffixFlags[k]);
            }

            _suffixCount = 0;
            return;
        }
    }

    /// <summary>Emits opening quotes, brackets and currency signs at the front of a chunk.</summary>
    private int SplitLeading(int s, int e)
    {
        var text = _text;
        while (s < e)
        {
            char c = text[s];
            if (CharClass.IsOpening(c) || c == '"' || CharClass.IsCurrency(c))
            {
                if (c == '<' && s + 1 < e && !CharClass.IsAlnum(text[s + 1]) && text[s + 1] != '<') break;
                int r = s + 1;
                while (r < e && (c == '<' || CharClass.IsCurrency(c)) && text[r] == c) r++;
                EmitPunct(s, r);
                s = r;
            }
            else if (CharClass.IsApostrophe(c) && s + 1 < e)
            {
                // '90s and a bare clitic ('s after a space) stay whole; otherwise it opens a quotation.
                if (CharClass.IsDigit(text[s + 1]) || IsClitic(s, e)) break;
                int r = c == '`' && text[s + 1] == '`' ? s + 2 : s + 1;
                EmitPunct(s, r);
                s = r;
            }
            else if (CharClass.IsDash(c) || c is '*' or '\u2022' or '\u00B7' or '|' or '~' or '=' or '+' or '/' or '^')
            {
                int r = s + 1;
                while (r < e && text[r] == c) r++;
                if (c == '-' && r == s + 1 && r < e && CharClass.IsDigit(text[r])) break; // -5 is a number
                EmitPunct(s, r);
                s = r;
            }
            else
            {
                break;
            }
        }

        return s;
    }

    /// <summary>
    /// Pushes trailing punctuation onto the suffix stack and returns where the word body ends. A single full
    /// stop stays on an abbreviation or initial unless the sentence ends there.
    /// </summary>
    private int SplitTrailing(int s, int e)
    {
        var text = _text;
        int b = e;
        bool? openAngle = null;
        int emoticon = Lexicon.EmoticonAt(text.AsSpan(s, e - s), atEnd: true);
        if (emoticon > 0 && emoticon < e - s)
        {
            PushSuffix(e - emoticon, e, TokenFlags.Emoji);
            b = e - emoticon;
        }

        while (b > s)
        {
            char c = text[b - 1];
            if (c is '.' or '!' or '?')
            {
                int r = b - 1;
                while (r > s && text[r - 1] is '.' or '!' or '?') r--;
                if (c == '.' && b - r == 1 && r > s && KeepsStop(s, b, e)) break;
                if (b - r == 2 && text[r] == '.' && text[r + 1] == '.' && r > s && IsAbbreviationAt(s, r + 1))
                {
                    PushSuffix(r + 1, b);
                    b = r + 1;
                    break;
                }

                PushSuffix(r, b);
                b = r;
            }
            else if (c is '\'' or '\u2019' && b - 2 > s && text[b - 2] == c)
            {
                PushSuffix(b - 2, b); // a doubled closing quote ('' or ’’) is one token
                b -= 2;
            }
            else if (CharClass.IsClosing(c))
            {
                if (c == '>' && (openAngle ??= HasBefore(s, e, '<')) == false) break;
                if (CharClass.IsApostrophe(c) && b - 1 > s && IsEmbeddedElision(s, b)) break;
                PushSuffix(b - 1, b);
                b--;
            }
            else if (CharClass.IsDash(c) || c is '*')
            {
                if (c == '-' && b - 1 > s && text[b - 2] != '-' && CharClass.IsLetter(text[b - 2])) break;
                int r = b - 1;
                while (r > s && text[r - 1] == c) r--;
                PushSuffix(r, b);
                b = r;
            }
            else
            {
                break;
            }
        }

        return b;
    }

    /// <summary>Splits a whole-word contraction (cannot) or a final clitic (n't, 's); returns the new body end.</summary>
    private int SplitClitics(int s, int b)
    {
        var word = _text.AsSpan(s, b - s);
        if (word.Length >= 2 && word.Length <= TokenizerLexicon.MaxFoldedLength && CharClass.IsLetter(word[0]))
        {
            var splits = Lexicon.ContractionSplits(word);
            if (splits is not null)
            {
                int last = b;
                for (int k = splits.Length - 1; k >= 0; k--)
                {
                    PushSuffix(s + splits[k], last);
                    last = s + splits[k];
                }

                return last;
            }
        }

        if (word.Length < 3 || word.IndexOfAny('\'', '\u2019', '`') < 0) return b;
        Span<char> buffer = stackalloc char[4];
        foreach (var clitic in Lexicon.Clitics)
        {
            if (clitic.Length >= word.Length) continue;
            var tail = word[^clitic.Length..];
            if (!TokenizerLexicon.Fold(tail, buffer, out var folded) || !folded.SequenceEqual(clitic)) continue;
            if (!CharClass.IsLetter(word[^(clitic.Length + 1)])) continue; // 1960's and 12's stay whole, as in UD
            PushSuffix(b - clitic.Length, b);
            return b - clitic.Length;
        }

        return b;
    }

    /// <summary>Walks a word body left to right and splits it at hyphens, dashes, slashes, symbols and emoji.</summary>
    private void SplitInside(int s, int b)
    {
        var text = _text;
        int t = s, k = s;
        while (k < b)
        {
            char c = text[k];
            if (CharClass.IsWordChar(c))
            {
                if (k > t && CharClass.IsDigit(text[k - 1]) && CharClass.IsLetter(c) && SplitsUnit(t, k, b))
                {
                    Flush(t, k);
                    t = k;
                }

                k++;
                continue;
            }

            if (char.IsSurrogate(c) || (c >= '\u2300' && c <= '\u2BFF'))
            {
                int cp = CharClass.CodePointAt(text.AsSpan(0, b), k, out int len);
                if (CharClass.IsEmoji(cp))
                {
                    Flush(t, k);
                    int end = EmojiEnd(k + len, b, cp);
                    Emit(k, end, TokenFlags.Emoji);
                    t = k = end;
                    continue;
                }

                if (char.IsLetterOrDigit(text, k) || CharClass.IsEmojiModifier(cp))
                {
                    k += len;
                    continue;
                }
            }

            bool between = k > t && k + 1 < b;
            switch (c)
            {
                case '-' or '\'' or '\u2019' when k == s && k + 1 < b && CharClass.IsDigit(text[k + 1]):
                    k++; // a sign (-0.4) or an elided century ('90s) belongs to the number
                    continue;
                case '-':
                    if ((between && CharClass.IsAlnum(text[k - 1]) && CharClass.IsAlnum(text[k + 1]) && KeepsHyphen(t, k, b)) ||
                        (k == b - 1 && k > t && CharClass.IsLetter(text[k - 1])))
                    {
                        k++;
                        continue;
                    }

                    break;
                case '.':
                    if (between && CharClass.IsAlnum(text[k - 1]) && CharClass.IsAlnum(text[k + 1]) &&
                        !(CharClass.IsLower(text[k - 1]) && CharClass.IsUpper(text[k + 1]) && k + 2 < b && CharClass.IsLower(text[k + 2])))
                    {
                        k++;
                        continue;
                    }

                    if (k > t && k == b - 1)
                    {
                        k++; // a final stop still here was kept on purpose by SplitTrailing (abbreviation, list number)
                        continue;
                    }

                    if (k > t && text[k + 1] != '.' && IsAbbreviationAt(t, k + 1))
                    {
                        Flush(t, k + 1);
                        t = k = k + 1;
                        continue;
                    }

                    break;
                case ',' or ':' or '/':
                    if (between && CharClass.IsDigit(text[k - 1]) && CharClass.IsDigit(text[k + 1]))
                    {
                        k++;
                        continue;
                    }

                    break;
                case '\'' or '\u2019' or '&' or '@':
                    if (between && CharClass.IsAlnum(text[k - 1]) && CharClass.IsAlnum(text[k + 1]))
                    {
                        k++;
                        continue;
                    }

                    break;
            }

            Flush(t, k);
            int r = char.IsHighSurrogate(c) && k + 1 < b && char.IsLowSurrogate(text[k + 1]) ? k + 2 : k + 1;
            if (!CharClass.IsOpening(c) && !CharClass.IsQuote(c) && c is not (')' or ']' or '}'))
            {
                while (r < b && text[r] == c) r++;
            }

            EmitPunct(k, r);
            t = k = r;
        }

        Flush(t, b);
    }

    /// <summary>A URL, e-mail address, @mention or #hashtag starting at <paramref name="s"/>; returns its end or s.</summary>
    private int MatchSpecial(int s, int e, out TokenFlags flag)
    {
        var text = _text;
        flag = TokenFlags.None;
        char c = text[s];
        if ((c == '@' || c == '#') && s + 1 < e && CharClass.IsWordChar(text[s + 1]))
        {
            int r = s + 1;
            while (r < e && CharClass.IsWordChar(text[r])) r++;
            if (c == '#' && CharClass.IsDigit(text[s + 1]) && AllDigits(s + 1, r)) return s; // #1 is a rank, not a tag
            flag = c == '@' ? TokenFlags.Mention : TokenFlags.Hashtag;
            return r;
        }

        if (StartsWithIgnoreCase(s, e, "http://") || StartsWithIgnoreCase(s, e, "https://") ||
            StartsWithIgnoreCase(s, e, "ftp://") || StartsWithIgnoreCase(s, e, "www."))
        {
            flag = TokenFlags.Url;
            return TrimUrlEnd(s, e);
        }

        int at = text.IndexOf('@', s, e - s);
        if (at > s)
        {
            int local = s;
            while (local < at && (CharClass.IsWordChar(text[local]) || text[local] is '.' or '-' or '+' or '%')) local++;
            if (local != at) return s;
            int r = at + 1, dots = 0;
            while (r < e && (CharClass.IsWordChar(text[r]) || text[r] is '.' or '-'))
            {
                if (text[r] == '.') dots++;
                r++;
            }

            while (r > at + 1 && text[r - 1] is '.' or '-') r--;
            if (dots == 0 || r <= at + 3 || text.AsSpan(at + 1, r - at - 1).IndexOf('.') <= 0) return s;
            flag = TokenFlags.Email;
            return r;
        }

        return s;
    }

    private int TrimUrlEnd(int s, int e)
    {
        var text = _text;
        int r = e;
        bool? openParen = null;
        while (r > s)
        {
            char c = text[r - 1];
            if (c is '.' or ',' or ';' or ':' or '!' or '?' or '"' or '\'' or '\u201D' or '\u2019' or '>' or ']' or '}')
                r--;
            else if (c == ')' && (openParen ??= HasBefore(s, e, '(')) == false)
                r--;
            else
                break;
        }

        return r;
    }

    /// <summary>Whether the full stop at b-1 stays on the word [s, b): abbreviations and initials keep it
    /// unless the sentence ends there (then UD writes the stop as its own token: "etc" + ".").</summary>
    private bool KeepsStop(int s, int b, int e)
    {
        var kind = AbbreviationAt(s, b);
        if (kind == AbbreviationKind.None) return false;
        for (int i = b; i < e; i++)
        {
            if (!CharClass.IsCloser(_text[i])) return true; // the stop is not at the end of the sentence's last word
        }

        if (EndsLineOrText(e)) return false;
        return !(kind == AbbreviationKind.Other && NextWordStartsSentence(e));
    }

    private bool IsAbbreviationAt(int s, int b) => AbbreviationAt(s, b) != AbbreviationKind.None;

    /// <summary>The kind of the word [s, b) ending in a full stop: listed, an initial (J.), or dotted (U.S., a.m.).</summary>
    private AbbreviationKind AbbreviationAt(int s, int b)
    {
        var word = _text.AsSpan(s, b - s);
        var kind = Lexicon.Abbreviation(word);
        if (kind != AbbreviationKind.None) return kind;
        if (word.Length > 2 && word.Length <= TokenizerLexicon.MaxFoldedLength && IsAllUpper(word))
        {
            Span<char> title = stackalloc char[word.Length];
            title[0] = word[0];
            for (int q = 1; q < word.Length; q++) title[q] = char.ToLowerInvariant(word[q]);
            kind = Lexicon.Abbreviation(title);
            if (kind != AbbreviationKind.None) return kind;
        }

        if (word.Length == 2 && CharClass.IsLetter(word[0])) return CharClass.IsUpper(word[0]) ? AbbreviationKind.Title : AbbreviationKind.Other;

        // letter(s).letter(s). ... with every segment one or two letters: U.S., e.g., Ph.D., a.m.
        int segments = 0, i = 0;
        while (i < word.Length)
        {
            int j = i;
            while (j < word.Length && CharClass.IsLetter(word[j])) j++;
            if (j == i || j - i > 2 || j >= word.Length || word[j] != '.') return AbbreviationKind.None;
            segments++;
            i = j + 1;
        }

        return segments >= 2 ? AbbreviationKind.Other : AbbreviationKind.None;
    }

    private static bool IsAllUpper(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
        {
            if (CharClass.IsLower(c)) return false;
        }

        return true;
    }

    private bool EndsLineOrText(int e)
    {
        var text = _text;
        for (int i = e; i < text.Length; i++)
        {
            char c = text[i];
            if (!CharClass.IsSpace(c)) return false;
            if (CharClass.LineBreaks(c) > 0 || c == '\r') return true;
        }

        return true;
    }

    /// <summary>True when the next word (after spaces and opening quotes) is one that usually starts a sentence.</summary>
    private bool NextWordStartsSentence(int e)
    {
        var text = _text;
        int i = e;
        while (i < text.Length && CharClass.IsSpace(text[i])) i++;
        while (i < text.Length && (CharClass.IsOpening(text[i]) || text[i] == '"')) i++;
        int j = i;
        while (j < text.Length && CharClass.IsLetter(text[j])) j++;
        return j > i && Lexicon.IsSentenceStarter(text.AsSpan(i, j - i));
    }

    /// <summary>Whether the hyphen at k joins [t, k) to what follows: a listed prefix (non-, e-), a phone number or ZIP+4.</summary>
    private bool KeepsHyphen(int t, int k, int b)
    {
        var text = _text;
        if (CharClass.IsDigit(text[k - 1]) && CharClass.IsDigit(text[k + 1]))
        {
            int l = k;
            while (l > t && CharClass.IsDigit(text[l - 1])) l--;
            int r = k + 1;
            while (r < b && CharClass.IsDigit(text[r])) r++;
            bool continuesPhone = l > t && text[l - 1] == '-';
            return (k - l == 3 && r - k - 1 is 3 or 4) || (k - l == 5 && r - k - 1 == 4) || (continuesPhone && r - k - 1 >= 3);
        }

        return Lexicon.KeepsHyphen(text.AsSpan(t, k - t));
    }

    /// <summary>
    /// Whether letters after a number are a unit UD writes apart (5m, 650k, 10am, 375mm) rather than an
    /// ordinal or plural suffix that stays (17th, 1990s, 3D).
    /// </summary>
    private bool SplitsUnit(int t, int k, int b)
    {
        var text = _text;
        for (int i = t; i < k; i++)
        {
            if (!CharClass.IsDigit(text[i]) && text[i] is not ('.' or ',' or ':')) return false;
        }

        int r = k;
        while (r < b && CharClass.IsLetter(text[r])) r++;
        if (r < b && CharClass.IsAlnum(text[r])) return false;
        var suffix = text.AsSpan(k, r - k);
        if (suffix.Length == 1) return (suffix[0] | 0x20) is 'm' or 'k' or 'b' or 'x';
        Span<char> buffer = stackalloc char[TokenizerLexicon.MaxFoldedLength];
        return !TokenizerLexicon.Fold(suffix, buffer, out var folded) ||
               !(folded.SequenceEqual("th") || folded.SequenceEqual("st") || folded.SequenceEqual("nd") || folded.SequenceEqual("rd"));
    }

    private bool IsClitic(int s, int e)
    {
        Span<char> buffer = stackalloc char[4];
        if (e - s > 4 || !TokenizerLexicon.Fold(_text.AsSpan(s, e - s), buffer, out var folded)) return false;
        foreach (var clitic in Lexicon.Clitics)
        {
            if (folded.SequenceEqual(clitic)) return true;
        }

        return false;
    }

    /// <summary>An apostrophe that ends a word but belongs to it (rock 'n' roll style "'n'"): never split.</summary>
    private bool IsEmbeddedElision(int s, int b) =>
        b - s == 3 && CharClass.IsApostrophe(_text[s]) && CharClass.IsLetter(_text[s + 1]);

    private int EmojiEnd(int i, int b, int first)
    {
        bool regional = first is >= 0x1F1E6 and <= 0x1F1FF;
        while (i < b)
        {
            int cp = CharClass.CodePointAt(_text.AsSpan(0, b), i, out int len);
            if (CharClass.IsEmojiModifier(cp))
            {
                i += len;
            }
            else if (cp == 0x200D && i + 1 < b)
            {
                int next = CharClass.CodePointAt(_text.AsSpan(0, b), i + 1, out int nextLen);
                if (!CharClass.IsEmoji(next)) break;
                i += 1 + nextLen;
            }
            else if (regional && cp is >= 0x1F1E6 and <= 0x1F1FF)
            {
                i += len;
                regional = false;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private bool HasBefore(int s, int end, char c) => _text.AsSpan(s, end - s).IndexOf(c) >= 0;

    private bool AllDigits(int s, int e)
    {
        for (int i = s; i < e; i++)
        {
            if (!CharClass.IsDigit(_text[i])) return false;
        }

        return true;
    }

    private bool StartsWithIgnoreCase(int s, int e, string prefix) =>
        e - s > prefix.Length && _text.AsSpan(s, prefix.Length).Equals(prefix, StringComparison.OrdinalIgnoreCase);

    private void Flush(int t, int k)
    {
        if (k <= t) return;
        var flags = TokenFlags.None;
        if (CharClass.IsDigit(_text[t]) || (k - t > 1 && _text[t] is '-' or '.' && CharClass.IsDigit(_text[t + 1])))
            flags = IsNumber(t, k) ? TokenFlags.Number : TokenFlags.None;
        Emit(t, k, flags);
    }

    private bool IsNumber(int t, int k)
    {
        int digits = 0;
        for (int i = t; i < k; i++)
        {
            char c = _text[i];
            if (CharClass.IsDigit(c)) digits++;
            else if (c is not ('.' or ',' or ':' or '-' or '/')) return false;
        }

        return digits > 0;
    }

    private void PushSuffix(int s, int e, TokenFlags flags = TokenFlags.None)
    {
        if (_suffixCount == _suffixStart.Length)
        {
            Array.Resize(ref _suffixStart, _suffixCount * 2);
            Array.Resize(ref _suffixEnd, _suffixCount * 2);
            Array.Resize(ref _suffixFlags, _suffixCount * 2);
        }

        _suffixStart[_suffixCount] = s;
        _suffixEnd[_suffixCount] = e;
        _suffixFlags[_suffixCount] = flags;
        _suffixCount++;
    }

    /// <summary>Emits a punctuation or clitic token; quotation marks open and close the InQuote state.</summary>
    private void EmitPunct(int s, int e)
    {
        if (e - s == 1 && CharClass.IsQuote(_text[s]))
        {
            char c = _text[s];
            bool opens = c is '\u201C' or '\u00AB' or '\u201E' || (c == '"' && !_inQuote);
            Emit(s, e, TokenFlags.None);
            _inQuote = opens;
            return;
        }

        if (CharClass.IsDigit(_text[s]))
        {
            Flush(s, e);
            return;
        }

        Emit(s, e, TokenFlags.None);
    }

    private void Emit(int s, int e, TokenFlags flags)
    {
        if (_count == _start.Length)
        {
            int size = _count * 2;
            Array.Resize(ref _start, size);
            Array.Resize(ref _end, size);
            Array.Resize(ref _flags, size);
        }

        if (_inQuote && !(e - s == 1 && CharClass.IsQuote(_text[s]))) flags |= TokenFlags.InQuote;
        _start[_count] = s;
        _end[_count] = e;
        _flags[_count] = flags | _pending;
        _pending = TokenFlags.None;
        _count++;
    }

    private void MarkSpaces()
    {
        var text = _text;
        for (int t = 0; t < _count; t++)
        {
            int end = _end[t];
            if (end < text.Length && !CharClass.IsSpace(text[end])) _flags[t] |= TokenFlags.NoSpaceAfter;
        }
    }
}
