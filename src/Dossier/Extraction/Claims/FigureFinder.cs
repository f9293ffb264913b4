using System.Globalization;
using Dossier.Extraction.Numbers;
using Dossier.Lexicons;
using Dossier.Pipeline;
using Dossier.Text;

namespace Dossier.Extraction.Claims;

/// <summary>
/// Finds reported counts ("at least 23 people were injured", "18 dead", "the death toll rose to 40"):
/// a number, its qualifier, the kind cue on either side, the group counted, the source the sentence
/// attributes it to and its status (asserted, reported, unconfirmed, disputed). A number with no kind cue
/// is not a figure, and years, dates, ages, money, percentages and ordinals are never read as counts.
/// </summary>
public sealed class FigureFinder : IComponent
{
    private const int MaxGroup = 5;
    private const int MaxBridge = 4;

    private readonly ClaimsLexicon _lex;
    private readonly NumberReader _numbers;
    private readonly Attributor _attributor;
    private readonly CertaintyScope _scope;

    internal FigureFinder(ClaimsLexicon lexicon)
    {
        _lex = lexicon;
        _numbers = new NumberReader(lexicon.Numbers);
        _attributor = new Attributor(lexicon);
        _scope = new CertaintyScope(lexicon);
    }

    public ComponentInfo Info { get; } = new("figures", Layer.Tokens | Layer.Sentences, Layer.Figures);

    public static FigureFinder Create(DossierHome home) => new(ClaimsLexicon.Load(home.Lexicon));

    internal static FigureFinder Load(string lexiconRoot) => new(ClaimsLexicon.Load(lexiconRoot));

    public void Process(Doc doc, Workspace workspace)
    {
        var ctx = new ClaimContext(doc);
        var inTimex = TimexTokens(doc);
        var figures = new List<(Figure Figure, int Sentence)>();
        // Optional: a count inside a direct quotation is reported by the quote's speaker.
        var quotes = doc.Has(Layer.Quotes) ? doc.Quotes : [];
        var segments = ctx.Segments;
        var found = new List<Found>();
        (int Segment, Attribution Source)? previous = null;
        for (int s = 0; s < segments.Count; s++)
        {
            int start = segments.Start[s], end = segments.End[s];
            found.Clear();
            int i = start;
            while (i < end)
            {
                if (inTimex is not null && inTimex[i]) { i++; continue; }
                var figure = TryFigure(doc, ctx, start, i, end, out int next);
                if (figure is not null) found.Add(figure.Value);
                i = Math.Max(next, i + 1);
            }

            if (found.Count == 0) continue;
            var source = FindSource(doc, ctx, start, end, found[0].NumberStart);
            bool carried = false;
            // "State television reported 18 dead. Almost 750 were injured(, it said)." continues the same report.
            if (previous is { } p && p.Segment == s - 1 && segments.Paragraph[p.Segment] == segments.Paragraph[s] &&
                (source is { } own ? IsSourcePronoun(doc, own) : ContinuesReport(doc, start, end)))
            {
                source = p.Source;
                carried = true;
            }

            foreach (var f in found)
            {
                var made = Finish(doc, ctx, f, source, carried);
                figures.Add((InQuote(quotes, made) ?? made, s));
            }

            previous = source is { } a ? (s, a) : null;
        }

        ApplyCertainty(doc, ctx, figures, quotes);
        var numbered = new Figure[figures.Count];
        for (int k = 0; k < numbered.Length; k++)
            numbered[k] = figures[k].Figure with { Id = "f" + (k + 1).ToString(CultureInfo.InvariantCulture) };
        doc.SetFigures(numbered);
    }

    /// <summary>"it said", "they said": the source of the sentence before.</summary>
    private bool IsSourcePronoun(Doc doc, Attribution a) =>
        a.SpeakerEnd - a.SpeakerStart == 1 && _lex.Attribution.TryGetWord(doc, a.SpeakerStart, out var role) && role == "source-pronoun";

