using System.CommandLine;
using Dossier.Nlp.Corpora;

namespace Dossier.Cli.Commands;

/// <summary>Options and loading shared by the <c>train</c> subcommands.</summary>
internal static class TrainingData
{
    public static Option<string[]> TrainOption() => new("--train")
    {
        Description = "Training CoNLL-U file(s)",
        Required = true,
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = true,
    };

    public static Option<string> DevOption() => new("--dev")
    {
        Description = "Development CoNLL-U file, scored after every epoch",
        Required = true,
    };

    public static Option<string> OutOption(string defaultPath, string description = "Model file to write") => new("--out", "-o")
    {
        Description = description,
        DefaultValueFactory = _ => defaultPath,
    };

    /// <summary>
    /// A <c>train</c> subcommand that converts a folder of source data into lexicon files: <c>--source DIR</c>
    /// (must exist) and <c>--out DIR</c>; <paramref name="build"/> writes the files and returns the summary line.
    /// </summary>
    public static Command LexiconBuild(string name, string description, string sourceDescription, string defaultOut,
        Func<string, string, string> build)
    {
        var source = new Option<string>("--source") { Description = sourceDescription, Required = true };
        var output = OutOption(defaultOut, "Folder to write");
        var command = new Command(name, description) { source, output };
        command.SetAction(parse =>
        {
            var src = parse.GetValue(source)!;
            if (!Directory.Exists(src))
            {
                Console.Error.WriteLine($"dossier: error: --source '{src}' is not a folder");
                return ExitCodes.Usage;
            }

            var dir = parse.GetValue(output)!;
            Console.WriteLine($"{name}: {build(src, dir)} -> {dir}");
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Option<int> EpochsOption(int defaultValue) => new("--epochs")
    {
        Description = "Training epochs",
        DefaultValueFactory = _ => defaultValue,
    };

    public static Option<int> SeedOption() => new("--seed")
    {
        Description = "Seed of the per-epoch shuffling",
        DefaultValueFactory = _ => 1,
    };

    /// <summary>Reads every file, failing with the file and line of the first malformed line.</summary>
    public static List<ConlluSentence> Read(IEnumerable<string> paths)
    {
        var sentences = new List<ConlluSentence>();
        foreach (var path in paths) sentences.AddRange(ConlluReader.Read(path));
        return sentences;
    }

    /// <summary>File names only, so the metadata does not depend on where the data sat on the training machine.</summary>
    public static string[] Names(IEnumerable<string> paths) => [.. paths.Select(Path.GetFileName).OfType<string>()];
}
