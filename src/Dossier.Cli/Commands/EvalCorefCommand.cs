using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Dossier.Extraction.Actors;
using Dossier.Extraction.Actors.Evaluation;
using Dossier.Nlp.Corpora;
using Dossier.Pipeline;

namespace Dossier.Cli.Commands;

/// <summary>
/// <c>dossier eval coref</c>: MUC, B³, CEAF-e and their mean (CoNLL F1) of the actor layer against GUM's
/// coreference annotation, with gold tokenisation and the model pipeline; also the precision of links
/// between named mentions. Scores with and without singletons, for all GUM entities and for actor types.
/// </summary>
public static class EvalCorefCommand
{
    private static readonly string[] s_actorTypes = ["person", "organization", "place"];

    public static Command Create()
    {
        var conllu = new Option<string>("--conllu") { Description = "Gold treebank with GUM Entity= annotations (CoNLL-U)", Required = true };
        var json = new Option<bool>("--json") { Description = "Print one JSON object (percentages)" };
        var goldParse = new Option<bool>("--gold-parse") { Description = "Use the treebank's tags, lemmas and tree instead of the models'" };
        var errors = new Option<bool>("--errors") { Description = "List wrong links between named mentions on stderr" };
        var command = new Command("coref", "Score coreference (actors and their mentions) against GUM") { conllu, json, goldParse, errors };
        command.SetAction(parse => Run(parse.GetValue(conllu)!, parse.GetValue(json), parse.GetValue(goldParse), parse.GetValue(errors)));
        return command;
    }

    private static int Run(string path, bool json, bool goldParse, bool showErrors)
    {
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"dossier: error: {path}: file not found");
            return ExitCodes.Usage;
        }

        List<IComponent> components;
        ActorResolver resolver;
        try
        {
            var home = DossierHome.Locate();
            components = [.. StandardPipeline.CreateBuilder(home).Components.TakeWhile(c => c.Info.Writes != Layer.Actors)];
            resolver = ActorResolver.Create(home, ActorDescriber.Load(home));
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or InvalidOperationException)
        {
            Console.Error.WriteLine($"dossier: error: cannot load the pipeline: {ex.Message}");
            return ExitCodes.DocumentFailed;
        }

        var sentences = ConlluReader.Read(path).ToList();
        var all = new HashSet<string>(StringComparer.Ordinal);
        var actors = new HashSet<string>(s_actorTypes, StringComparer.Ordinal);
        var runs = new (string Name, CorefEvalOptions Options)[]
        {
            ("all", new CorefEvalOptions(Singletons: false, all, showErrors ? Console.Error : null)),
            ("all+singletons", new CorefEvalOptions(Singletons: true, all)),
            ("actors", new CorefEvalOptions(Singletons: false, actors)),
            ("actors+singletons", new CorefEvalOptions(Singletons: true, actors)),
        };

        var scores = CorefEvaluation.Run(sentences, components, resolver, [.. runs.Select(r => r.Options)], goldParse);
        var results = runs.Select((r, i) => (r.Name, Scores: scores[i])).ToList();
        if (json)
        {
            var obj = results.ToDictionary(r => r.Name.Replace("+", "_with_", StringComparison.Ordinal), r => (object)new Dictionary<string, double>(StringComparer.Ordinal)
            {
                ["muc_p"] = R(r.Scores.Muc.Precision), ["muc_r"] = R(r.Scores.Muc.Recall), ["muc_f1"] = R(r.Scores.Muc.F1),
                ["b3_p"] = R(r.Scores.BCubed.Precision), ["b3_r"] = R(r.Scores.BCubed.Recall), ["b3_f1"] = R(r.Scores.BCubed.F1),
                ["ceafe_p"] = R(r.Scores.CeafE.Precision), ["ceafe_r"] = R(r.Scores.CeafE.Recall), ["ceafe_f1"] = R(r.Scores.CeafE.F1),
                ["conll_f1"] = R(r.Scores.Conll), ["named_link_precision"] = R(r.Scores.NamedLinkPrecision), ["named_links"] = r.Scores.NamedLinks,
                ["gold_mentions"] = r.Scores.GoldMentions, ["system_mentions"] = r.Scores.SystemMentions,
            }, StringComparer.Ordinal);
            Console.WriteLine(JsonSerializer.Serialize(obj));
            return ExitCodes.Ok;
        }

        Console.WriteLine("scope               MUC P/R/F1          B3 P/R/F1           CEAF-e P/R/F1       CoNLL   named-link P (links)");
        foreach (var (name, s) in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-19} {Prf(s.Muc)}  {Prf(s.BCubed)}  {Prf(s.CeafE)}  {s.Conll,6:F2}  {s.NamedLinkPrecision,6:F2} ({s.NamedLinks})"));
        }

        Console.WriteLine();
        Console.WriteLine("link precision by sieve (all entity types): rule, links, precision");
        foreach (var (rule, (links, correct)) in results[0].Scores.RuleLinks)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {rule,-24} {links,6} {100.0 * correct / Math.Max(1, links),6:F1}"));
        return ExitCodes.Ok;
    }

    private static double R(double v) => Math.Round(v, 2);

    private static string Prf(MetricScore m) => string.Create(CultureInfo.InvariantCulture, $"{m.Precision,5:F1}/{m.Recall,5:F1}/{m.F1,5:F1}");
}
