using Dossier.Cli.Output;
using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Dossier.Extraction.Claims.Evaluation;
using Dossier.Extraction.Events.Evaluation;
using Dossier.Pipeline;
using Dossier.Text;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier eval events</c>: scores coded events (type, actors, place) against a gold JSONL file of sentences.</summary>
public static class EvalEventsCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold")
        {
            Description = "Gold JSONL file (tests/gold/events/dev.jsonl; format in tests/gold/events/README.md)",
            Required = true,
        };
        var json = new Option<bool>("--json") { Description = "Print the scores as one JSON object" };
        var errors = new Option<bool>("--errors") { Description = "Also list, per sentence, gold and system events that did not match (text output)" };
        var trees = new Option<bool>("--trees") { Description = "With --errors, also print each listed sentence's dependency tree" };
        var command = new Command("events", "Score the event layer (type; type+actors; type+actors+place) against a gold set")
        {
            gold, json, errors, trees,
        };
        command.SetAction(parse => Run(parse.GetValue(gold)!, parse.GetValue(json), parse.GetValue(errors), parse.GetValue(trees)));
        return command;
    }

    private static int Run(string goldPath, bool json, bool errors, bool trees)
    {
        IReadOnlyList<EventsGoldSentence> gold;
        Pipeline.Pipeline pipeline;
        try
        {
            gold = EventsGoldSentence.ReadFile(goldPath);
            pipeline = StandardPipeline.Create(DossierHome.Locate());
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or InvalidOperationException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"dossier: error: {ex.Message}");
            return ExitCodes.DocumentFailed;
        }

        var report = new EventsReport();
        foreach (var g in gold)
        {
            var doc = pipeline.Process(new Doc(g.Text, new DocumentInfo(g.Id, Date: g.Date, SourcePath: g.Source)));
            int before = report.Actors.Matched;
            report.Sentences++;
            EventsEvaluator.Score(doc, g, report);
            if (errors && !json && report.Actors.Matched - before != Math.Max(g.Events.Count, doc.Events.Count)) WriteErrors(g, doc, trees);
        }

        if (json) WriteJson(report);
        else WriteText(report);
        return ExitCodes.Ok;
    }

    private static void WriteErrors(EventsGoldSentence g, Doc doc, bool trees)
    {
        var w = Console.Out;
        w.WriteLine($"# {g.Id} {g.Text}");
        foreach (var e in g.Events) w.WriteLine($"  gold {e.Type,-9} {e.Source ?? "-"} -> {e.Target ?? "-"} @ {e.Location ?? "-"} [{e.Trigger}]");
        foreach (var e in doc.Events)
        {
            w.WriteLine($"  sys  {e.Type,-9} {e.SourceText ?? "-"} -> {e.TargetText ?? "-"} @ {e.LocationText ?? "-"} [{e.Rule}]");
        }

        if (trees) w.Write(TreeListing.Of(doc));
    }

    private static void WriteText(EventsReport r)
    {
        var w = Console.Out;
        w.WriteLine($"sentences                 {r.Sentences}");
        Tally(w, "(a) type", r.Type);
        Tally(w, "(b) type+source+target", r.Actors);
        Tally(w, "(c) (b)+location", r.Location);
        Acc(w, "negated on (b)", r.Negated);
        Acc(w, "modality on (b)", r.Modality);
        Acc(w, "mode on (b)", r.Mode);
        Acc(w, "CAMEO code on (b)", r.Cameo);
        w.WriteLine();
        w.WriteLine("type        gold  pred   (a) P     R    F1     (b) P     R    F1");
        foreach (var (type, (a, b)) in r.PerType)
        {
            w.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{type,-10}{a.Gold,6}{a.Predicted,6}   {a.Precision,5:0.00} {a.Recall,5:0.00} {a.F1,5:0.00}   {b.Precision,7:0.00} {b.Recall,5:0.00} {b.F1,5:0.00}"));
        }
    }

    private static void Tally(TextWriter w, string name, Tally t) => EvalText.Tally(w, name, t, 26);

    private static void Acc(TextWriter w, string name, Accuracy a) => EvalText.Accuracy(w, name, a, 26);

    private static void WriteJson(EventsReport r)
    {
        JsonStdout.WriteObject(j =>
        {
            j.WriteNumber("sentences", r.Sentences);
            EvalJson.WriteTally(j, "type", r.Type);
            EvalJson.WriteTally(j, "type_source_target", r.Actors);
            EvalJson.WriteTally(j, "type_source_target_location", r.Location);
            EvalJson.WriteAccuracy(j, "negated", r.Negated);
            EvalJson.WriteAccuracy(j, "modality", r.Modality);
            EvalJson.WriteAccuracy(j, "mode", r.Mode);
            EvalJson.WriteAccuracy(j, "cameo", r.Cameo);
            j.WriteStartObject("per_type");
            foreach (var (type, (a, b)) in r.PerType)
            {
                j.WriteStartObject(type);
                EvalJson.WriteTally(j, "type", a);
                EvalJson.WriteTally(j, "type_source_target", b);
                j.WriteEndObject();
            }

            j.WriteEndObject();
        }, indented: true);
    }
}
