using Dossier.Nlp.Corpora;
using Dossier.Nlp.Learning;

namespace Dossier.Nlp.Tagging;

/// <summary>
/// Trains the greedy averaged-perceptron tagger on gold CoNLL-U sentences: seeded shuffling each epoch,
/// the previous predicted (not gold) classes as history, dev accuracy reported after every epoch. The
/// optional second pass learns from first-pass classes predicted by fold models that never saw the
/// sentence, so it learns how far to trust them on new text.
/// </summary>
internal sealed class TaggerTrainer(TaggerTrainingOptions options, TagDictionary? clusters = null)
{
    private readonly TagDictionary _clusters = clusters ?? TagDictionary.Empty;

    private sealed record Example(SentenceLayout Layout, int[] Gold);

    private TagSet _tags = new();
    private TagDictionary _unambiguous = TagDictionary.Empty;
    private TagDictionary _classSets = TagDictionary.Empty;

    public TaggerModel Train(
        IReadOnlyList<ConlluSentence> train, IReadOnlyList<ConlluSentence> dev, ModelMetadata metadata, Action<string> progress)
    {
        _tags = new TagSet();
        var examples = new List<Example>(train.Count);
        foreach (var sentence in train)
        {
            var gold = new int[sentence.Words.Count];
            for (int i = 0; i < gold.Length; i++)
                gold[i] = _tags.Intern(TagSet.ParseUpos(sentence.Words[i].Upos), sentence.Words[i].Xpos);
            examples.Add(new Example(SentenceLayout.From(sentence), gold));
        }

        (_unambiguous, _classSets) = BuildDictionaries(examples);
        progress($"{examples.Count} sentences, {_tags.Count} classes, {_unambiguous.Count} unambiguous words, {_classSets.Count} words with class sets");

        int[][]? heldOut = options.SecondPass ? Jackknife(examples, progress) : null;
        progress("first pass:");
        var first = Finish(TrainPass(examples, null, weights => Model(weights, null), dev, progress));
        PerceptronModel? second = null, backward = null;
        if (options.Bidirectional)
        {
            progress("right-to-left pass (dev scores of both directions combined):");
            backward = Finish(TrainPass(examples, null, weights => Model(first, null, weights), dev, progress, backward: true));
        }

        if (heldOut is not null)
        {
            progress("second pass:");
            second = Finish(TrainPass(examples, heldOut, weights => Model(first, weights), dev, progress));
        }

        var model = Model(first, second, backward);
        var scores = TaggerScores.Measure(model, dev);
        progress($"final: dev upos {scores.Upos:F2} xpos {scores.Xpos:F2}");
        metadata.Add("classes", _tags.Count)
            .Add("second_pass", second is null ? "no" : "yes")
            .Add("right_to_left", backward is null ? "no" : "yes")
            .Add("cluster_words", _clusters.Count)
            .Add("features", first.FeatureCount + (second?.FeatureCount ?? 0))
            .Add("dev", new ModelMetadata().Add("words", scores.Words).Add("upos", scores.Upos).Add("xpos", scores.Xpos));
        return new TaggerModel(_tags, _unambiguous, _classSets, _clusters, first, second, metadata.ToJson(), backward);
    }

    private TaggerModel Model(PerceptronModel first, PerceptronModel? second, PerceptronModel? backward = null) =>
        new(_tags, _unambiguous, _classSets, _clusters, first, second, "{}", backward);

    private PerceptronModel Finish(PerceptronTrainer trainer) => trainer.Finish(options.MinUpdates, options.MinWeight);

