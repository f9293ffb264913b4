using Dossier.Text;

namespace Dossier.Extraction.Events.Evaluation;

/// <summary>
/// Runs a pipeline over each gold sentence (as its own document, with the article's date) and scores the
/// events. At each level gold and system events of one sentence are paired one to one, in gold order,
/// with the first unused system event that satisfies the level (same type; and actors; and place).
/// </summary>
public static class EventsEvaluator
{
    public static EventsReport Evaluate(Pipeline.Pipeline pipeline, IReadOnlyList<EventsGoldSentence> gold)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(gold);
        var report = new EventsReport();
        foreach (var g in gold)
        {
            var doc = pipeline.Process(new Doc(g.Text, new DocumentInfo(g.Id, Date: g.Date, SourcePath: g.Source)));
            report.Sentences++;
            Score(doc, g, report);
        }

        return report;
    }

    public static void Score(Doc doc, EventsGoldSentence g, EventsReport report)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(g);
        ArgumentNullException.ThrowIfNull(report);
        var predicted = doc.Events;
        foreach (var tally in (ReadOnlySpan<Claims.Evaluation.Tally>)[report.Type, report.Actors, report.Location])
        {
            tally.Gold += g.Events.Count;
            tally.Predicted += predicted.Count;
        }

        foreach (var e in g.Events)
        {
            report.For(e.Type).Type.Gold++;
            report.For(e.Type).Actors.Gold++;
        }

        foreach (var p in predicted)
        {
            report.For(p.Type).Type.Predicted++;
            report.For(p.Type).Actors.Predicted++;
        }

        foreach (var (gi, _) in Pair(g.Events, predicted, (ge, pe) => ge.Type == pe.Type))
        {
            report.Type.Matched++;
            report.For(g.Events[gi].Type).Type.Matched++;
        }

        foreach (var (gi, pi) in Pair(g.Events, predicted, (ge, pe) => ge.Type == pe.Type && SameActors(doc, ge, pe)))
        {
            var ge = g.Events[gi];
            var pe = predicted[pi];
            report.Actors.Matched++;
            report.For(ge.Type).Actors.Matched++;
            report.Negated.Add(ge.Negated == pe.Negated);
            report.Modality.Add(ge.Modality == pe.Modality);
            report.Mode.Add(ge.Mode == pe.Mode);
            report.Cameo.Add(ge.Cameo == pe.Cameo);
        }

        foreach (var _ in Pair(g.Events, predicted, (ge, pe) => ge.Type == pe.Type && SameActors(doc, ge, pe)
            && PhraseMatch.Matches(ge.Location, pe.LocationText, StatedPlace(doc, pe))))
        {
            report.Location.Matched++;
        }
    }

    /// <summary>Gold marks the place the sentence states; a document focus place is no statement of the sentence.</summary>
    private static string? StatedPlace(Doc doc, EventRecord p) =>
        p.LocationBasis == EventSetting.DocumentBasis ? null : NameOf(doc, p.Location);

    private static bool SameActors(Doc doc, GoldEvent g, EventRecord p) =>
        PhraseMatch.Matches(g.Source, p.SourceText, NameOf(doc, p.Source))
        && PhraseMatch.Matches(g.Target, p.TargetText, NameOf(doc, p.Target));

    private static string? NameOf(Doc doc, string? actorId)
    {
        if (actorId is null) return null;
        foreach (var actor in doc.Actors)
        {
            if (actor.Id == actorId) return actor.Name;
        }

        return null;
    }

    private static List<(int Gold, int Predicted)> Pair(IReadOnlyList<GoldEvent> gold, IReadOnlyList<EventRecord> predicted,
        Func<GoldEvent, EventRecord, bool> same)
    {
        var pairs = new List<(int, int)>();
        var used = new bool[predicted.Count];
        for (int gi = 0; gi < gold.Count; gi++)
        {
            for (int pi = 0; pi < predicted.Count; pi++)
            {
                if (used[pi] || !same(gold[gi], predicted[pi])) continue;
                used[pi] = true;
                pairs.Add((gi, pi));
                break;
            }
        }

        return pairs;
    }
}