    /// <summary>
    /// Whether a sentence without a source of its own continues the report before it: it names no speaker or
    /// speech verb of its own ("the ministry said", "according to") and no earlier year (background, not the
    /// report: "In 2019, 40 soldiers were killed in a similar attack").
    /// </summary>
    private bool ContinuesReport(Doc doc, int start, int end)
    {
        for (int t = start; t < end; t++)
        {
            if (_attributor.IsSpeechVerb(doc, t, out _)) return false;
            if (_lex.Attribution.TryMatch(doc, t, end, out var m) && m.Value == "according-to") return false;
        }

        if (!doc.Has(Layer.Timexes)) return true;
        int year = doc.Info.Date?.Year ?? int.MaxValue;
        foreach (var timex in doc.Timexes)
        {
            if (timex.Span.Start < doc.Start[start] || timex.Span.End > doc.End[end - 1] || timex.Type != "DATE") continue;
            if (timex.Value is { Length: >= 4 } v && int.TryParse(v.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int y) && y < year)
                return false;
        }

        return true;
    }

    /// <summary>A figure found in tokens, before source and status are known.</summary>
    private readonly record struct Found(
        int Start, int End, int NumberStart, double Value, double? Max, string Qualifier, string Kind, int GroupStart, int GroupEnd, string Rule);

    private Found? TryFigure(Doc doc, ClaimContext ctx, int sentStart, int i, int end, out int next)
    {
        next = i + 1;
        int q = i;
        string? qualifier = null;
        if (_lex.Qualifiers.TryMatch(doc, i, end, out var qm))
        {
            qualifier = qm.Value;
            q = qm.End;
        }

        bool between = q < end && PhraseTable<string>.Word(doc, q).Equals("between", StringComparison.OrdinalIgnoreCase);
        if (between) q++;
        if (!_numbers.TryRead(doc, q, end, out var number) || number.Value <= 0) return null;
        next = number.End;
        if (IsExcluded(doc, sentStart, q, number, end)) return null;

        int afterNumber = number.End;
        double? max = null;
        // Ranges: "20 to 30", "20-30", "between 20 and 30".
        if (TryRange(doc, number, end, between, out var upper, out int rangeEnd))
        {
            max = upper;
            afterNumber = rangeEnd;
            qualifier ??= "range";
        }
        else if (number.CharEnd < doc.End[number.End - 1])
        {
            return null; // the number runs on inside its token: "56-year-old", "23rd", "1990s"
        }

        qualifier ??= number.Vague ? "vague" : "exact";
        next = afterNumber;

        // Cue after: "[of [the]] GROUP [(, apposition,)] [in PLACE] [were [reportedly]] killed", "18 dead".
        int g = afterNumber;
        if (g < end && PhraseTable<string>.Word(doc, g).Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            g++;
            if (g < end && PhraseTable<string>.Word(doc, g).Equals("the", StringComparison.OrdinalIgnoreCase)) g++;
        }

        int groupEnd = g;
        // Quote marks may wrap the group: 26 "armed criminals" have been killed.
        while (groupEnd < end && groupEnd - g < MaxGroup + 2 && (IsGroupWord(doc, ctx, groupEnd) || Attributor.IsQuoteMark(doc, groupEnd))) groupEnd++;
        if (TryCueAfter(doc, ctx, groupEnd, end, out var after, out int cueEnd))
        {
            bool nominal = groupEnd == g;
            return new Found(i, cueEnd, q, number.Value, max, qualifier, after.Kind,
                g, groupEnd, nominal ? "figure.nominal" : "figure.after");
        }

        // Cue before: "killing at least 23", "the death toll rose to 40", "arrested more than 1,000 people".
        int b = i - 1;
        int back = 0;
        while (b >= sentStart && back < MaxBridge && IsTollBridge(doc, b)) { b--; back++; }
        for (int k = Math.Max(sentStart, b - 1); k <= b; k++)
        {
            if (k < sentStart || !_lex.Kinds.TryMatch(doc, k, end, out var before) || before.End != b + 1 || !before.Value.Before) continue;
            return new Found(k, groupEnd > afterNumber ? groupEnd : afterNumber, q, number.Value, max, qualifier, before.Value.Kind,
                afterNumber, groupEnd > afterNumber ? groupEnd : afterNumber, "figure.before");
        }

        return null;
    }

