using System.CommandLine;
using Dossier.Nlp.Entities;
using Dossier.Pipeline;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier eval ner</c>: conlleval-compatible scores of the NER model on a CoNLL-2003 file.</summary>
public static class EvalNerCommand
{
    public static Command Create()
    {
        var conll = new Option<string?>("--conll") { Description = "CoNLL-2003-format file with gold NER tags" };
        var gum = new Option<string?>("--gum") { Description = "GUM CoNLL-U file: named person/organization/place mentions scored as PER/ORG/LOC (see docs/ner.md)" };
        var model = new Option<string?>("--model") { Description = "Model file (default: models/ner.model in the Dossier home)" };
        var json = new Option<bool>("--json") { Description = "Print {\"precision\",\"recall\",\"f1\",\"per_type\"} as JSON (percentages)" };
        var errors = new Option<bool>("--errors") { Description = "List missed (-) and spurious (+) spans on standard error" };
        var speed = new Option<bool>("--speed") { Description = "Also measure tagging speed (tokens/s, one thread) on the --conll file" };
        var command = new Command("ner", "Score the named-entity recogniser (exact span match, overall and per type)") { conll, gum, model, json, errors, speed };
        command.SetAction(parse =>
        {
            var conllPath = parse.GetValue(conll);
            var gumPath = parse.GetValue(gum);
            var path = conllPath ?? gumPath;
            if (path is null || (conllPath is not null && gumPath is not null))
            {
                Console.Error.WriteLine("dossier: error: give exactly one of --conll or --gum");
                return ExitCodes.Usage;
            }

            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"dossier: error: '{path}' does not exist");
                return ExitCodes.Usage;
            }

            var home = DossierHome.Locate();
            var errorLog = parse.GetValue(errors) ? Console.Error : null;
            NerScores scores;
            try
            {
                scores = conllPath is not null
                    ? NerEvaluator.EvaluateFile(home, path, parse.GetValue(model), errorLog)
                    : NerEvaluator.EvaluateGumFile(home, path, parse.GetValue(model), errorLog);
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException)
            {
                Console.Error.WriteLine($"dossier: error: {ex.Message}");
                return ExitCodes.DocumentFailed;
            }

            Console.Write(parse.GetValue(json) ? NerReport.Json(scores) + "\n" : NerReport.Text(scores));
            if (parse.GetValue(speed) && conllPath is not null)
                Console.Error.WriteLine($"speed: {NerEvaluator.TokensPerSecond(home, conllPath, parse.GetValue(model)):F0} tokens/s (one thread, tagging only, best of 5 passes)");
            return ExitCodes.Ok;
        });
        return command;
    }
}
