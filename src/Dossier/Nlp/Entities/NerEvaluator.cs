namespace Dossier.Nlp.Entities;

/// <summary>Scores a model against labelled documents the way conlleval does (exact spans, per type).</summary>
internal static class NerEvaluator
{
    /// <summary>Loads the model of a Dossier home and scores it on a CoNLL-2003-format file.</summary>
    public static NerScores EvaluateFile(Dossier.Pipeline.DossierHome home, string conllPath, string? modelPath = null, TextWriter? errors = null)
    {
        ArgumentNullException.ThrowIfNull(home);
        var gazetteer = Gazetteers.Gazetteer.Load(home.LexiconPath("gazetteer"));
        var model = NerModel.Read(modelPath ?? home.ModelPath(EntityRecognizer.ModelFileName), gazetteer,
            EntityRules.Load(home.LexiconPath(EntityRules.Folder)));
        return Evaluate(model, ConllNerReader.Read(conllPath), null, errors);
    }

    /// <summary>Scores on GUM documents: PER, ORG and LOC only (GUM has no MISC, so predicted MISC is not counted).</summary>
    public static NerScores EvaluateGumFile(Dossier.Pipeline.DossierHome home, string conlluPath, string? modelPath = null, TextWriter? errors = null)
    {
        ArgumentNullException.ThrowIfNull(home);
        var gazetteer = Gazetteers.Gazetteer.Load(home.LexiconPath("gazetteer"));
        var model = NerModel.Read(modelPath ?? home.ModelPath(EntityRecognizer.ModelFileName), gazetteer,
            EntityRules.Load(home.LexiconPath(EntityRules.Folder)));
        return Evaluate(model, GumEntityReader.Read(conlluPath), EntityType.MISC, errors);
    }

    public static NerScores Evaluate(NerModel model, IReadOnlyList<NerDocument> docs, EntityType? ignore = null, TextWriter? errors = null)
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
            if (ignore is { } skip) predicted.RemoveAll(p => p.Type == skip);
            tokens += doc.Text.Count;
            Count(doc.Gold, predicted, gold, pred, correct);
            if (errors is not null) WriteErrors(doc, predicted, errors);
        }

        return Scores(gold, pred, correct, tokens);
    }

    /// <summary>
    /// Tokens per second of tagging alone (features, scoring, Viterbi) on one thread: the best of
    /// <paramref name="passes"/> passes over the documents, after one warm-up pass.
    /// </summary>
    public static double TokensPerSecond(Dossier.Pipeline.DossierHome home, string conllPath, string? modelPath = null, int passes = 5)
    {
        ArgumentNullException.ThrowIfNull(home);
        var gazetteer = Gazetteers.Gazetteer.Load(home.LexiconPath("gazetteer"));
        var model = NerModel.Read(modelPath ?? home.ModelPath(EntityRecognizer.ModelFileName), gazetteer,
            EntityRules.Load(home.LexiconPath(EntityRules.Folder)));
        var docs = ConllNerReader.Read(conllPath);
        var scratch = new NerScratch();
        var spans = new List<(int Start, int End, EntityType Type)>();
        int tokens = docs.Sum(d => d.Text.Count);
        double best = 0;
        for (int pass = 0; pass <= passes; pass++)
        {
            long begin = System.Diagnostics.Stopwatch.GetTimestamp();
            foreach (var doc in docs)
            {
                spans.Clear();
                model.Tag(doc.Text, scratch, spans);
            }

            double seconds = System.Diagnostics.Stopwatch.GetElapsedTime(begin).TotalSeconds;
            if (pass > 0) best = Math.Max(best, tokens / seconds);
        }

        return best;
    }

    /// <summary>Lists missed ("-") and spurious ("+") spans with their text, for error analysis.</summary>
    private static void WriteErrors(NerDocument doc, List<(int Start, int End, EntityType Type)> predicted, TextWriter errors)
    {
        var p = new HashSet<(int, int, EntityType)>(predicted);
        var g = new HashSet<(int, int, EntityType)>(doc.Gold);
        string Text((int Start, int End, EntityType Type) s) =>
            doc.Text.Text[doc.Text.Start[s.Start]..doc.Text.End[s.End - 1]];
        foreach (var s in doc.Gold)
        {
            if (!p.Contains(s)) errors.WriteLine($"- {s.Type}\t{Text(s)}");
        }

        foreach (var s in predicted)
        {
            if (!g.Contains(s)) errors.WriteLine($"+ {s.Type}\t{Text(s)}");
        }
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