    private bool TryRange(Doc doc, NumberMatch number, int end, bool between, out double upper, out int rangeEnd)
    {
        upper = 0;
        rangeEnd = number.End;
        var text = doc.Text;
        int c = number.CharEnd;
        // "20-30" inside one token or as three glued tokens.
        if (c + 1 < text.Length && text[c] is '-' or '–' && char.IsAsciiDigit(text[c + 1]))
        {
            int e = c + 1;
            while (e < text.Length && (char.IsAsciiDigit(text[e]) || (text[e] == ',' && e + 1 < text.Length && char.IsAsciiDigit(text[e + 1])))) e++;
            if (!double.TryParse(text.AsSpan(c + 1, e - c - 1).ToString().Replace(",", "", StringComparison.Ordinal),
                    NumberStyles.None, CultureInfo.InvariantCulture, out upper)) return false;
            int t = number.End - 1;
            while (t < end && doc.End[t] < e) t++;
            if (t >= end || doc.End[t] != e) return false;
            rangeEnd = t + 1;
            return upper > number.Value;
        }

        int j = number.End;
        if (j + 1 >= end) return false;
        var w = PhraseTable<string>.Word(doc, j);
        bool joiner = between ? w.Equals("and", StringComparison.OrdinalIgnoreCase)
            : w.Equals("to", StringComparison.OrdinalIgnoreCase) || w.Equals("or", StringComparison.OrdinalIgnoreCase) || w is "-" or "–";
        if (!joiner || !_numbers.TryRead(doc, j + 1, end, out var second) || second.Value <= number.Value) return false;
        if (second.CharEnd < doc.End[second.End - 1]) return false;
        upper = second.Value;
        rangeEnd = second.End;
        return true;
    }

    /// <summary>Money, percentages, ages, times, ordinals, years and numbered things are not counts.</summary>
    private bool IsExcluded(Doc doc, int sentStart, int q, NumberMatch number, int end)
    {
        var text = doc.Text;
        int startChar = doc.Start[q];
        if (startChar > 0 && text[startChar - 1] is '$' or '£' or '€' or '¥' or '#') return true;
        if (q > sentStart && _lex.Exclusions.TryGetWord(doc, q - 1, out var side) && side == "before") return true;
        int c = number.CharEnd;
        if (c < text.Length && (text[c] is '%' or ':' or '/' || (text[c] == '-' && c + 1 < text.Length && char.IsLetter(text[c + 1]))))
            return true;
        if (number.End < end && _lex.Exclusions.TryMatch(doc, number.End, end, out var ex) && ex.Value == "after") return true;
        // A bare four-digit number from 1800 to 2099 is a year.
        if (number.Digits && c - startChar == 4 && number.Value is >= 1800 and <= 2099) return true;
        return false;
    }

    private bool IsGroupWord(Doc doc, ClaimContext ctx, int i)
    {
        char first = doc.Text[doc.Start[i]];
        if (!char.IsLetter(first)) return false;
        if ((_lex.Stops.TryGetWord(doc, i, out var role) && role != "det") || _lex.Kinds.TryMatch(doc, i, doc.Count, out _)) return false;
        if (_attributor.IsSpeechVerb(doc, i, out _)) return false;
        if (ctx.HasTags) return doc.Pos[i] is Upos.NOUN or Upos.PROPN or Upos.ADJ or Upos.NUM;
        return true;
    }

