using Dossier.Nlp.Evaluation;
using Dossier.Nlp.Learning;

namespace Dossier.Nlp.Parsing;

/// <summary>
/// Trains the arc-hybrid parser with the dynamic oracle and exploration (Goldberg and Nivre 2012/2013):
/// after the first epoch the trainer mostly follows its own predictions, and every step updates toward the
/// best-scoring move that loses no more gold arcs. The label model learns at each correct arc.
/// Keeps the averaged model of the epoch with the best dev LAS.
/// </summary>
internal sealed class ParserTrainer
{
    private readonly ParserTrainingOptions _options;
    private readonly Action<string> _log;
    private readonly TagDictionary _clusters;

    /// <param name="clusters">Word clusters for cluster features (embedded in the model), or null for none.</param>
    public ParserTrainer(ParserTrainingOptions options, Action<string> log, TagDictionary? clusters = null)
    {
        _options = options;
        _log = log;
        _clusters = clusters ?? TagDictionary.Empty;
    }

    public int BestEpoch { get; private set; }

    public DependencyScore? BestScore { get; private set; }

    public ParserModel Train(IReadOnlyList<ParseSentence> train, IReadOnlyList<ParseSentence> dev)
    {
        var labelNames = CollectLabels(train);
        var labelIds = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < labelNames.Length; i++) labelIds[labelNames[i]] = i;
        int rootLabel = labelIds[ParserModel.RootLabel];
        var examples = Prepare(train, labelIds);
        _log($"training on {examples.Count} sentences ({train.Count - examples.Count} dropped), {labelNames.Length} labels");

