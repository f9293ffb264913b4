using System.Globalization;
using Dossier.Text;

namespace Dossier.Extraction.Numbers;

/// <summary>
/// Reads a cardinal number that starts at a token: digits ("1,000", "4.5 million") or words ("two dozen",
/// "twenty-five", "hundreds of thousands", "a few"). Works on character offsets, so it does not depend on
/// whether the tokenizer keeps "1,000" or "twenty-five" as one token.
/// </summary>
internal sealed class NumberReader
{
    private readonly NumberLexicon _lexicon;

    public NumberReader(NumberLexicon lexicon) => _lexicon = lexicon;

    public bool TryRead(Doc doc, int start, int limit, out NumberMatch match)
    {
        match = default;
        if (start >= limit) return false;
        return char.IsAsciiDigit(doc.Text[doc.Start[start]])
            ? TryReadDigits(doc, start, limit, out match)
            : TryReadWords(doc, start, limit, out match);
    }

    private bool TryReadDigits(Doc doc, int start, int limit, out NumberMatch match)
    {
        match = default;
        var text = doc.Text;
        int c = doc.Start[start];
        int begin = c;
        while (c < text.Length && (char.IsAsciiDigit(text[c]) ||
               ((text[c] == ',' || text[c] == '.') && c + 1 < text.Length && char.IsAsciiDigit(text[c + 1]))))
            c++;
        Span<char> digits = stackalloc char[Math.Min(c - begin, 64)];
        int n = 0;
        for (int i = begin; i < c && n < digits.Length; i++)
        {
            if (text[i] != ',') digits[n++] = text[i];
        }

        if (!double.TryParse(digits[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            return false;
        int end = start;
        while (end < limit && doc.Start[end] < c) end++;
        int charEnd = c;
        // "1.5 million", "3 dozen": a scale word right after multiplies.
        if (end < limit && doc.End[end - 1] == c && _lexicon.Words.TryGetWord(doc, end, out var word) && word.Role == NumberWordRole.Scale)
        {
            value *= word.Value;
            charEnd = doc.End[end];
            end++;
        }

        match = new NumberMatch(start, end, value, false, true, charEnd);
        return true;
    }

    private bool TryReadWords(Doc doc, int start, int limit, out NumberMatch match)
    {
        match = default;
        var words = _lexicon.Words;
        if (words.TryMatch(doc, start, limit, out var phrase) && phrase.Value.Role == NumberWordRole.Vague)
        {
            match = new NumberMatch(start, phrase.End, phrase.Value.Value, true, false, doc.End[phrase.End - 1]);
            return true;
        }

        double total = 0, current = 0;
        bool any = false, vague = false;
        int i = start;
        while (i < limit)
        {
            var text = doc.Text.AsSpan(doc.Start[i], doc.End[i] - doc.Start[i]);
            if (any && text is "-" && doc.End[i - 1] == doc.Start[i]) { i++; continue; }
            if (!TryWordValue(text, out var word))
            {
                // "two hundred and fifty"
                if (any && current > 0 && text.Equals("and", StringComparison.OrdinalIgnoreCase) && i + 1 < limit &&
                    words.TryGetWord(doc, i + 1, out var next) && next.Role is NumberWordRole.Unit or NumberWordRole.Tens)
                {
                    i++;
                    continue;
                }

                break;
            }

            bool ok = Combine(doc, i, limit, word, ref total, ref current, ref any, ref vague, out int consumed);
            if (!ok) break;
            i += consumed;
            if (vague) break;
        }

        if (!any) return false;
        match = new NumberMatch(start, i, total + current, vague, false, doc.End[i - 1]);
        return true;
    }

    /// <summary>A word's number value; "twenty-five" kept as one token is summed from its parts.</summary>
    private bool TryWordValue(ReadOnlySpan<char> text, out NumberWord word)
    {
        if (_lexicon.Words.TryGetWord(text, out word)) return true;
        int dash = text.IndexOf('-');
        if (dash <= 0 || !_lexicon.Words.TryGetWord(text[..dash], out var tens) || tens.Role != NumberWordRole.Tens ||
            !_lexicon.Words.TryGetWord(text[(dash + 1)..], out var unit) || unit.Role != NumberWordRole.Unit)
            return false;
        word = new NumberWord(tens.Value + unit.Value, NumberWordRole.Tens);
        return true;
    }

    private bool Combine(Doc doc, int i, int limit, NumberWord word, ref double total, ref double current, ref bool any,
        ref bool vague, out int consumed)
    {
        consumed = 1;
        switch (word.Role)
        {
            case NumberWordRole.Unit:
            case NumberWordRole.Tens:
                if (any && current > 0 && current % 10 != 0 && word.Role == NumberWordRole.Unit) return false;
                current += word.Value;
                any = true;
                return true;
            case NumberWordRole.Article:
                // "a" counts only before a scale word: "a dozen", "a hundred".
                if (any || i + 1 >= limit || !_lexicon.Words.TryGetWord(doc, i + 1, out var next) || next.Role != NumberWordRole.Scale)
                    return false;
                current = 1;
                any = true;
                return true;
            case NumberWordRole.Scale:
                if (!any) return false;
                current = (current == 0 ? 1 : current) * word.Value;
                if (word.Value >= 1000)
                {
                    total += current;
                    current = 0;
                }

                return true;
            case NumberWordRole.VagueScale:
                if (any) return false;
                current = word.Value;
                any = true;
                vague = true;
                // "hundreds of thousands", "tens of thousands"
                if (i + 2 < limit && PhraseWordIs(doc, i + 1, "of") && _lexicon.Words.TryGetWord(doc, i + 2, out var scale) &&
                    scale.Role == NumberWordRole.VagueScale && scale.Value > word.Value)
                {
                    current = word.Value * (scale.Value / 2);
                    consumed = 3;
                }

                return true;
            default:
                return false;
        }
    }

    private static bool PhraseWordIs(Doc doc, int index, string word) =>
        doc.Text.AsSpan(doc.Start[index], doc.End[index] - doc.Start[index]).Equals(word, StringComparison.OrdinalIgnoreCase);
}