    /// <summary>
    /// A kind cue after the counted group, across auxiliaries and adverbs ("were reportedly killed"), one
    /// comma-enclosed apposition ("60 Israelis, the vast majority soldiers, have been killed") and one short
    /// place phrase ("16 people in the country were killed").
    /// </summary>
    private bool TryCueAfter(Doc doc, ClaimContext ctx, int c, int end, out KindCue cue, out int cueEnd)
    {
        cue = null!;
        cueEnd = c;
        if (c < end && Attributor.IsPunct(doc, c, ','))
        {
            int k = c + 1;
            while (k < end && k - c <= 6 && !Attributor.IsPunct(doc, k, ',') && !Attributor.IsFinal(doc, k)) k++;
            if (k < end && k - c <= 6 && Attributor.IsPunct(doc, k, ',')) c = k + 1;
        }
        else if (c < end && _lex.Stops.TryGetWord(doc, c, out var role) && role is "prep" or "toll-prep")
        {
            int k = c + 1;
            while (k < end && k - c <= 4 && IsGroupWord(doc, ctx, k)) k++;
            if (k > c + 1) c = k;
        }

        int bridges = 0;
        while (c < end && bridges < MaxBridge && IsBridge(doc, c)) { c++; bridges++; }
        if (c >= end || !_lex.Kinds.TryMatch(doc, c, end, out var m) || !m.Value.After) return false;
        cue = m.Value;
        cueEnd = m.End;
        return true;
    }

    private bool IsBridge(Doc doc, int i) =>
        Attributor.IsPunct(doc, i, ',') is false && _lex.Stops.TryGetWord(doc, i, out var role) && role is "aux" or "be" or "bridge";

    private bool IsTollBridge(Doc doc, int i) =>
        _lex.Stops.TryGetWord(doc, i, out var role) && role is "toll" or "toll-prep" or "aux" or "be" or "bridge";

    /// <summary>The source of the sentence: "according to X", "…, X said", or "X said …" before the number.</summary>
    private Attribution? FindSource(Doc doc, ClaimContext ctx, int start, int end, int number)
    {
        int last = end;
        while (last > start && (Attributor.IsFinal(doc, last - 1) || Attributor.IsQuoteMark(doc, last - 1))) last--;
        if (_attributor.TryBefore(doc, ctx, start, number, anyVerb: false, out var lead) && _attributor.IntroducesClause(doc, lead.Cue, number))
            return lead;
        if (_attributor.TryAccordingTo(doc, start, last, out var acc, out _)) return acc;
        for (int c = last - 2; c > start; c--)
        {
            if (!Attributor.IsPunct(doc, c, ',')) continue;
            if (c > number && _attributor.TryAfter(doc, ctx, c + 1, last, anyVerb: false, out var trailing) && last - trailing.CueEnd <= 8)
                return trailing;
            break;
        }

        return null;
    }

    private Figure Finish(Doc doc, ClaimContext ctx, Found f, Attribution? source, bool carried)
    {
        int gs = f.GroupStart, ge = f.GroupEnd;
        while (gs < ge && Attributor.IsQuoteMark(doc, gs)) gs++;
        while (ge > gs && Attributor.IsQuoteMark(doc, ge - 1)) ge--;
        string? subject = ge > gs ? doc.Text[doc.Start[gs]..doc.End[ge - 1]] : FramedGroup(doc, ctx, f.Start);
        var evidence = new CharRange(doc.Start[f.Start], doc.End[f.End - 1]);
        string? sourceText = null;
        CharRange? sourceSpan = null;
        string? actor = null;
        if (source is { } a)
        {
            var span = new CharRange(doc.Start[a.SpeakerStart], doc.End[a.SpeakerEnd - 1]);
            if (_attributor.IsPronoun(doc, a.SpeakerStart, a.SpeakerEnd) && ctx.PersonBefore(span.Start) is { } person) span = person;
            sourceSpan = span;
            sourceText = doc.Text[span.Start..span.End];
            actor = ctx.ActorAt(span);
        }

        return new Figure("", f.Kind, f.Value, f.Max, f.Qualifier, subject, actor, source is null ? "asserted" : "reported",
            evidence, carried ? f.Rule + ".carried-source" : f.Rule, sourceText, sourceSpan);
    }

