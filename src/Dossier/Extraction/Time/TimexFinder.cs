using Dossier.Extraction.Claims;
using Dossier.Extraction.Numbers;
using Dossier.Lexicons;
using Dossier.Pipeline;
using Dossier.Text;

namespace Dossier.Extraction.Time;

/// <summary>
/// Finds time expressions sentence by sentence with rules over tokens and normalises them to TIMEX3 values
/// against the document date. Relative expressions in a document without a date keep a null value: the
/// finder never guesses a date. Vocabulary comes from lexicon/time/. See docs/claims.md.
/// </summary>
public sealed class TimexFinder : IComponent
{
    private readonly TimeLexicon _lex;
    private readonly NumberReader _numbers;

    internal TimexFinder(TimeLexicon lexicon)
    {
        _lex = lexicon;
        _numbers = new NumberReader(lexicon.Numbers);
    }

    public ComponentInfo Info { get; } = new("timexes", Layer.Tokens | Layer.Sentences, Layer.Timexes);

    public static TimexFinder Create(DossierHome home) => new(TimeLexicon.Load(home.Lexicon));

    internal static TimexFinder Load(string lexiconRoot) => new(TimeLexicon.Load(lexiconRoot));

    public void Process(Doc doc, Workspace workspace)
    {
        var found = new List<Timex>();
        var segments = Segments.Build(doc);
        int consumed = 0;
        for (int s = 0; s < segments.Count; s++)
        {
            int end = segments.End[s];
            // A sentence splitter may end a sentence at the full stop of "Jan."; the date then goes on.
            int reach = s + 1 < segments.Count && end - segments.Start[s] >= 2 && Attributor.IsPunct(doc, end - 1, '.') &&
                        _lex.Months.TryGetWord(doc, end - 2, out _) && segments.Paragraph[s + 1] == segments.Paragraph[s]
                ? segments.End[s + 1] : end;
            int i = Math.Max(segments.Start[s], consumed);
            while (i < end)
            {
                int next = Match(doc, segments.Start[s], i, reach, found);
                i = next > i ? next : i + 1;
            }

            consumed = i;
        }

        var numbered = new Timex[found.Count];
        for (int k = 0; k < numbered.Length; k++)
            numbered[k] = found[k] with { Id = "t" + (k + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) };
        doc.SetTimexes(numbered);
    }

    /// <summary>Tries every rule at token <paramref name="i"/>; returns the token after the match, or i when none.</summary>
    private int Match(Doc doc, int sentStart, int i, int end, List<Timex> found)
    {
        var date = doc.Info.Date;
        // "USA TODAY" is a newspaper: a relative word written in capitals is part of a name.
        if (_lex.Relative.TryMatch(doc, i, end, out var rel) && !IsAllCaps(doc, i))
        {
            found.Add(Make(doc, i, rel.End, rel.Value.Type, Relative(rel.Value, date), "relative"));
            return rel.End;
        }

        int q = MatchQuantity(doc, i, end, date, found);
        if (q > i) return q;
        int d = MatchDate(doc, sentStart, i, end, date, found);
        return d;
    }

    private static string? Relative(RelativeTime r, DateOnly? date)
    {
        if (r.Reference is not null) return r.Reference;
        if (date is not { } d) return null;
        var value = TimeValues.Shift(d, r.Unit, r.Offset);
        return r.PartOfDay is null ? value : value + "T" + r.PartOfDay;
    }

    // ---- quantities of time: "three weeks", "more than six years ago", "for days", "a few days ago" ----

