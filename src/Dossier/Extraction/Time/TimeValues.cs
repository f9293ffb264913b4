using System.Globalization;

namespace Dossier.Extraction.Time;

/// <summary>Formats TIMEX3 values (ISO 8601 dates, weeks, durations) from a date and a unit.</summary>
internal static class TimeValues
{
    public static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Month(int year, int month) =>
        year.ToString("D4", CultureInfo.InvariantCulture) + "-" + month.ToString("D2", CultureInfo.InvariantCulture);

    public static string Year(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    public static string Week(DateOnly d)
    {
        var dt = d.ToDateTime(TimeOnly.MinValue);
        return ISOWeek.GetYear(dt).ToString("D4", CultureInfo.InvariantCulture) + "-W" +
               ISOWeek.GetWeekOfYear(dt).ToString("D2", CultureInfo.InvariantCulture);
    }

    /// <summary>The date <paramref name="offset"/> units away from <paramref name="anchor"/> at the unit's granularity.</summary>
    public static string Shift(DateOnly anchor, string unit, int offset) => unit switch
    {
        "D" or "H" or "MIN" => Day(anchor.AddDays(offset)),
        "W" => Week(anchor.AddDays(7 * offset)),
        "WE" => Week(anchor.AddDays(7 * offset)) + "-WE",
        "M" => Month(anchor.AddMonths(offset).Year, anchor.AddMonths(offset).Month),
        "Y" => Year(anchor.Year + offset),
        "DE" => Year(anchor.Year + (10 * offset))[..3],
        "CE" => Year(anchor.Year + (100 * offset))[..2],
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "unknown time unit"),
    };

    /// <summary>
    /// The date <paramref name="amount"/> units before the anchor, for "N units ago": days and weeks give a
    /// day (a week ago is a day), months a month, years a year.
    /// </summary>
    public static string Ago(DateOnly anchor, string unit, int amount) => unit switch
    {
        "D" or "H" or "MIN" => Day(anchor.AddDays(unit == "D" ? -amount : 0)),
        "W" or "WE" => Day(anchor.AddDays(-7 * amount)),
        "M" => Shift(anchor, "M", -amount),
        "Y" => Year(anchor.Year - amount),
        "DE" => Year(anchor.Year - (10 * amount)),
        "CE" => Year(anchor.Year - (100 * amount)),
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "unknown time unit"),
    };

    /// <summary>An ISO 8601 duration: P3W, P6Y, PT2H, P1DE; a vague amount gives PXD-style values.</summary>
    public static string Duration(double? amount, string unit)
    {
        var n = amount is { } a ? a.ToString("0.##", CultureInfo.InvariantCulture) : "X";
        return unit switch
        {
            "H" => "PT" + n + "H",
            "MIN" => "PT" + n + "M",
            "WE" => "P" + n + "WE",
            _ => "P" + n + unit,
        };
    }
}