    /// <summary>
    /// The group a sentence opens with ("Among the protesters, …", "On the part of the security forces, …",
    /// figures/group-frames.tsv), for a bare count later in it ("there were 18 dead"); null when there is none.
    /// </summary>
    private string? FramedGroup(Doc doc, ClaimContext ctx, int token)
    {
        var segments = ctx.Segments;
        int start = segments.Start[segments.Of(token)];
        if (!_lex.GroupFrames.TryMatch(doc, start, token, out var frame)) return null;
        int gs = frame.End;
        while (gs < token && _lex.Stops.TryGetWord(doc, gs, out var role) && role == "det") gs++;
        int ge = gs;
        while (ge < token && ge - gs < MaxGroup && IsGroupWord(doc, ctx, ge)) ge++;
        return ge > gs && ge < token && Attributor.IsPunct(doc, ge, ',') ? doc.Text[doc.Start[gs]..doc.End[ge - 1]] : null;
    }

    private static Figure? InQuote(IReadOnlyList<Quote> quotes, Figure figure)
    {
        foreach (var q in quotes)
        {
            if (!q.Direct || q.SpeakerText is null || figure.Evidence.Start < q.Content.Start || figure.Evidence.End > q.Content.End) continue;
            return figure with
            {
                SourceText = q.SpeakerText, SourceSpan = q.SpeakerSpan, AttributedTo = q.Speaker, Status = "reported",
                Rule = figure.Rule + ".quoted",
            };
        }

        return null;
    }

    /// <summary>
    /// Certainty cues (<see cref="CertaintyScope"/>): a cue sets the status of the figures it covers, and
    /// "could not be independently verified" reaches back over the report before it. Quotes take part as
    /// claims so that a change of source between them stops the reach.
    /// </summary>
    private void ApplyCertainty(Doc doc, ClaimContext ctx, List<(Figure Figure, int Sentence)> figures, IReadOnlyList<Quote> quotes)
    {
        if (figures.Count == 0) return;
        var segments = ctx.Segments;
        var claims = new List<CertaintyScope.Claim>(figures.Count + quotes.Count);
        foreach (var (f, s) in figures)
            claims.Add(new(s, f.Evidence, CertaintyScope.SourceKey(f.AttributedTo, f.SourceText)));
        foreach (var q in quotes)
        {
            int t = Array.BinarySearch(doc.Start, q.Content.Start);
            t = Math.Clamp(t >= 0 ? t : ~t, 0, doc.Count - 1);
            claims.Add(new(segments.Of(t), q.Content, CertaintyScope.SourceKey(q.Speaker, q.SpeakerText)));
        }

        var covering = _scope.Resolve(doc, segments, claims, [.. quotes.Where(q => q.Direct).Select(q => q.Content)], forQuotes: false);
        for (int k = 0; k < figures.Count; k++)
        {
            if (covering[k] is not { } c) continue;
            var current = figures[k].Figure.Status;
            // reported never overrides a stronger status; unconfirmed and disputed do.
            if (c.Cue.Status == "reported" && current != "asserted") continue;
            figures[k] = (figures[k].Figure with { Status = c.Cue.Status, StatusCue = c.Where }, figures[k].Sentence);
        }
    }

    private static bool[]? TimexTokens(Doc doc)
    {
        if (!doc.Has(Layer.Timexes) || doc.Timexes.Count == 0) return null;
        var covered = new bool[doc.Count];
        int t = 0;
        foreach (var timex in doc.Timexes)
        {
            while (t < doc.Count && doc.End[t] <= timex.Span.Start) t++;
            for (int k = t; k < doc.Count && doc.Start[k] < timex.Span.End; k++) covered[k] = true;
        }

        return covered;
    }
}