    /// <summary>First-pass classes for every training sentence, each predicted by a model trained without its fold.</summary>
    private int[][] Jackknife(List<Example> examples, Action<string> progress)
    {
        var predicted = new int[examples.Count][];
        var scratch = new TaggerScratch();
        // Folds by sentence text, so a sentence given twice (a corpus weighted up) never predicts itself.
        var foldOf = new int[examples.Count];
        for (int e = 0; e < examples.Count; e++)
            foldOf[e] = (int)(FeatureHash.Text(examples[e].Layout.Text) % (ulong)options.Folds);
        for (int fold = 0; fold < options.Folds; fold++)
        {
            var rest = new List<Example>();
            for (int e = 0; e < examples.Count; e++)
            {
                if (foldOf[e] != fold) rest.Add(examples[e]);
            }

            var model = Model(TrainPass(rest, null, null, [], progress).Finish(), null);
            for (int e = 0; e < examples.Count; e++)
            {
                if (foldOf[e] != fold) continue;
                var layout = examples[e].Layout;
                predicted[e] = model.Predict(layout.Text, layout.Starts, layout.Ends, scratch).ToArray();
            }

            progress($"fold {fold + 1}/{options.Folds} predicted");
        }

        return predicted;
    }

    /// <summary>Trains one pass; with <paramref name="dev"/> scoring (after each epoch) when <paramref name="devModel"/> is given.</summary>
    private PerceptronTrainer TrainPass(
        List<Example> examples, int[][]? first, Func<PerceptronModel, TaggerModel>? devModel, IReadOnlyList<ConlluSentence> dev, Action<string> progress,
        bool backward = false)
    {
        var trainer = new PerceptronTrainer(_tags.Count);
        var scratch = new TaggerScratch();
        var order = new int[examples.Count];
        for (int i = 0; i < order.Length; i++) order[i] = i;
        var random = new Random(options.Seed);
        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            long correct = 0, total = 0;
            foreach (int e in order)
                correct += TrainSentence(examples[e], first?[e], trainer, scratch, backward, ref total);
            if (devModel is null || dev.Count == 0) continue;
            var scores = TaggerScores.Measure(devModel(trainer.Finish()), dev);
            progress($"epoch {epoch}: train {100.0 * correct / total:F2}  dev upos {scores.Upos:F2} xpos {scores.Xpos:F2}  ({trainer.FeatureCount} features)");
        }

        return trainer;
    }

    private (TagDictionary Unambiguous, TagDictionary ClassSets) BuildDictionaries(List<Example> examples)
    {
        var byForm = new TagDictionaryBuilder(_tags.Count);
        var byLower = new TagDictionaryBuilder(_tags.Count);
        var scratch = new TaggerScratch();
        foreach (var example in examples)
        {
            var layout = example.Layout;
            scratch.Prepare(layout.Text, layout.Starts, layout.Ends, TagDictionary.Empty, TagDictionary.Empty);
            for (int i = 0; i < layout.Length; i++)
            {
                byForm.Add(scratch.At(i, TaggerScratch.Word), example.Gold[i]);
                byLower.Add(scratch.At(i, TaggerScratch.Lower), example.Gold[i]);
            }
        }

        return (byForm.BuildUnambiguous(options.UnambiguousMinCount, options.UnambiguousMinShare),
            byLower.BuildClassSets(options.ClassSetMinCount, options.ClassSetMinShare));
    }

    private int TrainSentence(Example example, int[]? first, PerceptronTrainer trainer, TaggerScratch scratch, bool backward, ref long total)
    {
        var layout = example.Layout;
        scratch.Prepare(layout.Text, layout.Starts, layout.Ends, _classSets, _clusters);
        var scores = scratch.ScoresFor(trainer.ClassCount);
        var features = scratch.Features.AsSpan();
        int p1 = -1, p2 = -1, correct = 0;
        for (int k = 0; k < layout.Length; k++)
        {
            int i = backward ? layout.Length - 1 - k : k;
            int guess = _unambiguous.Find(scratch.At(i, TaggerScratch.Word));
            if (guess < 0)
            {
                int n = first is null
                    ? TaggerFeatures.Extract(scratch, i, p1, p2, features)
                    : TaggerFeatures.ExtractSecondPass(scratch, i, p1, p2, first, features);
                trainer.Score(features[..n], scores);
                guess = PerceptronModel.ArgMax(scores);
                trainer.Update(features[..n], example.Gold[i], guess);
                trainer.Tick();
            }

            if (guess == example.Gold[i]) correct++;
            total++;
            p2 = p1;
            p1 = guess;
        }

        return correct;
    }
}
