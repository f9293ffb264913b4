using System.CommandLine;
using System.Text.Json;
using Dossier.Extraction.Actors;
using Dossier.Extraction.Actors.Evaluation;
using Dossier.Pipeline;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier eval actors</c>: counts actor attributes and codes over a folder and prints a sample of coded actors to judge by hand.</summary>
public static class EvalActorsCommand
{
    private static readonly JsonSerializerOptions s_json = new() { WriteIndented = true };

    public static Command Create()
    {
        var input = new Option<string>("--input") { Description = "Folder of .txt articles (a metadata.tsv with id and date columns gives dates)", Required = true };
        var limit = new Option<int>("--limit") { Description = "Articles to read (first in path order; 0 = all)", DefaultValueFactory = _ => 200 };
        var sample = new Option<int>("--sample") { Description = "Coded actors to list for hand judgement (evenly spaced)", DefaultValueFactory = _ => 50 };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON" };
        var noPlaces = new Option<bool>("--sample-without-places") { Description = "Leave codes that come from the gazetteer out of the sample" };
        var command = new Command("actors", "Count actor roles, ages, countries, places and codes over articles and sample coded actors") { input, limit, sample, json, noPlaces };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(input)!;
            if (!Directory.Exists(folder))
            {
                Console.Error.WriteLine($"dossier: error: --input '{folder}' is not a folder");
                return ExitCodes.Usage;
            }

            var home = DossierHome.Locate();
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var lexicon = ActorCodeLexicon.Load(home.LexiconPath("actors"));
            long lexiconMs = clock.ElapsedMilliseconds;
            var describer = new ActorDescriber(lexicon, PlaceLinker.Load(home.LexiconPath("gazetteer")));
            Console.Error.WriteLine($"actor describer loaded in {clock.ElapsedMilliseconds} ms (lexicon/actors {lexiconMs} ms; {describer.Lexicon.NamedCount} named-actor names, {describer.Lexicon.AgentCount} agent phrases, {describer.Places.Gazetteer.NameCount} place names)");
            var report = ActorSurvey.Run(StandardPipeline.Create(home), folder, parse.GetValue(limit), parse.GetValue(sample), !parse.GetValue(noPlaces), describer);
            if (parse.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(report, s_json));
                return ExitCodes.Ok;
            }

            Console.WriteLine($"documents {report.Documents}, actors {report.Actors}, coded {report.CodedByType.Values.Sum()} ({100.0 * report.CodedByType.Values.Sum() / Math.Max(1, report.Actors):0.0}%)");
            foreach (var (type, n) in report.ActorsByType) Console.WriteLine($"  {type,-5} {n,6} actors, {report.CodedByType.GetValueOrDefault(type),6} coded");
            Console.WriteLine($"  named {report.NamedActors,6} actors, {report.NamedCoded,6} coded ({100.0 * report.NamedCoded / Math.Max(1, report.NamedActors):0.0}%)");
            Console.WriteLine($"describer time {report.DescribeSeconds:0.000} s for {report.Tokens} tokens ({report.Tokens / Math.Max(report.DescribeSeconds, 1e-9):0} tokens/s)");
            Console.WriteLine($"with role {report.WithRole}, age {report.WithAge}, country {report.WithCountry}, coordinates {report.WithCoordinates}");
            Console.WriteLine("codes by source: " + string.Join(", ", report.CodeSources.Select(kv => $"{kv.Key} {kv.Value}")));
            foreach (var s in report.Samples) Console.WriteLine($"{s.Document}\t{s.Actor}\t{s.Type}\t{s.Code}\t{s.Rule}\t{s.Evidence}");
            return ExitCodes.Ok;
        });
        return command;
    }
}
