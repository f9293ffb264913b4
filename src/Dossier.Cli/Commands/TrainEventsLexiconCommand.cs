using System.CommandLine;
using System.Text;
using Dossier.Extraction.Events;
using Dossier.Pipeline;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier train events-lexicon</c>: converts the PETRARCH-2 verb dictionary into event rules.</summary>
public static class TrainEventsLexiconCommand
{
    public static Command Create()
    {
        var petrarch = new Option<string>("--petrarch") { Description = "PETRARCH-2 verb dictionary (CAMEO.2.0.txt)", Required = true };
        var output = new Option<string>("--out", "-o") { Description = "Rule file to write", DefaultValueFactory = _ => "lexicon/events/petrarch-verbs.jsonl" };
        var command = new Command("events-lexicon", "Convert the PETRARCH-2 CAMEO verb dictionary into event rules (JSON Lines)") { petrarch, output };
        command.SetAction(parse =>
        {
            var src = parse.GetValue(petrarch)!;
            if (!File.Exists(src))
            {
                Console.Error.WriteLine($"dossier: error: --petrarch '{src}' does not exist");
                return ExitCodes.Usage;
            }

            var home = DossierHome.Locate();
            var plover = PloverTable.Load(home.LexiconPath(Path.Combine("events", "plover.tsv")));
            var path = parse.GetValue(output)!;
            var tmp = path + ".tmp";
            PetrarchImporter.Stats stats;
            using (var writer = new StreamWriter(tmp, false, new UTF8Encoding(false)))
            {
                stats = PetrarchImporter.Convert(src, plover, home.LexiconPath(Path.Combine("events", "petrarch-skip.tsv")), writer);
            }

            File.Move(tmp, path, overwrite: true);
            Console.WriteLine($"events-lexicon: {stats.Verbs} verbs, {stats.Patterns} object patterns -> {stats.Rules} rules ({stats.Skipped} lines not imported) -> {path}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
