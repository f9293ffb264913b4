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
        root.Subcommands.Add(TrainCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(QueryCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(StatsCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        return root;
    }
}
