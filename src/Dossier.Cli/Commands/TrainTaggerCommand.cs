using System.CommandLine;
using Dossier.Nlp.Learning;
using Dossier.Nlp.Tagging;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier train tagger</c>: trains the UPOS/XPOS tagger and writes its model file.</summary>
public static class TrainTaggerCommand
{
    public static Command Create()
    {
        var train = TrainingData.TrainOption();
        var dev = TrainingData.DevOption();
        var output = TrainingData.OutOption("models/" + Tagger.ModelFileName);
        var epochs = TrainingData.EpochsOption(new TaggerTrainingOptions().Epochs);
        var seed = TrainingData.SeedOption();
        var clusters = new Option<string?>("--clusters") { Description = "Word-cluster model (from 'dossier train clusters') to embed as features" };
        var secondPass = new Option<bool>("--second-pass") { Description = "Also train a second pass that sees the first pass's tags to the right (jackknifed)" };
        var bidirectional = new Option<bool>("--bidirectional") { Description = "Also train a right-to-left pass and combine both directions' scores per token" };
        var command = new Command("tagger", "Train the part-of-speech tagger (UPOS + Penn XPOS) on CoNLL-U files")
        {
            train, dev, output, epochs, seed, clusters, secondPass, bidirectional,
        };
        command.SetAction(parse => Run(
            parse.GetValue(train) ?? [],
            parse.GetValue(dev)!,
            parse.GetValue(output)!,
            parse.GetValue(clusters),
            new TaggerTrainingOptions { Epochs = parse.GetValue(epochs), Seed = parse.GetValue(seed), SecondPass = parse.GetValue(secondPass), Bidirectional = parse.GetValue(bidirectional) }));
        return command;
    }

    private static int Run(string[] trainPaths, string devPath, string output, string? clustersPath, TaggerTrainingOptions options)
    {
        try
        {
            var trainSet = TrainingData.Read(trainPaths);
            var devSet = TrainingData.Read([devPath]);
            var metadata = new ModelMetadata()
                .Add("model", "tagger")
                .Add("train", TrainingData.Names(trainPaths))
                .Add("dev_file", Path.GetFileName(devPath))
                .Add("seed", options.Seed)
                .Add("epochs", options.Epochs)
                .Add("clusters", clustersPath is null ? "none" : Path.GetFileName(clustersPath));
            var clusters = clustersPath is null ? null : ClusterFile.Read(clustersPath);
            var model = new TaggerTrainer(options, clusters).Train(trainSet, devSet, metadata, Console.WriteLine);
            model.Write(output);
            Console.WriteLine($"wrote {output} ({new FileInfo(output).Length / 1024} KiB)");
            return ExitCodes.Ok;
        }
        catch (Exception ex) when (ex is IOException or FormatException or InvalidDataException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"dossier: error: {ex.Message}");
            return ExitCodes.DocumentFailed;
        }
    }
}
