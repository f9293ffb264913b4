using System.CommandLine;
using System.Diagnostics;
using Dossier.Nlp.Clusters;
using Dossier.Nlp.Entities;
using Dossier.Nlp.Gazetteers;
using Dossier.Pipeline;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier train ner</c>: trains the named-entity model on CoNLL-2003-format data.</summary>
public static class TrainNerCommand
{
    public static Command Create()
    {
        var train = new Option<string>("--train") { Description = "CoNLL-2003 training file", Required = true };
        var dev = new Option<string>("--dev") { Description = "CoNLL-2003 development file (scored after each epoch; the best epoch is kept)", Required = true };
        var output = TrainingData.OutOption("models/ner.model");
        var clusters = new Option<string?>("--clusters") { Description = "Word cluster file (default: models/clusters.model in the Dossier home)" };
        var epochs = TrainingData.EpochsOption(new NerTrainOptions().Epochs);
        var seed = TrainingData.SeedOption();
        var minUpdates = new Option<int>("--min-updates") { Description = "Keep only features updated at least this often (smaller model)", DefaultValueFactory = _ => new NerTrainOptions().MinUpdates };
        var command = new Command("ner", "Train the named-entity recogniser (PER, ORG, LOC, MISC)") { train, dev, output, clusters, epochs, seed, minUpdates };
        command.SetAction(parse =>
        {
            try
            {
                return Run(parse, train, dev, output, clusters, epochs, seed, minUpdates);
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException)
            {
                Console.Error.WriteLine($"dossier: error: {ex.Message}");
                return ExitCodes.DocumentFailed;
            }
        });
        return command;
    }

    private static int Run(ParseResult parse, Option<string> train, Option<string> dev, Option<string> output,
        Option<string?> clusters, Option<int> epochs, Option<int> seed, Option<int> minUpdates)
    {
        if (parse.GetValue(epochs) < 1 || parse.GetValue(minUpdates) < 1)
        {
            Console.Error.WriteLine("dossier: error: --epochs and --min-updates must be at least 1");
            return ExitCodes.Usage;
        }

        var home = DossierHome.Locate();
        var watch = Stopwatch.StartNew();
        var trainDocs = ConllNerReader.Read(parse.GetValue(train)!);
        var devDocs = ConllNerReader.Read(parse.GetValue(dev)!);
        var clusterPath = parse.GetValue(clusters) ?? home.ModelPath("clusters.model");
        var features = new NerFeatures(WordClusters.Read(clusterPath), Gazetteer.Load(home.LexiconPath("gazetteer")));
        var options = new NerTrainOptions(parse.GetValue(epochs), parse.GetValue(seed), parse.GetValue(minUpdates));
        Console.WriteLine($"ner: {trainDocs.Count} training documents, {devDocs.Count} dev documents, {features.Clusters!.Count:N0} clustered words");
        var model = NerTrainer.Train(trainDocs, devDocs, features, options, Path.GetFileName(parse.GetValue(train)!), Console.Out);
        var path = parse.GetValue(output)!;
        model.Write(path);
        Console.WriteLine($"ner: wrote {path} ({new FileInfo(path).Length / 1024.0 / 1024.0:F1} MB) in {watch.Elapsed.TotalSeconds:F0} s");
        return ExitCodes.Ok;
    }
}
