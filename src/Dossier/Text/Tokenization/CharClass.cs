using System.Buffers;
using System.Globalization;
using System.Text;

namespace Dossier.Text.Tokenization;

/// <summary>Character tests the tokenizer and sentence splitter share. Closed sets of punctuation, not vocabulary.</summary>
internal static class CharClass
{
    /// <summary>Marks that open a quotation or bracket and are split off the front of a word.</summary>
    private static readonly SearchValues<char> s_opening = SearchValues.Create("([{\u201C\u2018\u00AB\u2039\u201E\u201A\u00BF\u00A1<");

    /// <summary>Marks split off the end of a word one at a time (a run of ! and ? stays one token).</summary>
    private static readonly SearchValues<char> s_closing = SearchValues.Create(")]}\"\u201D\u2019\u00BB\u203A',;:!?%\u2026>");

    private static readonly SearchValues<char> s_quotes = SearchValues.Create("\"\u201C\u201D\u00AB\u00BB\u201E");

    private static readonly SearchValues<char> s_currency = SearchValues.Create("$\u00A3\u20AC\u00A5\u20B9\u20BD\u20A9\u20BA\u20B4");

    private static readonly SearchValues<char> s_dashes = SearchValues.Create("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212");

    public static bool IsSpace(char c) =>
        c <= ' ' || (c >= '\u0080' && (c == '\u00A0' || c == '\u200B' || c == '\uFEFF' || c == '\u0085' ||
                                       (c >= '\u2000' && c <= '\u200A') || c == '\u2028' || c == '\u2029' ||
                                       c == '\u202F' || c == '\u205F' || c == '\u3000' || c == '\u1680'));

    /// <summary>Number of line breaks a whitespace character stands for (a paragraph separator counts two).</summary>
    public static int LineBreaks(char c) => c switch
    {
        '\n' or '\u2028' or '\u0085' or '\v' or '\f' => 1,
        '\u2029' => 2,
        _ => 0,
    };

    public static bool IsWordChar(char c) =>
        c < '\u0080' ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 || c == '_' : IsWordCharSlow(c);

    public static bool IsAlnum(char c) =>
        c < '\u0080' ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 : char.IsLetterOrDigit(c);

    public static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    public static bool IsLetter(char c) => c < '\u0080' ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' : char.IsLetter(c);

    public static bool IsUpper(char c) => c < '\u0080' ? (uint)(c - 'A') <= 'Z' - 'A' : char.IsUpper(c);

    public static bool IsLower(char c) => c < '\u0080' ? (uint)(c - 'a') <= 'z' - 'a' : char.IsLower(c);

    public static bool IsOpening(char c) => s_opening.Contains(c);

    public static bool IsClosing(char c) => s_closing.Contains(c);

    public static bool IsQuote(char c) => s_quotes.Contains(c);

    public static bool IsCurrency(char c) => s_currency.Contains(c);

    public static bool IsDash(char c) => s_dashes.Contains(c);

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '`';

    /// <summary>Punctuation that ends a sentence when it stands as a token of its own.</summary>
    public static bool IsTerminal(char c) => c is '.' or '!' or '?' or '\u2026';

    /// <summary>Marks that close a quotation or bracket and belong to the sentence before them.</summary>
    public static bool IsCloser(char c) => c is ')' or ']' or '}' or '"' or '\'' or '\u201D' or '\u2019' or '\u00BB' or '\u203A';

    /// <summary>True for code points drawn as emoji (pictographs, dingbats, flags' regional indicators).</summary>
    public static bool IsEmoji(int codePoint) =>
        codePoint is (>= 0x1F000 and <= 0x1FAFF) or (>= 0x2600 and <= 0x27BF) or (>= 0x2B00 and <= 0x2BFF) or
                     (>= 0x2300 and <= 0x23FF) or (>= 0x1F900 and <= 0x1F9FF);

    /// <summary>Code points that extend the emoji before them: variation selectors, skin tones, keycap, tags.</summary>
    public static bool IsEmojiModifier(int codePoint) =>
        codePoint is 0xFE0F or 0xFE0E or 0x20E3 or (>= 0x1F3FB and <= 0x1F3FF) or (>= 0xE0020 and <= 0xE007F);

    private static bool IsWordCharSlow(char c)
    {
        if (char.IsLetterOrDigit(c)) return true;
        var category = char.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }

    /// <summary>The code point at <paramref name="index"/> and its length in chars (2 for a surrogate pair).</summary>
    public static int CodePointAt(ReadOnlySpan<char> text, int index, out int length)
    {
        if (Rune.DecodeFromUtf16(text[index..], out var rune, out length) == OperationStatus.Done) return rune.Value;
        length = 1;
        return text[index];
    }
}