    private int MatchQuantity(Doc doc, int i, int end, DateOnly? date, List<Timex> found)
    {
        int j = i;
        string? mod = null;
        if (_lex.Modifiers.TryMatch(doc, i, end, out var m))
        {
            mod = m.Value;
            j = m.End;
        }

        double? amount;
        int afterNumber;
        bool vague = false;
        if (mod is null && TryCompound(doc, i, end, found, out int compoundEnd)) return compoundEnd;
        if (mod is null && j + 1 < end && _lex.Anchors.TryGetWord(doc, j, out var span) && span is "past-duration" or "future-duration" &&
            _lex.Units.TryGetWord(doc, j + 1, out var spanUnit) && spanUnit != "WE")
        {
            // "the past day", "the coming week" (one unit), "in recent weeks" (some units).
            found.Add(Make(doc, i, j + 2, "DURATION", TimeValues.Duration(IsPlural(doc, j + 1) ? null : 1, spanUnit), "duration.span"));
            return j + 2;
        }

        if (j < end && _lex.Units.TryGetWord(doc, j, out _) && mod is null && i > 0 && IsAnchor(doc, i - 1, "duration") && IsPlural(doc, j))
        {
            // "for days", "for years": an unquantified plural unit after "for"/"during".
            amount = null;
            afterNumber = j;
            vague = true;
        }
        else if (j + 1 < end && IsArticle(doc, j) && _lex.Units.TryGetWord(doc, j + 1, out _))
        {
            amount = 1;
            afterNumber = j + 1;
        }
        else if (_numbers.TryRead(doc, j, end, out var number) && number.End < end && doc.End[number.End - 1] == number.CharEnd)
        {
            // A number glued to what follows ("10-day", "56-year-old") is an adjective, not a quantity of time.
            if (number.CharEnd < doc.Text.Length && doc.Text[number.CharEnd] == '-') return i;
            amount = number.Vague ? null : number.Value;
            vague = number.Vague;
            afterNumber = number.End;
        }
        else
        {
            return i;
        }

        if (afterNumber >= end || !_lex.Units.TryGetWord(doc, afterNumber, out var unit)) return i;
        int stop = afterNumber + 1;
        // "a day of mourning", "half a century": an article with a unit is a quantity only when nothing hangs on it.
        if (amount == 1 && IsArticle(doc, j) && stop < end && PhraseTable<string>.Word(doc, stop).Equals("of", StringComparison.OrdinalIgnoreCase)) return i;
        if (amount == 1 && IsArticle(doc, j) && j > 0 && PhraseTable<string>.Word(doc, j - 1).Equals("half", StringComparison.OrdinalIgnoreCase)) return i;
        if (stop < end && doc.Text[doc.Start[stop]] == '-') return i;
        if (stop < end && PhraseTable<string>.Word(doc, stop).Equals("old", StringComparison.OrdinalIgnoreCase)) return i;
        if (stop < end && _lex.Anchors.TryGetWord(doc, stop, out var role) && role == "ago")
        {
            string? value = null;
            if (date is { } d)
                value = vague || amount is not { } a || a != Math.Floor(a) ? "PAST_REF" : TimeValues.Ago(d, unit, (int)a);
            found.Add(Make(doc, i, stop + 1, "DATE", value, "ago", value == "PAST_REF" ? null : AgoMod(mod)));
            return stop + 1;
        }

        // Without "ago", a bare number followed by a unit is a duration only when it reads as one:
        // words or small digits ("three weeks", "for 10 days"); "2,000 years" is rare enough to keep.
        found.Add(Make(doc, i, stop, "DURATION", TimeValues.Duration(vague ? null : amount, unit), "duration", mod));
        return stop;
    }

    /// <summary>
    /// A number glued to a unit by a hyphen is a duration adjective: "four-hour cease-fire", "10-day", "18-year war"
    /// (one token or three). "56-year-old" is an age, not a duration.
    /// </summary>
    private bool TryCompound(Doc doc, int i, int end, List<Timex> found, out int stop)
    {
        stop = i;
        var text = doc.Text;
        int first = doc.Start[i];
        int k = i;
        int tokenEnd = doc.End[i];
        // Extend over glued "-" and unit tokens ("four" "-" "hour").
        while (k + 1 < end && doc.Start[k + 1] == doc.End[k] && k - i < 3) { k++; tokenEnd = doc.End[k]; }
        var word = text.AsSpan(first, tokenEnd - first);
        int dash = word.IndexOf('-');
        if (dash <= 0 || dash == word.Length - 1) return false;
        var left = word[..dash];
        var right = word[(dash + 1)..];
        if (right.IndexOf('-') >= 0 || !_lex.Units.TryGetWord(right, out var unit) || unit == "WE") return false;
        double value;
        if (char.IsAsciiDigit(left[0]))
        {
            if (!double.TryParse(left, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out value)) return false;
        }
        else if (_lex.Numbers.Words.TryGetWord(left, out var w) && w.Role is NumberWordRole.Unit or NumberWordRole.Tens)
        {
            value = w.Value;
        }
        else
        {
            return false;
        }

        stop = k + 1;
        found.Add(Make(doc, i, stop, "DURATION", TimeValues.Duration(value, unit), "duration.compound"));
        return true;
    }

