using Dossier.Cli.Output;
using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Dossier.Extraction.Claims.Evaluation;
using Dossier.Pipeline;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier eval claims</c>: scores quotes, figures and time expressions against a gold JSONL file.</summary>
public static class EvalClaimsCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold")
        {
            Description = "Gold JSONL file (tests/gold/claims/dev.jsonl; format in tests/gold/claims/README.md)",
            Required = true,
        };
        var json = new Option<bool>("--json") { Description = "Print the scores as JSON" };
        var command = new Command("claims", "Score the claims layer (quotes, figures, time) against a gold set")
        {
            gold, json,
        };
        command.SetAction(parse => Run(parse.GetValue(gold)!, parse.GetValue(json)));
        return command;
    }

    private static int Run(string goldPath, bool json)
    {
        IReadOnlyList<ClaimsGoldDocument> gold;
        Pipeline.Pipeline pipeline;
        try
        {
            gold = ClaimsGoldDocument.ReadFile(goldPath);
            pipeline = StandardPipeline.Create(DossierHome.Locate());
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or InvalidOperationException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"dossier: error: {ex.Message}");
            return ExitCodes.DocumentFailed;
        }

        var report = ClaimsEvaluator.Evaluate(pipeline, gold);
        if (json) WriteJson(report);
        else WriteText(report);
        return ExitCodes.Ok;
    }

    private static void WriteText(ClaimsReport r)
    {
        var w = Console.Out;
        w.WriteLine($"documents            {r.Documents}");
        Tally(w, "quotes (exact span)", r.QuotesExact);
        Tally(w, "quotes (overlap)", r.QuotesOverlap);
        Acc(w, "speaker (exact)", r.Speaker);
        Acc(w, "speaker (lenient)", r.SpeakerLenient);
        Acc(w, "speaker (resolved)", r.SpeakerResolved);
        Acc(w, "direct/reported", r.QuoteDirect);
        Tally(w, "figures (value+span)", r.Figures);
        Acc(w, "figure kind", r.FigureKind);
        Acc(w, "figure qualifier", r.FigureQualifier);
        Acc(w, "figure source", r.FigureSource);
        Acc(w, "figure status", r.FigureStatus);
        Tally(w, "timexes (overlap)", r.Timexes);
        Acc(w, "timex value", r.TimexValue);
    }

    private static void Tally(TextWriter w, string name, Tally t) => EvalText.Tally(w, name, t, 21);

    private static void Acc(TextWriter w, string name, Accuracy a) => EvalText.Accuracy(w, name, a, 21);

    private static void WriteJson(ClaimsReport r)
    {
        JsonStdout.WriteObject(j =>
        {
            j.WriteNumber("documents", r.Documents);
            EvalJson.WriteTally(j, "quotes_exact", r.QuotesExact);
            EvalJson.WriteTally(j, "quotes_overlap", r.QuotesOverlap);
            EvalJson.WriteAccuracy(j, "speaker", r.Speaker);
            EvalJson.WriteAccuracy(j, "speaker_lenient", r.SpeakerLenient);
            EvalJson.WriteAccuracy(j, "speaker_resolved", r.SpeakerResolved);
            EvalJson.WriteAccuracy(j, "quote_direct", r.QuoteDirect);
            EvalJson.WriteTally(j, "figures", r.Figures);
            EvalJson.WriteAccuracy(j, "figure_kind", r.FigureKind);
            EvalJson.WriteAccuracy(j, "figure_qualifier", r.FigureQualifier);
            EvalJson.WriteAccuracy(j, "figure_source", r.FigureSource);
            EvalJson.WriteAccuracy(j, "figure_status", r.FigureStatus);
            EvalJson.WriteTally(j, "timexes", r.Timexes);
            EvalJson.WriteAccuracy(j, "timex_value", r.TimexValue);
        }, indented: true);
    }
}
