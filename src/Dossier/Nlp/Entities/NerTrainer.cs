using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Dossier.Nlp.Learning;

namespace Dossier.Nlp.Entities;

/// <summary>Settings of a training run; the defaults built the shipped model.</summary>
public sealed record NerTrainOptions(int Epochs = 10, int Seed = 1, int MinUpdates = 2);

/// <summary>
/// Trains the entity model as a structured averaged perceptron: decode each sentence with the current
/// weights (Viterbi, constrained), then move weight from the predicted labels and transitions to the gold
/// ones. Documents are shuffled per epoch with a seeded generator. The label history that later
/// sentences see is the model's own prediction, exactly as at run time. The epoch with the best dev F1
/// is kept.
/// </summary>
internal static class NerTrainer
{
    public static NerModel Train(IReadOnlyList<NerDocument> train, IReadOnlyList<NerDocument> dev, NerFeatures features,
        NerTrainOptions options, string source, TextWriter log)
    {
        var trainer = new PerceptronTrainer(EntityLabels.Count);
        var scratch = new NerScratch();
        var rng = new Random(options.Seed);
        var order = Enumerable.Range(0, train.Count).ToArray();
        var golds = train.Select(GoldLabels).ToArray();
        var predicted = new int[golds.Max(g => g.Length)];
        Span<ulong> one = stackalloc ulong[1];
        NerModel? best = null;
        double bestF1 = -1;
        int bestEpoch = 0;
        var scores = new List<string>();
        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            var watch = Stopwatch.StartNew();
            rng.Shuffle(order);
            int errors = 0, tokens = 0;
            foreach (int d in order)
            {
                var text = train[d].Text;
                var gold = golds[d];
                features.Prepare(text, scratch);
                for (int sent = 0; sent < text.SentStart.Length; sent++)
                {
                    int a = text.SentStart[sent], b = text.SentEnd[sent];
                    if (b <= a) continue;
                    var guess = predicted.AsSpan(a, b - a);
                    NerDecoder.DecodeSentence(new TrainerScorer(trainer), scratch, a, b, guess);
                    for (int i = 0; i < guess.Length; i++)
                    {
                        int t = a + i;
                        tokens++;
                        int goldPrev = i == 0 ? -1 : gold[t - 1], guessPrev = i == 0 ? -1 : guess[i - 1];
                        if (gold[t] != guess[i])
                        {
                            errors++;
                            var f = scratch.Features.AsSpan(scratch.FeatureStart[i], scratch.FeatureStart[i + 1] - scratch.FeatureStart[i]);
                            trainer.Update(f, gold[t], guess[i]);
                        }

                        if (gold[t] != guess[i] || goldPrev != guessPrev)
                        {
                            one[0] = NerFeatures.TransitionKey(goldPrev);
                            trainer.Add(one, gold[t], 1f);
                            one[0] = NerFeatures.TransitionKey(guessPrev);
                            trainer.Add(one, guess[i], -1f);
                        }
                    }

                    trainer.Tick();
                    NerFeatures.Record(scratch, a, guess);
                }
            }

            var model = new NerModel(trainer.Finish(options.MinUpdates), features, "{}");
            var dv = NerEvaluator.Evaluate(model, dev);
            scores.Add(dv.Overall.F1.ToString("F2", CultureInfo.InvariantCulture));
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ner: epoch {epoch}: train token errors {100.0 * errors / tokens:F2}%, dev F1 {dv.Overall.F1:F2} (P {dv.Overall.Precision:F2} R {dv.Overall.Recall:F2}), {model.Weights.FeatureCount:N0} features, {watch.Elapsed.TotalSeconds:F0} s"));
            if (dv.Overall.F1 > bestF1)
            {
                bestF1 = dv.Overall.F1;
                bestEpoch = epoch;
                best = model;
            }
        }

        var metadata = JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["model"] = "structured averaged perceptron, BILOU, constrained Viterbi",
            ["train"] = source,
            ["seed"] = options.Seed.ToString(CultureInfo.InvariantCulture),
            ["min_updates"] = options.MinUpdates.ToString(CultureInfo.InvariantCulture),
            ["epochs"] = options.Epochs.ToString(CultureInfo.InvariantCulture),
            ["best_epoch"] = bestEpoch.ToString(CultureInfo.InvariantCulture),
            ["dev_f1"] = bestF1.ToString("F2", CultureInfo.InvariantCulture),
            ["dev_f1_per_epoch"] = string.Join(' ', scores),
            ["clusters"] = features.Clusters?.Metadata ?? "none",
        });
        return new NerModel(best!.Weights, features, metadata);
    }

    private static int[] GoldLabels(NerDocument doc)
    {
        var labels = new int[doc.Text.Count];
        EntityLabels.Encode(doc.Gold, labels);
        return labels;
    }
}
