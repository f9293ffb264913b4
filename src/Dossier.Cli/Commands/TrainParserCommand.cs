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
        var train = new Option<string[]>("--train")
        {
            Description = "Training treebanks (CoNLL-U); several may be given",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = true,
            Required = true,
        };
        var dev = new Option<string>("--dev") { Description = "Development treebank (CoNLL-U), scored after every epoch", Required = true };
        var output = new Option<string>("--out", "-o")
        {
            Description = "Where to write the model",
            DefaultValueFactory = _ => Path.Combine("models", "parser.model"),
        };
        var epochs = new Option<int>("--epochs") { Description = "Training epochs", DefaultValueFactory = _ => 12 };
        var seed = new Option<int>("--seed") { Description = "Random seed (shuffling and exploration)", DefaultValueFactory = _ => 1 };
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