    private static bool IsAllCaps(Doc doc, int i)
    {
        var w = doc.Text.AsSpan(doc.Start[i], doc.End[i] - doc.Start[i]);
        if (w.Length < 2) return false;
        foreach (char c in w)
            if (char.IsLower(c)) return false;
        return true;
    }

    private static string? AgoMod(string? mod) => mod switch
    {
        "MORE_THAN" or "EQUAL_OR_MORE" => "BEFORE",
        "LESS_THAN" or "EQUAL_OR_LESS" => "AFTER",
        "APPROX" => "APPROX",
        _ => null,
    };

    // ---- calendar dates, weekdays, years ----

    private int MatchDate(Doc doc, int sentStart, int i, int end, DateOnly? date, List<Timex> found)
    {
        if (IsCapitalised(doc, i) && _lex.Weekdays.TryGetWord(doc, i, out int weekday)) return MatchWeekday(doc, sentStart, i, end, weekday, date, found);
        if (TryCalendar(doc, i, end, date, out int stop, out var value, out var rule))
        {
            string? kind = RangeRole(doc, i, sentStart);
            found.Add(Make(doc, i, stop, "DATE", value, kind is null ? rule : rule + "." + kind));
            // "from 1989 to 2019", "between March and June": the second end point.
            if (kind == "range-start" && stop + 1 < end && (IsRangeEnd(doc, stop)) &&
                TryCalendar(doc, stop + 1, end, date, out int stop2, out var value2, out var rule2))
            {
                found.Add(Make(doc, stop + 1, stop2, "DATE", value2, rule2 + ".range-end"));
                return stop2;
            }

            return stop;
        }

        return i;
    }

    private string? RangeRole(Doc doc, int i, int sentStart)
    {
        if (i <= sentStart || !_lex.Anchors.TryGetWord(doc, i - 1, out var role)) return null;
        return role is "range-start" or "since" ? role : null;
    }

    private bool IsRangeEnd(Doc doc, int i)
    {
        var w = PhraseTable<string>.Word(doc, i);
        if (w is "-" or "–" or "—") return true;
        return _lex.Anchors.TryGetWord(doc, i, out var role) && role == "range-end";
    }

    private int MatchWeekday(Doc doc, int sentStart, int i, int end, int weekday, DateOnly? date, List<Timex> found)
    {
        int start = i;
        int j = i + 1;
        if (j < end && doc.Text[doc.Start[j]] == ',') j++;
        // "Saturday, January 8": the explicit date wins.
        if (TryCalendar(doc, j, end, date, out int stop, out var explicitValue, out _) && explicitValue?.Length == 10)
        {
            found.Add(Make(doc, i, stop, "DATE", explicitValue, "weekday.date"));
            return stop;
        }

        var direction = TimeDirection.Past;
        string rule = "weekday.past";
        bool strict = false;
        if (i > sentStart && _lex.TenseCues.TryGetWord(doc, i - 1, out var adjacent) && adjacent.Adjacent)
        {
            direction = adjacent.Direction;
            strict = direction != TimeDirection.Nearest;
            start = i - 1;
            rule = "weekday." + direction.ToString().ToLowerInvariant() + ".explicit";
        }
        else
        {
            for (int k = i - 1; k >= sentStart; k--)
            {
                if (_lex.TenseCues.TryGetWord(doc, k, out var cue) && !cue.Adjacent)
                {
                    direction = cue.Direction;
                    rule = "weekday." + direction.ToString().ToLowerInvariant();
                    break;
                }
            }
        }

        string? value = null;
        if (date is { } d)
        {
            int today = d.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)d.DayOfWeek;
            int offset = direction switch
            {
                TimeDirection.Future => (weekday - today + 7) % 7,
                TimeDirection.Nearest => weekday - today,
                _ => -((today - weekday + 7) % 7),
            };
            if (strict && offset == 0) offset = direction == TimeDirection.Future ? 7 : -7;
            value = TimeValues.Day(d.AddDays(offset));
        }