        var transitions = new PerceptronTrainer(3);
        var labels = new PerceptronTrainer(labelNames.Length);
        var scratch = new ParserScratch();
        var beam = _options.BeamWidth > 1 ? new BeamSentenceTrainer(_options.BeamWidth) : null;
        var random = new Random(_options.Seed);
        var order = new int[examples.Count];
        for (int i = 0; i < order.Length; i++) order[i] = i;
        ParserModel? best = null;
        for (int epoch = 0; epoch < _options.Epochs; epoch++)
        {
            random.Shuffle(order);
            bool explore = epoch >= _options.ExploreFrom;
            long steps = 0, errors = 0;
            foreach (int i in order)
            {
                var (s, gold, goldLabels) = examples[i];
                (long st, long er) = beam is null
                    ? TrainSentence(s, gold, goldLabels, rootLabel, transitions, labels, scratch, random, explore)
                    : TrainWithBeam(beam, s, gold, goldLabels, rootLabel, transitions, labels, scratch);
                steps += st;
                errors += er;
            }

            var model = new ParserModel(
                transitions.Finish(_options.MinUpdates), labels.Finish(_options.MinUpdates), labelNames, _clusters, _options.BeamWidth);
            var score = Evaluate(model, dev);
            _log(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"epoch {epoch + 1}: train {(beam is null ? "move" : "sentence update")} rate {100.0 * errors / Math.Max(1, steps):F2}%  dev UAS {score.Uas:F2}  LAS {score.Las:F2}  (full labels {score.LasFull:F2})  features {model.Transitions.FeatureCount}+{model.Labels.FeatureCount}"));
            if (BestScore is null || score.Las > BestScore.Las)
            {
                best = model;
                BestScore = score;
                BestEpoch = epoch + 1;
            }
        }

        return best ?? throw new InvalidOperationException("no epochs were run");
    }

    public static DependencyScore Evaluate(ParserModel model, IReadOnlyList<ParseSentence> sentences)
    {
        var score = new DependencyScore();
        var scratch = new ParserScratch();
        foreach (var s in sentences)
        {
            model.Parse(s, scratch);
            for (int i = 0; i < s.Length; i++)
                score.Add(s.Heads[i], s.Deprels[i], scratch.Heads[i], model.LabelNames[scratch.Labels[i]]);
        }

        return score;
    }

    /// <summary>One sentence of beam training; counts the sentence and whether it caused an update.</summary>
    private (long Sentences, long Updated) TrainWithBeam(
        BeamSentenceTrainer beam, ParseSentence s, int[] gold, int[] goldLabels, int rootLabel,
        PerceptronTrainer transitions, PerceptronTrainer labels, ParserScratch x)
    {
        ParserModel.Fill(s, x, labels.ClassCount, _clusters);
        return (1, beam.Train(x, gold, goldLabels, rootLabel, transitions, labels));
    }

    private (long Steps, long Errors) TrainSentence(
        ParseSentence s, int[] gold, int[] goldLabels, int rootLabel,
        PerceptronTrainer transitions, PerceptronTrainer labels, ParserScratch x, Random random, bool explore)
    {
        ParserModel.Fill(s, x, labels.ClassCount, _clusters);
        var st = x.State;
        Span<float> moveScores = stackalloc float[3];
        Span<int> costs = stackalloc int[3];
        var labelScores = x.Scores.AsSpan(0, labels.ClassCount);
        long steps = 0, errors = 0;
        while (!st.IsTerminal)
        {
            int count = ParseFeatures.Transition(x);
            var features = x.Features.AsSpan(0, count);
            transitions.Score(features, moveScores);
            var predicted = ParserModel.BestLegal(st, moveScores);
            int minCost = int.MaxValue;
            for (int m = 0; m < 3; m++)
            {
                costs[m] = st.IsLegal((Move)m) ? ArcHybridOracle.Cost(st, gold, (Move)m) : int.MaxValue;
                minCost = Math.Min(minCost, costs[m]);
            }

            // The best-scoring move among those that lose the fewest gold arcs.
            int target = -1;
            for (int m = 0; m < 3; m++)
            {
                if (costs[m] == minCost && (target < 0 || moveScores[m] > moveScores[target])) target = m;
            }

            steps++;
            if (costs[(int)predicted] > minCost)
            {
                errors++;
                transitions.Update(features, target, (int)predicted);
            }

            transitions.Tick();
            var move = explore && random.NextDouble() < _options.ExploreProbability ? predicted : (Move)target;
            int label = -1;
            if (move != Move.Shift)
            {
                var (dep, head) = st.ArcOf(move);
                label = head == st.Root ? rootLabel : TrainLabel(x, dep, head, gold, goldLabels, rootLabel, labels, labelScores);
            }

            st.Apply(move, label);
        }

        return (steps, errors);
    }

    private static int TrainLabel(
        ParserScratch x, int dep, int head, int[] gold, int[] goldLabels, int rootLabel,
        PerceptronTrainer labels, Span<float> scores)
    {
        int count = ParseFeatures.Label(x, dep, head);
        var features = x.Features.AsSpan(0, count);
        labels.Score(features, scores);
        int predicted = ParserModel.BestNonRoot(scores, rootLabel);
        if (gold[dep] != head) return predicted;
        int truth = goldLabels[dep];
        if (truth != rootLabel) labels.Update(features, truth, predicted);
        labels.Tick();
        return truth;
    }

    private List<(ParseSentence Sentence, int[] Gold, int[] Labels)> Prepare(
        IReadOnlyList<ParseSentence> train, Dictionary<string, int> labelIds)
    {
        var result = new List<(ParseSentence, int[], int[])>(train.Count);
        int lifted = 0;
        foreach (var s in train)
        {
            int n = s.Length;
            if (n == 0 || !IsTree(s.Heads)) continue;
            var heads = (int[])s.Heads.Clone();
            if (!Projectivizer.IsProjective(heads))
            {
                if (_options.DropNonProjective) continue;
                Projectivizer.Lift(heads);
                lifted++;
            }

            var gold = new int[n + 1];
            var labels = new int[n];
            for (int i = 0; i < n; i++)
            {
                gold[i] = heads[i] < 0 ? n : heads[i];
                labels[i] = labelIds[s.Deprels[i]];
            }

            gold[n] = -1;
            result.Add((s, gold, labels));
        }

        if (lifted > 0) _log($"lifted arcs in {lifted} non-projective sentences");
        return result;
    }

    /// <summary>One root, every head in range, no cycles: a tree the oracle can reach.</summary>
    private static bool IsTree(int[] heads)
    {
        int roots = 0;
        for (int i = 0; i < heads.Length; i++)
        {
            int h = heads[i];
            if (h < -1 || h >= heads.Length) return false;
            if (h == -1) roots++;
            int steps = 0;
            for (int a = h; a >= 0; a = heads[a])
            {
                if (++steps > heads.Length) return false;
            }
        }

        return roots == 1;
    }

    private static string[] CollectLabels(IReadOnlyList<ParseSentence> train)
    {
        var set = new SortedSet<string>(StringComparer.Ordinal) { ParserModel.RootLabel };
        foreach (var s in train)
        {
            foreach (var d in s.Deprels) set.Add(d);
        }

        return [.. set.Select(string.Intern)];
    }
}
