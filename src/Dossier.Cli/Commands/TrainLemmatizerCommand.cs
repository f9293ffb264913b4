using System.CommandLine;
using System.Globalization;
using Dossier.Nlp.Learning;
using Dossier.Nlp.Lemmatization;
using Dossier.Nlp.Tagging;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier train lemmatizer</c>: learns the lemma lexicon and suffix rules and writes the model file.</summary>
public static class TrainLemmatizerCommand
{
    public static Command Create()
    {
        var train = TrainingData.TrainOption();
        var dev = TrainingData.DevOption();
        var output = TrainingData.OutOption("models/" + Lemmatizer.ModelFileName);
        var tagger = new Option<string?>("--tagger")
        {
            Description = "Tagger model whose predicted tags the dev score is measured with (besides gold tags)",
        };
        var command = new Command("lemmatizer", "Train the lemmatizer (lexicon + suffix rules per XPOS) on CoNLL-U files")
        {
            train, dev, output, tagger,
        };
        command.SetAction(parse => Run(parse.GetValue(train) ?? [], parse.GetValue(dev)!, parse.GetValue(output)!, parse.GetValue(tagger)));
        return command;
    }

    private static int Run(string[] trainPaths, string devPath, string output, string? taggerPath)
    {
        try
        {
            var trainSet = TrainingData.Read(trainPaths);
            var devSet = TrainingData.Read([devPath]);
            var tagger = taggerPath is null ? null : TaggerModel.Load(taggerPath);
            var options = new LemmatizerTrainingOptions();
            var metadata = new ModelMetadata()
                .Add("model", "lemmatizer")
                .Add("train", TrainingData.Names(trainPaths))
                .Add("dev_file", Path.GetFileName(devPath));
            var model = new LemmatizerTrainer(options).Train(trainSet, metadata);
            var scores = new ModelMetadata().Add("lemma_gold_tags", LemmaScores.Measure(model, devSet, null));
            if (tagger is not null) scores.Add("lemma_predicted_tags", LemmaScores.Measure(model, devSet, tagger));
            metadata.Add("dev", scores);
            model = model.WithMetadata(metadata.ToJson());
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{model.LexiconSize} lexicon entries, {model.RuleCount} suffix rules"));
            Console.WriteLine($"dev: {scores.ToJson()}");
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
