using System.CommandLine;
using System.Globalization;
using System.Text;
using Dossier.Cli.Output;
using Dossier.Pipeline;
using Dossier.Serialization;
using Dossier.Text.Readers;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier analyze</c>: runs the pipeline over files, folders or standard input.</summary>
public static class AnalyzeCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files or folders to analyse ('-' reads standard input)",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: text (a readable report), json (dossier/1; an array for several documents), jsonl",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "jsonl");
        var date = new Option<string?>("--date")
        {
            Description = "Publication date (YYYY-MM-DD) that relative time expressions resolve against",
        };
        date.Validators.Add(r =>
        {
            var value = r.GetValueOrDefault<string?>();
            if (value is not null && !TryParseDate(value, out _))
                r.AddError($"--date '{value}' is not a date in the form YYYY-MM-DD");
        });
        var output = new Option<string?>("--out", "-o") { Description = "Write output to this file instead of standard output" };
        var tokens = new Option<bool>("--tokens") { Description = "Include the token table (lemma, POS, head, label) in JSON" };

        var command = new Command("analyze", "Analyse articles and print their dossier/1 record")
        {
            inputs, format, date, output, tokens,
        };
        command.SetAction(parse => Run(new AnalyzeRequest(
            parse.GetValue(inputs) ?? [],
            parse.GetValue(format) ?? "text",
            parse.GetValue(date) is { } d && TryParseDate(d, out var parsed) ? parsed : null,
            parse.GetValue(output),
            parse.GetValue(tokens))));
        return command;
    }

    private static bool TryParseDate(string value, out DateOnly date) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private sealed record AnalyzeRequest(string[] Inputs, string Format, DateOnly? Date, string? Out, bool Tokens);

    private static int Run(AnalyzeRequest request)
    {
        int failures = 0;
        void Fail(string source, string reason)
        {
            failures++;
            Console.Error.WriteLine($"dossier: error: {source}: {reason}");
        }

        var files = InputFiles.Expand(request.Inputs, Fail);
        Pipeline.Pipeline pipeline;
        try
        {
            pipeline = StandardPipeline.Create(DossierHome.Locate());
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or InvalidOperationException)
        {
            Console.Error.WriteLine($"dossier: error: cannot load the pipeline: {ex.Message}");
            return ExitCodes.DocumentFailed;
        }

        using var sink = OutputSink.Open(request.Out, request.Format);
        foreach (var file in files)
        {
            foreach (var source in ReadSafely(file, Fail))
            {
                var info = request.Date is { } d ? source.Info with { Date = d } : source.Info;
                try
                {
                    var doc = pipeline.Process((source with { Info = info }).ToDoc());
                    sink.Write(doc, request.Tokens);
                }
                catch (PipelineException ex)
                {
                    Fail(file, ex.Message);
                }
            }
        }

        sink.Complete();
        return failures == 0 ? ExitCodes.Ok : ExitCodes.DocumentFailed;
    }

    /// <summary>Reads one input; a failure is reported and the run goes on with the next input.</summary>
    private static List<SourceDocument> ReadSafely(string file, Action<string, string> fail)
    {
        try
        {
            if (file == InputFiles.StandardInput)
            {
                using var stdin = Console.OpenStandardInput();
                using var buffer = new MemoryStream();
                stdin.CopyTo(buffer);
                return [.. DocumentReader.Read(buffer.ToArray(), "stdin")];
            }

            return [.. DocumentReader.ReadFile(file)];
        }
        catch (DocumentReadException ex)
        {
            fail(ex.Source, ex.Reason);
        }
        catch (DecoderFallbackException ex)
        {
            fail(file, $"text is not valid in any supported encoding ({ex.Message})");
        }

        return [];
    }
}
