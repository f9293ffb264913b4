using System.CommandLine;
using System.Globalization;
using Dossier.Corpus;
using Dossier.Pipeline;
using Spectre.Console;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier ingest</c>: analyses files, folders, feeds, WARC files and URLs into the corpus store.</summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Files, folders, RSS/Atom feeds, WARC files (.warc, .warc.gz) or http(s) URLs",
            Arity = ArgumentArity.OneOrMore,
        };
        var db = StoreOptions.Db();
        var workers = new Option<int>("--workers", "-j")
        {
            Description = "Documents analysed in parallel",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        workers.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1) r.AddError("--workers must be at least 1");
        });
        var batch = new Option<int>("--batch-size")
        {
            Description = "Documents per write transaction",
            DefaultValueFactory = _ => 64,
        };
        batch.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1) r.AddError("--batch-size must be at least 1");
        });
        var limit = new Option<long?>("--limit") { Description = "Take at most this many input documents" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress display and no summary line" };
        var window = new Option<int>("--event-window")
        {
            Description = "Days apart two event mentions may be and still cluster as one corpus event",
            DefaultValueFactory = _ => 1,
        };
        window.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 0) r.AddError("--event-window must be at least 0");
        });

        var command = new Command("ingest",
            "Analyse documents into the corpus store. Re-running skips what is stored (by content hash), so an " +
            "interrupted ingest resumes where it stopped; unreadable or failing documents are stored with their reason.\n\n" +
            "Examples:\n" +
            "  dossier ingest articles/ --db corpus.db\n" +
            "  dossier ingest crawl.warc.gz feed.xml --db postgres://postgres:postgres@127.0.0.1:5432/dossier --workers 2")
        {
            inputs, db, workers, batch, limit, quiet, window,
        };
        command.SetAction((parse, cancel) => RunAsync(
            parse.GetValue(inputs) ?? [], parse.GetValue(db), parse.GetValue(workers), parse.GetValue(batch),
            parse.GetValue(limit), parse.GetValue(quiet), parse.GetValue(window), cancel));
        return command;
    }

    private static async Task<int> RunAsync(
        string[] inputs, string? db, int workers, int batchSize, long? limit, bool quiet, int eventWindow, CancellationToken cancel)
    {
        int inputErrors = 0;
        var urls = inputs.Where(SourceEnumerator.IsUrl).ToList();
        var files = InputFiles.Expand(inputs.Where(i => !SourceEnumerator.IsUrl(i) && i != InputFiles.StandardInput), (source, reason) =>
        {
            inputErrors++;
            Console.Error.WriteLine($"dossier: error: {source}: {reason}");
        });
        if (inputs.Contains(InputFiles.StandardInput))
        {
            inputErrors++;
            Console.Error.WriteLine("dossier: error: ingest reads files, folders and URLs, not standard input");
        }

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

        using var store = StoreOptions.Open(db);
        if (store is null) return ExitCodes.DocumentFailed;
        store.EventWindowDays = eventWindow;
        if (store.MergeUnlinked() is > 0 and var backfilled && !quiet)
            Console.Error.WriteLine($"dossier: merged {backfilled} documents stored before cross-document merging");
        using var http = urls.Count > 0 ? new HttpClient { Timeout = TimeSpan.FromSeconds(60) } : null;
        var sources = new SourceEnumerator(http).Read([.. files, .. urls], cancel);
        var ingestor = new Ingestor(store, pipeline, new IngestOptions(workers, batchSize, limit));

        // Containers (WARC, feeds, URLs) hold an unknown number of documents: the bar then has no total.
        bool countable = urls.Count == 0 && !files.Any(f => SourceEnumerator.IsWarc(f) || f.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)
                                                              || f.EndsWith(".rss", StringComparison.OrdinalIgnoreCase)
                                                              || f.EndsWith(".atom", StringComparison.OrdinalIgnoreCase));
        long? total = countable ? Math.Min(files.Count, limit ?? long.MaxValue) : null;

        IngestProgress result;
        try
        {
            result = quiet || Console.IsErrorRedirected
                ? await ingestor.RunAsync(sources, null, cancel).ConfigureAwait(false)
                : await WithProgressAsync(ingestor, sources, total, cancel).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is Npgsql.NpgsqlException or Microsoft.Data.Sqlite.SqliteException or IOException)
        {
            Console.Error.WriteLine($"dossier: error: ingest stopped, the store failed: {ex.Message}");
            Console.Error.WriteLine("dossier: what was written is consistent; run the same command again to resume.");
            return ExitCodes.DocumentFailed;
        }

        if (!quiet)
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"dossier: {(result.Cancelled ? "interrupted: " : "")}{result.Stored} stored, {result.Failed} failed, " +
                $"{result.Skipped + result.Duplicates} already in the store, {result.JoinedStories} near-duplicates " +
                $"linked, in {result.Elapsed.TotalSeconds:F1} s ({result.DocumentsPerSecond:F1} documents/s) " +
                $"[{store.Backend}, {workers} worker{(workers == 1 ? "" : "s")}; analyse {result.AnalyseTime.TotalSeconds:F1} s, " +
                $"write {result.WriteTime.TotalSeconds:F1} s, hash lookups {result.LookupTime.TotalSeconds:F1} s]"));
        }

        return result.Failed > 0 || inputErrors > 0 || result.Cancelled ? ExitCodes.DocumentFailed : ExitCodes.Ok;
    }

    private static async Task<IngestProgress> WithProgressAsync(
        Ingestor ingestor, IEnumerable<SourceItem> sources, long? total, CancellationToken cancel)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        IngestProgress? result = null;
        await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(),
                new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask("ingest", maxValue: total ?? 1);
                task.IsIndeterminate = total is null;
                result = await ingestor.RunAsync(sources, p =>
                {
                    task.Value = total is null ? 0 : Math.Min(p.Done, total.Value);
                    task.Description = string.Create(CultureInfo.InvariantCulture,
                        $"{p.Done} done, {p.Failed} failed, {p.DocumentsPerSecond:F1} docs/s");
                }, cancel).ConfigureAwait(false);
                if (total is null) task.MaxValue = task.Value = 1;
                task.StopTask();
            }).ConfigureAwait(false);
        return result!;
    }
}
