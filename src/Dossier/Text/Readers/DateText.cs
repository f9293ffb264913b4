using System.Globalization;

namespace Dossier.Text.Readers;

/// <summary>Parses publication dates from metadata. A date-time keeps the calendar date it was written with.</summary>
internal static class DateText
{
    /// <summary>
    /// Reads YYYY-MM-DD, or an ISO 8601 date-time starting with one (the time and offset are ignored, so
    /// "2022-01-08T23:30-05:00" is 8 January, the publisher's date). With <paramref name="lenient"/>, also
    /// other invariant-culture forms such as RFC 1123 ("Sat, 08 Jan 2022 10:00:00 GMT").
    /// </summary>
    public static bool TryParse(string? value, bool lenient, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(value)) return false;
        var s = value.AsSpan().Trim();
        if (s.Length >= 10 && (s.Length == 10 || s[10] is 'T' or 't' or ' ')
            && DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return s.Length == 10 || IsIsoTime(s[11..]);
        }

        if (!lenient) return false;
        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed)
            && parsed.Year is >= 1800 and <= 2200)
        {
            date = DateOnly.FromDateTime(parsed.DateTime);
            return true;
        }

        return false;
    }

    // hh:mm[:ss[.fff]][Z|±hh[:mm]]: checked loosely (shape, not ranges), enough to reject "2022-01-08 and more".
    private static bool IsIsoTime(ReadOnlySpan<char> s)
    {
        if (s.Length < 5 || !char.IsAsciiDigit(s[0]) || !char.IsAsciiDigit(s[1]) || s[2] != ':') return false;
        foreach (char c in s)
        {
            if (!(char.IsAsciiDigit(c) || c is ':' or '.' or ',' or 'Z' or 'z' or '+' or '-' or ' ')) return false;
        }

        return true;
    }
}
