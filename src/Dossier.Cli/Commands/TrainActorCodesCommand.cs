using System.CommandLine;
using Dossier.Extraction.Actors;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier train actor-codes</c>: converts the Phoenix actor and agent dictionaries into lexicon/actors/.</summary>
public static class TrainActorCodesCommand
{
    public static Command Create()
    {
        var source = new Option<string>("--source") { Description = "Folder with the Phoenix *.actors.txt and Phoenix.agents.txt dictionaries", Required = true };
        var output = new Option<string>("--out", "-o") { Description = "Folder to write", DefaultValueFactory = _ => "lexicon/actors" };
        var command = new Command("actor-codes", "Convert the Phoenix (PETRARCH-2) actor and agent dictionaries into dated actor codes (TSV)") { source, output };
        command.SetAction(parse =>
        {
            var src = parse.GetValue(source)!;
            if (!Directory.Exists(src))
            {
                Console.Error.WriteLine($"dossier: error: --source '{src}' is not a folder");
                return ExitCodes.Usage;
            }

            var dir = parse.GetValue(output)!;
            var stats = PhoenixActorImporter.Build(src, dir);
            Console.WriteLine($"actor-codes: {stats.Actors} actors ({stats.Names} names, {stats.Roles} coded roles), {stats.Agents} agent phrases ({stats.Skipped} lines or codes not imported) -> {dir}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
