using System.Globalization;
using System.Text;

namespace Dossier.Corpus.Merging;

/// <summary>
/// Name normalisation for cross-document actor merging: case, diacritics and punctuation do not separate
/// two spellings of one name ("U.S." = "US", "Kassym-Jomart" = "Kassym Jomart"), and a leading "the" is dropped.
/// </summary>
internal static class ActorNames
{
    /// <summary>Lower case, no diacritics, letters and digits in words separated by one space; dots and apostrophes join.</summary>
    public static string Normalize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        bool space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0) sb.Append(' ');
                space = false;
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (c is not ('.' or '\'' or '\u2019'))
            {
                space = true;
            }
        }

        var norm = sb.ToString();
        return norm.StartsWith("the ", StringComparison.Ordinal) ? norm[4..] : norm;
    }

    /// <summary>The last word of a normalised multi-word name; null for a one-word name.</summary>
    public static string? Surname(string normalized)
    {
        int space = normalized.LastIndexOf(' ');
        return space < 0 ? null : normalized[(space + 1)..];
    }

    /// <summary>Whether a normalised name is a single word.</summary>
    public static bool IsSingleWord(string normalized) => normalized.Length > 0 && !normalized.Contains(' ', StringComparison.Ordinal);

    /// <summary>
    /// An acronym as written: 2–10 characters, no spaces, at least two letters and every letter upper case
    /// ("NATO", "U.N.", "G7"); dots and ampersands allowed.
    /// </summary>
    public static bool IsAcronym(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim();
        if (t.Length is < 2 or > 10) return false;
        int letters = 0;
        foreach (var c in t)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c)) return false;
                letters++;
            }
            else if (!char.IsDigit(c) && c is not ('.' or '&'))
            {
                return false;
            }
        }

        return letters >= 2;
    }

    /// <summary>Whether an entity type names people (CoNLL "PER" or "PERSON").</summary>
    public static bool IsPerson(string type) =>
        type.Equals("PER", StringComparison.OrdinalIgnoreCase) || type.Equals("PERSON", StringComparison.OrdinalIgnoreCase);

    /// <summary>An attribute value compared across documents: trimmed, lower case; null when empty.</summary>
    public static string? Key(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim().ToLowerInvariant();
}