        found.Add(Make(doc, start, i + 1, "DATE", value, rule));
        return i + 1;
    }

    /// <summary>
    /// Calendar dates at token i: "January 14[, 2022]", "14 January[ 2022]", "Jan. 14", "January 2022",
    /// "in January", a year ("2019", "the 1990s").
    /// </summary>
    private bool TryCalendar(Doc doc, int i, int end, DateOnly? date, out int stop, out string? value, out string rule)
    {
        stop = i;
        value = null;
        rule = "";
        if (i >= end) return false;
        if (TryMidMonth(doc, i, date, out value))
        {
            stop = i + 1;
            rule = "date.mid-month";
            return true;
        }

        if (IsCapitalised(doc, i) && _lex.Months.TryGetWord(doc, i, out int month))
        {
            int j = SkipStop(doc, i + 1, end);
            if (TryDay(doc, j, end, out int day))
            {
                stop = j + 1;
                int k = stop < end && doc.Text[doc.Start[stop]] == ',' ? stop + 1 : stop;
                if (TryYear(doc, k, end, out int year, out _))
                {
                    stop = k + 1;
                    value = SafeDay(year, month, day);
                }
                else
                {
                    value = date is { } d ? SafeDay(InferYear(d, month), month, day) : "XXXX-" + TimeValues.Month(0, month)[5..] + "-" + day.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
                }

                rule = "date.month-day";
                return value is not null;
            }

            if (TryYear(doc, j, end, out int y, out _))
            {
                stop = j + 1;
                value = TimeValues.Month(y, month);
                rule = "date.month-year";
                return true;
            }

            // A month on its own only after a preposition ("in January", "since March"): "May" is also a verb.
            if (i > 0 && _lex.Anchors.TryGetWord(doc, i - 1, out _))
            {
                stop = i + 1;
                value = date is { } d ? TimeValues.Month(InferYear(d, month), month) : "XXXX-" + TimeValues.Month(0, month)[5..];
                rule = "date.month";
                return true;
            }

            return false;
        }

        if (TryDay(doc, i, end, out int dayFirst) && i + 1 < end && IsCapitalised(doc, i + 1) && _lex.Months.TryGetWord(doc, i + 1, out int m2))
        {
            stop = i + 2;
            if (TryYear(doc, SkipComma(doc, stop, end), end, out int year, out _))
            {
                stop = SkipComma(doc, stop, end) + 1;
                value = SafeDay(year, m2, dayFirst);
            }
            else
            {
                value = date is { } d ? SafeDay(InferYear(d, m2), m2, dayFirst) : "XXXX-" + TimeValues.Month(0, m2)[5..] + "-" + dayFirst.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);
            }

            rule = "date.day-month";
            return value is not null;
        }

        if (TryYear(doc, i, end, out int bare, out bool decade) && YearContext(doc, i, end))
        {
            stop = i + 1;
            value = decade ? TimeValues.Year(bare)[..3] : TimeValues.Year(bare);
            rule = decade ? "date.decade" : "date.year";
            return true;
        }

        return false;
    }

    /// <summary>A bare four-digit number is a year after a preposition or before punctuation ("in 2019", "2019,").</summary>
    private bool YearContext(Doc doc, int i, int end)
    {
        if (i > 0 && (_lex.Anchors.TryGetWord(doc, i - 1, out _) || _lex.Months.TryGetWord(doc, i - 1, out _))) return true;
        if (i + 1 >= end) return true;
        char next = doc.Text[doc.Start[i + 1]];
        if (char.IsPunctuation(next)) return next is not ('%' or '-');
        // "the 2009 presidential election": a year before a modifier; "2000 protesters" (a plural noun) is a count.
        return char.IsLower(next) && doc.Text[doc.End[i + 1] - 1] != 's';
    }

    /// <summary>"mid-April", "mid-2019" written as one token: the month or year itself.</summary>
    private bool TryMidMonth(Doc doc, int i, DateOnly? date, out string? value)
    {
        value = null;
        var w = doc.Text.AsSpan(doc.Start[i], doc.End[i] - doc.Start[i]);
        if (w.Length < 6 || !w.StartsWith("mid-", StringComparison.OrdinalIgnoreCase)) return false;
        var rest = w[4..];
        if (_lex.Months.TryGetWord(rest, out int month))
        {
            value = date is { } d ? TimeValues.Month(InferYear(d, month), month) : "XXXX-" + TimeValues.Month(0, month)[5..];
            return true;
        }

        if (rest.Length == 4 && int.TryParse(rest, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int year) && year is >= 1800 and <= 2099)
        {
            value = TimeValues.Year(year);
            return true;
        }

        return false;
    }

    private static int InferYear(DateOnly d, int month)
    {
        // A month more than six months away from the document date belongs to the neighbouring year.
        int diff = month - d.Month;
        return diff > 6 ? d.Year - 1 : diff < -6 ? d.Year + 1 : d.Year;
    }

    private static string? SafeDay(int year, int month, int day) =>
        day <= DateTime.DaysInMonth(Math.Max(year, 1), month) ? TimeValues.Day(new DateOnly(Math.Max(year, 1), month, day)) : null;

    private static int SkipStop(Doc doc, int i, int end) =>
        i < end && doc.End[i] - doc.Start[i] == 1 && doc.Text[doc.Start[i]] == '.' ? i + 1 : i;

    private static int SkipComma(Doc doc, int i, int end) =>
        i < end && doc.End[i] - doc.Start[i] == 1 && doc.Text[doc.Start[i]] == ',' ? i + 1 : i;

    /// <summary>A day of the month: 1-31 in digits, optionally with an ordinal suffix ("14th").</summary>
    private static bool TryDay(Doc doc, int i, int end, out int day)
    {
        day = 0;
        if (i >= end) return false;
        var w = doc.Text.AsSpan(doc.Start[i], doc.End[i] - doc.Start[i]);
        int n = 0;
        while (n < w.Length && char.IsAsciiDigit(w[n])) n++;
        if (n is 0 or > 2) return false;
        var rest = w[n..];
        if (rest.Length > 0 && !(rest is "st" or "nd" or "rd" or "th")) return false;
        day = int.Parse(w[..n], provider: System.Globalization.CultureInfo.InvariantCulture);
        return day is >= 1 and <= 31;
    }

    /// <summary>A year 1800-2099 as four digits; "1990s" is a decade.</summary>
    private static bool TryYear(Doc doc, int i, int end, out int year, out bool decade)
    {
        year = 0;
        decade = false;
        if (i >= end) return false;
        var w = doc.Text.AsSpan(doc.Start[i], doc.End[i] - doc.Start[i]);
        if (w.Length == 5 && w[4] == 's' && w[3] == '0') { decade = true; w = w[..4]; }
        else if (w.Length == 6 && w[4] == '\'' && w[5] == 's' && w[3] == '0') { decade = true; w = w[..4]; }
        if (w.Length != 4) return false;
        foreach (char c in w)
            if (!char.IsAsciiDigit(c)) return false;
        year = int.Parse(w, provider: System.Globalization.CultureInfo.InvariantCulture);
        if (!decade && doc.End[i] < doc.Text.Length && doc.Text[doc.End[i]] == '%') return false;
        return year is >= 1800 and <= 2099;
    }

    private static bool IsCapitalised(Doc doc, int i) => char.IsUpper(doc.Text[doc.Start[i]]);

    private bool IsAnchor(Doc doc, int i, string role) => _lex.Anchors.TryGetWord(doc, i, out var r) && r == role;

    private static bool IsArticle(Doc doc, int i)
    {
        var w = PhraseTable<string>.Word(doc, i);
        return w.Equals("a", StringComparison.OrdinalIgnoreCase) || w.Equals("an", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsPlural(Doc doc, int i) => doc.Text[doc.End[i] - 1] is 's' or 'S';

    private static Timex Make(Doc doc, int start, int end, string type, string? value, string rule, string? mod = null)
    {
        var span = new CharRange(doc.Start[start], doc.End[end - 1]);
        return new Timex("", span, doc.Text[span.Start..span.End], type, value, rule, mod);
    }
}
