using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Dossier.Nlp.Corpora;
using Dossier.Nlp.Parsing;
using Dossier.Nlp.Tagging;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier train parser</c>: trains the dependency parser on CoNLL-U treebanks.</summary>
public static class TrainParserCommand
{
    public static Command Create()
    {
        var train = TrainingData.TrainOption();
        var dev = TrainingData.DevOption();
        var output = TrainingData.OutOption("models/parser.model");
        var epochs = TrainingData.EpochsOption(12);
        var seed = TrainingData.SeedOption();
        var minUpdates = new Option<int>("--min-updates")
        {
            Description = "Prune features updated fewer times than this",
            DefaultValueFactory = _ => 2,
        };
        var dropNonProjective = new Option<bool>("--drop-nonprojective")
        {
            Description = "Drop non-projective training sentences instead of lifting their arcs",
        };

        var jackknife = new Option<int>("--jackknife")
        {
            Description = "Train on tags predicted by K taggers, each trained on the other K-1 folds (0: gold tags)",
        };
        var clusters = new Option<string?>("--clusters") { Description = "Word-cluster model for parser features (embedded in the parser model)" };
        var taggerClusters = new Option<string?>("--tagger-clusters") { Description = "Word-cluster model for the jackknife taggers (as in 'train tagger --clusters')" };
        var taggerEpochs = new Option<int>("--tagger-epochs")
        {
            Description = "Training epochs of each jackknife tagger",
            DefaultValueFactory = _ => new TaggerTrainingOptions().Epochs,
        };
        var beam = new Option<int>("--beam")
        {
            Description = "Beam width (1: greedy with the dynamic oracle; more: global training with max-violation updates, stored in the model)",
            DefaultValueFactory = _ => 1,
        };
        var saveTags = new Option<string?>("--save-train-tags")
        {
            Description = "Write the training sentences with the tags trained on (e.g. jackknifed) as CoNLL-U, for later runs' --train",
        };
        var devTagger = new Option<string?>("--dev-tagger") { Description = "Tagger model whose predicted tags the dev set is scored with (default: gold tags)" };

        var command = new Command("parser", "Train the arc-hybrid dependency parser (prints dev UAS/LAS per epoch)")
        {
            train, dev, output, epochs, seed, minUpdates, dropNonProjective, jackknife, clusters, taggerClusters, taggerEpochs, devTagger, beam, saveTags,
        };
        command.SetAction(parse => Run(
            parse.GetValue(train) ?? [],
            parse.GetValue(dev)!,
            parse.GetValue(output)!,
            parse.GetValue(clusters),
            parse.GetValue(saveTags),
            new TagSource(parse.GetValue(jackknife), parse.GetValue(taggerClusters), parse.GetValue(taggerEpochs), parse.GetValue(devTagger)),
            new ParserTrainingOptions
            {
                Epochs = parse.GetValue(epochs),
                Seed = parse.GetValue(seed),
                MinUpdates = parse.GetValue(minUpdates),
                DropNonProjective = parse.GetValue(dropNonProjective),
                BeamWidth = Math.Max(1, parse.GetValue(beam)),
            }));
        return command;
    }

    /// <summary>Where the training and dev tags come from: gold, or jackknifed / predicted by a tagger.</summary>
    private sealed record TagSource(int Folds, string? TaggerClusters, int TaggerEpochs, string? DevTagger);

    private static int Run(string[] trainPaths, string devPath, string outPath, string? clustersPath, string? saveTagsPath, TagSource tags, ParserTrainingOptions options)
    {
        var inputs = trainPaths.Append(devPath);
        if (clustersPath is not null) inputs = inputs.Append(clustersPath);
        if (tags.TaggerClusters is not null) inputs = inputs.Append(tags.TaggerClusters);
        if (tags.DevTagger is not null) inputs = inputs.Append(tags.DevTagger);
        foreach (var path in inputs)
        {
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"dossier: error: {path}: file not found");
                return ExitCodes.Usage;
            }
        }

        var clock = Stopwatch.StartNew();
        var trainConllu = trainPaths.SelectMany(ConlluReader.Read).ToList();
        var trainSet = tags.Folds >= 2
            ? JackknifeTags.Tag(
                trainConllu,
                tags.Folds,
                new TaggerTrainingOptions { Epochs = tags.TaggerEpochs, Seed = options.Seed },
                tags.TaggerClusters is null ? null : ClusterFile.Read(tags.TaggerClusters),
                Console.WriteLine)
            : trainConllu.Select(ParseSentence.FromConllu).ToList();
        if (saveTagsPath is not null)
        {
            using var writer = new StreamWriter(saveTagsPath);
            foreach (var sentence in trainSet) sentence.WriteConllu(writer);
        }

        var devSet = ReadDev(devPath, tags.DevTagger);
        Console.WriteLine($"read {trainSet.Count} training and {devSet.Count} dev sentences");
        var trainer = new ParserTrainer(options, Console.WriteLine, clustersPath is null ? null : ClusterFile.Read(clustersPath));
        var model = trainer.Train(trainSet, devSet);
        var best = trainer.BestScore!;
        var metadata = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["kind"] = ParserModel.Kind,
            ["train"] = trainPaths.Select(Path.GetFileName).ToArray(),
            ["dev"] = Path.GetFileName(devPath) ?? devPath,
            ["epochs"] = options.Epochs,
            ["bestEpoch"] = trainer.BestEpoch,
            ["seed"] = options.Seed,
            ["minUpdates"] = options.MinUpdates,
            ["clusters"] = Path.GetFileName(clustersPath) ?? "none",
            ["dropNonProjective"] = options.DropNonProjective,
            ["beam"] = options.BeamWidth,
            ["devUas"] = Math.Round(best.Uas, 2),
            ["devLas"] = Math.Round(best.Las, 2),
            ["devLasFullLabels"] = Math.Round(best.LasFull, 2),
            ["trainTags"] = tags.Folds >= 2 ? $"jackknife {tags.Folds} folds, {tags.TaggerEpochs} epochs, clusters {Path.GetFileName(tags.TaggerClusters) ?? "none"}" : "gold",
            ["devTags"] = tags.DevTagger is null ? "gold" : Path.GetFileName(tags.DevTagger),
        });
        model.Save(outPath, metadata);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"best epoch {trainer.BestEpoch}: dev UAS {best.Uas:F2} LAS {best.Las:F2}; wrote {outPath} ({new FileInfo(outPath).Length / 1024.0 / 1024.0:F1} MB) in {clock.Elapsed.TotalMinutes:F1} min"));
        return ExitCodes.Ok;
    }

    /// <summary>The dev sentences, with gold tags or those <paramref name="taggerPath"/> predicts.</summary>
    private static List<ParseSentence> ReadDev(string devPath, string? taggerPath)
    {
        var sentences = ConlluReader.Read(devPath).ToList();
        if (taggerPath is null) return sentences.Select(ParseSentence.FromConllu).ToList();
        var tagger = TaggerModel.Load(taggerPath);
        var scratch = new TaggerScratch();
        return sentences
            .Select(s => JackknifeTags.Retag(tagger, ParseSentence.FromConllu(s), SentenceLayout.From(s), scratch))
            .ToList();
    }
}
