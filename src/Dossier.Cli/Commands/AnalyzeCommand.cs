using System.CommandLine;
using System.Globalization;
using Dossier.Cli.Output;
using Dossier.Pipeline;
using Dossier.Text.Readers;
using Dossier.Text.Readers.Boilerplate;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier analyze</c>: runs the pipeline over files, folders or standard input.</summary>
public static class AnalyzeCommand
{
    private const string Description =
        "Analyse articles and print their dossier/1 record.\n\n" +
        "Inputs are .txt (UTF-8, UTF-16 with BOM, or Windows-1252), .html/.htm (the main article is extracted),\n" +
        ".json (one record or an array) and .jsonl (one record per line) with a 'text' field. A sidecar\n" +
        "name.json beside name.txt gives title, date, url and id. See docs/readers.md.\n\n" +
        "Exit codes: 0 all documents analysed, 1 some input failed (named on standard error; the others are\n" +
        "still analysed), 2 bad usage.\n\n" +
        "Examples:\n" +
        "  dossier analyze samples/tbilisi-port-strike.txt\n" +
        "  dossier analyze articles/ --format jsonl --out out.jsonl\n" +
        "  dossier analyze records.jsonl --format json --max-bytes 5MB\n" +
        "  cat article.txt | dossier analyze - --date 2022-01-08 --format json";

    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files or folders to analyse ('-' reads standard input)",
            Arity = ArgumentArity.OneOrMore,
        };
        inputs.Validators.Add(r =>
        {
            // An unknown option would otherwise be taken for a file name; "./-name" still reads such a file.
            foreach (var value in r.GetValueOrDefault<string[]>() ?? [])
            {
                if (value.Length > 1 && value[0] == '-')
                    r.AddError($"unknown option '{value}' (a file whose name starts with '-' can be given as ./{value})");
            }
        });
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: text (a readable report), json (dossier/1; an array for several documents), jsonl, events-csv (one row per event, GDELT-like columns)",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "jsonl", "events-csv");
        var inputFormat = new Option<string>("--input-format")
        {
            Description = "Input format: auto (by extension, then content), text, html, json, jsonl",
            DefaultValueFactory = _ => "auto",
        };
        inputFormat.AcceptOnlyFromAmong("auto", "text", "html", "json", "jsonl");
        var date = new Option<string?>("--date")
        {
            Description = "Publication date (YYYY-MM-DD); overrides the documents' own dates, and relative time expressions resolve against it",
        };
        date.Validators.Add(r =>
        {
            var value = r.GetValueOrDefault<string?>();
            if (value is not null && !TryParseDate(value, out _))
                r.AddError($"--date '{value}' is not a date in the form YYYY-MM-DD");
        });
        var maxBytes = new Option<string>("--max-bytes")
        {
            Description = "Largest document to read, in bytes, with an optional unit k, M or G (decimal): one text or HTML file, JSON file, or JSON Lines record",
            DefaultValueFactory = _ => "20MB",
        };
        maxBytes.Validators.Add(r =>
        {
            var value = r.GetValueOrDefault<string>();
            if (!ByteSize.TryParse(value, out _))
                r.AddError($"--max-bytes '{value}' is not a size (examples: 500000, 500k, 20MB)");
        });
        var output = new Option<string?>("--out", "-o") { Description = "Write output to this file instead of standard output" };
        var tokens = new Option<bool>("--tokens") { Description = "Include the token table (lemma, POS, head, label) in JSON" };

        var command = new Command("analyze", Description)
        {
            inputs, format, inputFormat, date, maxBytes, output, tokens,
        };
        command.SetAction(parse => Run(new AnalyzeRequest(
            parse.GetValue(inputs) ?? [],
            parse.GetValue(format) ?? "text",
            ParseInputFormat(parse.GetValue(inputFormat)),
            parse.GetValue(date) is { } d && TryParseDate(d, out var parsed) ? parsed : null,
            ByteSize.TryParse(parse.GetValue(maxBytes), out var limit) ? limit : ReaderOptions.DefaultMaxBytes,
            parse.GetValue(output),
            parse.GetValue(tokens))));
        return command;
    }

    private static bool TryParseDate(string value, out DateOnly date) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static DocumentFormat ParseInputFormat(string? value) => value switch
    {
        "text" => DocumentFormat.Text,
        "html" => DocumentFormat.Html,
        "json" => DocumentFormat.Json,
        "jsonl" => DocumentFormat.JsonLines,
        _ => DocumentFormat.Auto,
    };

    private sealed record AnalyzeRequest(
        string[] Inputs, string Format, DocumentFormat InputFormat, DateOnly? Date, long MaxBytes, string? Out, bool Tokens);

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
        ReaderOptions options;
        try
        {
            var home = DossierHome.Locate();
            pipeline = StandardPipeline.Create(home);
            options = new ReaderOptions
            {
                MaxBytes = request.MaxBytes,
                Format = request.InputFormat,
                Boilerplate = BoilerplateRules.Load(home),
            };
        }
        catch (BoilerplateLexiconException ex)
        {
            foreach (var error in ex.Errors) Console.Error.WriteLine($"dossier: error: {error}");
            return ExitCodes.DocumentFailed;
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or InvalidOperationException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"dossier: error: cannot load the pipeline: {ex.Message}");
            return ExitCodes.DocumentFailed;
        }

        using var sink = OutputSink.Open(request.Out, request.Format);
        foreach (var file in files)
        {
            foreach (var result in Read(file, options))
            {
                if (!result.Succeeded)
                {
                    Fail(result.Failure.Location, result.Failure.Reason);
                    continue;
                }

                var source = result.Document;
                if (source.Encoding.Contains("windows-1252", StringComparison.Ordinal))
                    Console.Error.WriteLine($"dossier: note: {source.Info.SourcePath}: not valid UTF-8; read as {source.Encoding}");
                var info = request.Date is { } d ? source.Info with { Date = d } : source.Info;
                try
                {
                    var doc = pipeline.Process((source with { Info = info }).ToDoc());
                    sink.Write(doc, request.Tokens);
                }
                catch (PipelineException ex)
                {
                    Fail(source.Info.SourcePath ?? file, ex.Message);
                }
            }
        }

        sink.Complete();
        return failures == 0 ? ExitCodes.Ok : ExitCodes.DocumentFailed;
    }

    private static IEnumerable<ReadResult> Read(string file, ReaderOptions options) =>
        file == InputFiles.StandardInput
            ? DocumentReader.ReadStream(Console.OpenStandardInput(), DocumentReader.StandardInputName, options)
            : DocumentReader.ReadFile(file, options);
}
