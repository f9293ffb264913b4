using System.CommandLine;
using Dossier.Cli.Commands;

namespace Dossier.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        var root = BuildRoot();
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
                Console.Error.WriteLine($"dossier: {error.Message}");
            Console.Error.WriteLine("Run 'dossier --help' for usage.");
            return ExitCodes.Usage;
        }

        return parsed.Invoke();
    }

    public static RootCommand BuildRoot()
    {
        var root = new RootCommand(
            "Dossier turns English news articles into structured, source-attributed event data.\n\n" +
            "Examples:\n" +
            "  dossier analyze samples/article.txt\n" +
            "  dossier analyze samples/ --format jsonl --out out.jsonl\n" +
            "  cat article.txt | dossier analyze - --date 2022-01-08 --format json");
        root.Subcommands.Add(AnalyzeCommand.Create());
        // The lead merges this with the shared `eval` parent command from the evaluation branch.
        var eval = new Command("eval", "Evaluate Dossier components against gold data");
        eval.Subcommands.Add(EvalClaimsCommand.Create());
        root.Subcommands.Add(eval);
        return root;
    }
}
