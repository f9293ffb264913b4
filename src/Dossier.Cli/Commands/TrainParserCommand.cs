using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Dossier.Nlp.Corpora;
using Dossier.Nlp.Parsing;

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

        var command = new Command("parser", "Train the arc-hybrid dependency parser (prints dev UAS/LAS per epoch)")
        {
            train, dev, output, epochs, seed, minUpdates, dropNonProjective,
        };
        command.SetAction(parse => Run(
            parse.GetValue(train) ?? [],
            parse.GetValue(dev)!,
            parse.GetValue(output)!,
            new ParserTrainingOptions
            {
                Epochs = parse.GetValue(epochs),
                Seed = parse.GetValue(seed),
                MinUpdates = parse.GetValue(minUpdates),
                DropNonProjective = parse.GetValue(dropNonProjective),
            }));
        return command;
    }

    private static int Run(string[] trainPaths, string devPath, string outPath, ParserTrainingOptions options)
    {
        foreach (var path in trainPaths.Append(devPath))
        {
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"dossier: error: {path}: file not found");
                return ExitCodes.Usage;
            }
        }

        var clock = Stopwatch.StartNew();
        var trainSet = trainPaths.SelectMany(ConlluReader.Read).Select(ParseSentence.FromConllu).ToList();
        var devSet = ConlluReader.Read(devPath).Select(ParseSentence.FromConllu).ToList();
        Console.WriteLine($"read {trainSet.Count} training and {devSet.Count} dev sentences");
        var trainer = new ParserTrainer(options, Console.WriteLine);
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
            ["dropNonProjective"] = options.DropNonProjective,
            ["devUas"] = Math.Round(best.Uas, 2),
            ["devLas"] = Math.Round(best.Las, 2),
            ["devLasFullLabels"] = Math.Round(best.LasFull, 2),
            ["devTags"] = "gold",
        });
        model.Save(outPath, metadata);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"best epoch {trainer.BestEpoch}: dev UAS {best.Uas:F2} LAS {best.Las:F2}; wrote {outPath} ({new FileInfo(outPath).Length / 1024.0 / 1024.0:F1} MB) in {clock.Elapsed.TotalMinutes:F1} min"));
        return ExitCodes.Ok;
    }
}
