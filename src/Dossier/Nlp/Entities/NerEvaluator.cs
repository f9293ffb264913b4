namespace Dossier.Nlp.Entities;

/// <summary>Scores a model against labelled documents the way conlleval does (exact spans, per type).</summary>
internal static class NerEvaluator
{
    public static NerScores Evaluate(NerModel model, IReadOnlyList<NerDocument> docs)
    {
        var scratch = new NerScratch();
        var predicted = new List<(int Start, int End, EntityType Type)>();
        var gold = new int[EntityLabels.TypeCount + 1];
        var pred = new int[EntityLabels.TypeCount + 1];
        var correct = new int[EntityLabels.TypeCount + 1];
        int tokens = 0;
        foreach (var doc in docs)
        {
            predicted.Clear();
            model.Tag(doc.Text, scratch, predicted);
            tokens += doc.Text.Count;
            Count(doc.Gold, predicted, gold, pred, correct);
        }

        return Scores(gold, pred, correct, tokens);
    }

    public static void Count(IReadOnlyList<(int Start, int End, EntityType Type)> goldSpans,
        IReadOnlyList<(int Start, int End, EntityType Type)> predictedSpans, int[] gold, int[] pred, int[] correct)
    {
        var goldSet = new HashSet<(int, int, EntityType)>(goldSpans);
        foreach (var g in goldSpans) gold[(int)g.Type]++;
        foreach (var p in predictedSpans)
        {
            pred[(int)p.Type]++;
            if (goldSet.Contains(p)) correct[(int)p.Type]++;
        }
    }

    public static NerScores Scores(int[] gold, int[] pred, int[] correct, int tokens)
    {
        var perType = new SortedDictionary<string, SpanCounts>(StringComparer.Ordinal);
        int g = 0, p = 0, c = 0;
        for (int t = 1; t <= EntityLabels.TypeCount; t++)
        {
            perType[((EntityType)t).ToString()] = new SpanCounts(gold[t], pred[t], correct[t]);
            g += gold[t];
            p += pred[t];
            c += correct[t];
        }

        return new NerScores(new SpanCounts(g, p, c), perType, tokens);
    }
}
