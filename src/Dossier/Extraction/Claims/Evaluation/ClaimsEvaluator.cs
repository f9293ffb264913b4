using Dossier.Pipeline;
using Dossier.Text;

namespace Dossier.Extraction.Claims.Evaluation;

/// <summary>
/// Runs a pipeline over gold documents and scores quotes, figures and time expressions. Items are matched
/// one to one by character overlap (largest first); a figure must also carry the gold value.
/// </summary>
public static class ClaimsEvaluator
{
    public static ClaimsReport Evaluate(Pipeline.Pipeline pipeline, IReadOnlyList<ClaimsGoldDocument> gold)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(gold);
        var report = new ClaimsReport();
        foreach (var g in gold)
        {
            var doc = pipeline.Process(new Doc(g.Text, new DocumentInfo(g.Id, Date: g.Date, SourcePath: g.Source)));
            report.Documents++;
            ScoreQuotes(doc, g, report);
            ScoreFigures(doc, g, report);
            ScoreTimexes(doc, g, report);
        }

        return report;
    }

    private static void ScoreQuotes(Doc doc, ClaimsGoldDocument g, ClaimsReport r)
    {
        var predicted = doc.Quotes;
        r.QuotesExact.Gold += g.Quotes.Count;
        r.QuotesOverlap.Gold += g.Quotes.Count;
        r.QuotesExact.Predicted += predicted.Count;
        r.QuotesOverlap.Predicted += predicted.Count;
        foreach (var gq in g.Quotes)
        {
            var norm = Trim(g.Text, gq.Span);
            if (predicted.Any(p => Trim(doc.Text, p.Content) == norm)) r.QuotesExact.Matched++;
        }

        foreach (var (gi, pi) in Match(g.Quotes.Select(q => q.Span).ToList(), predicted.Select(p => p.Content).ToList()))
        {
            r.QuotesOverlap.Matched++;
            var gq = g.Quotes[gi];
            var pq = predicted[pi];
            r.QuoteDirect.Add(gq.Direct == pq.Direct);
            if (gq.Speaker is null) continue;
            r.Speaker.Add(Same(gq.Speaker, pq.SpeakerText));
            r.SpeakerLenient.Add(Contains(gq.Speaker, pq.SpeakerText));
            r.SpeakerResolved.Add(Contains(gq.SpeakerRef ?? gq.Speaker, pq.SpeakerText));
        }
    }

    private static void ScoreFigures(Doc doc, ClaimsGoldDocument g, ClaimsReport r)
    {
        var predicted = doc.Figures;
        r.Figures.Gold += g.Figures.Count;
        r.Figures.Predicted += predicted.Count;
        var used = new bool[predicted.Count];
        foreach (var gf in g.Figures)
        {
            int best = -1, bestOverlap = 0;
            for (int p = 0; p < predicted.Count; p++)
            {
                int overlap = Overlap(gf.Span, predicted[p].Evidence);
                if (used[p] || predicted[p].Value != gf.Value || overlap <= bestOverlap) continue;
                best = p;
                bestOverlap = overlap;
            }

            if (best < 0) continue;
            used[best] = true;
            r.Figures.Matched++;
            var pf = predicted[best];
            r.FigureKind.Add(pf.Kind == gf.Kind);
            r.FigureQualifier.Add(pf.Qualifier == gf.Qualifier);
            r.FigureSource.Add(gf.Source is null ? pf.SourceText is null : Contains(gf.Source, pf.SourceText));
            r.FigureStatus.Add(pf.Status == gf.Status);
        }
    }

    private static void ScoreTimexes(Doc doc, ClaimsGoldDocument g, ClaimsReport r)
    {
        var predicted = doc.Timexes;
        r.Timexes.Gold += g.Timexes.Count;
        r.Timexes.Predicted += predicted.Count;
        foreach (var (gi, pi) in Match(g.Timexes.Select(t => t.Span).ToList(), predicted.Select(t => t.Span).ToList()))
        {
            r.Timexes.Matched++;
            r.TimexValue.Add(string.Equals(g.Timexes[gi].Value, predicted[pi].Value, StringComparison.Ordinal));
        }
    }

    /// <summary>One-to-one matching by overlap, largest overlaps first; ties by position (deterministic).</summary>
    private static List<(int Gold, int Predicted)> Match(List<CharRange> gold, List<CharRange> predicted)
    {
        var pairs = new List<(int Overlap, int G, int P)>();
        for (int gi = 0; gi < gold.Count; gi++)
            for (int pi = 0; pi < predicted.Count; pi++)
                if (Overlap(gold[gi], predicted[pi]) is > 0 and var o) pairs.Add((o, gi, pi));
        pairs.Sort((a, b) => a.Overlap != b.Overlap ? b.Overlap.CompareTo(a.Overlap) : a.G != b.G ? a.G.CompareTo(b.G) : a.P.CompareTo(b.P));
        var usedG = new bool[gold.Count];
        var usedP = new bool[predicted.Count];
        var result = new List<(int, int)>();
        foreach (var (_, gi, pi) in pairs)
        {
            if (usedG[gi] || usedP[pi]) continue;
            usedG[gi] = usedP[pi] = true;
            result.Add((gi, pi));
        }

        return result;
    }

    private static int Overlap(CharRange a, CharRange b) => Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start);

    /// <summary>A span's text without surrounding whitespace and punctuation, for exact comparison.</summary>
    private static string Trim(string text, CharRange span) =>
        text[span.Start..span.End].Trim().Trim('.', ',', ';', ':', '"', '”', '“', ' ');

    private static string Norm(string s)
    {
        var t = s.Trim().Trim(',', '.').ToLowerInvariant();
        return t.StartsWith("the ", StringComparison.Ordinal) ? t[4..] : t;
    }

    private static bool Same(string gold, string? predicted) => predicted is not null && Norm(gold) == Norm(predicted);

    /// <summary>Lenient speaker match: one name holds the other ("Ferguson" and "Superintendent Shaun Ferguson").</summary>
    private static bool Contains(string gold, string? predicted)
    {
        if (predicted is null) return false;
        string a = " " + Norm(gold) + " ", b = " " + Norm(predicted) + " ";
        return a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal);
    }
}
