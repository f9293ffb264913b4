using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Dossier.Store;
using Dossier.Tests.Cli;
using Dossier.Tests.Store;

namespace Dossier.Tests.Corpus;

/// <summary>Real <c>dossier ingest</c> processes: two at once on one store, and one killed mid-run then re-run.</summary>
public sealed partial class ConcurrentIngestTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dossier-concurrent-tests", Guid.NewGuid().ToString("N"));

    public static TheoryData<string> Backends => TestStore.Backends();

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    [Theory, MemberData(nameof(Backends))]
    public async Task Two_processes_ingesting_one_folder_store_each_document_once(string backend)
    {
        using var test = TestStore.Create(backend);
        IngestTests.MakeCorpus(_folder, 60, withBadFiles: false);
        // Create the schema first so both processes race on documents, not only on migrations.
        test.Store.Stats();

        var runs = await Task.WhenAll(
            Task.Run(() => CliRunner.Run(null, "ingest", _folder, "--db", test.Db, "--workers", "1", "--batch-size", "4")),
            Task.Run(() => CliRunner.Run(null, "ingest", _folder, "--db", test.Db, "--workers", "1", "--batch-size", "4")));

        foreach (var run in runs) Assert.True(run.ExitCode == 0, run.Stderr);
        long stored = runs.Sum(r => long.Parse(StoredCount().Match(r.Stderr).Groups[1].Value, CultureInfo.InvariantCulture));
        Assert.Equal(60, stored);
        test.Reopen();
        var rows = test.Store.Documents(new DocumentFilter()).ToList();
        Assert.Equal(60, rows.Count);
        Assert.All(rows, r => Assert.Equal("ok", r.Status));
    }

    [Theory, MemberData(nameof(Backends))]
    public void A_killed_ingest_resumes_to_a_complete_store(string backend)
    {
        using var test = TestStore.Create(backend);
        IngestTests.MakeCorpus(_folder, 120, withBadFiles: false);
        test.Store.Stats();

        using (var process = Start("ingest", _folder, "--db", test.Db, "--workers", "1", "--batch-size", "2"))
        {
            var clock = Stopwatch.StartNew();
            while (!process.HasExited && test.Store.Stats().DocumentsOk == 0 && clock.Elapsed < TimeSpan.FromMinutes(1))
                Thread.Sleep(20);
            if (!process.HasExited) process.Kill(); // SIGKILL: no cleanup, mid-transaction
            process.WaitForExit();
        }

        var rerun = CliRunner.Run(null, "ingest", _folder, "--db", test.Db);
        Assert.True(rerun.ExitCode == 0, rerun.Stderr);
        test.Reopen();
        var rows = test.Store.Documents(new DocumentFilter()).ToList();
        Assert.Equal(120, rows.Count);
        Assert.Equal(120, rows.Select(r => r.ContentHash).Distinct(StringComparer.Ordinal).Count());
        Assert.All(rows, r => Assert.NotNull(test.Store.Load(r.DocKey)));
        // The cross-document links were written with their documents: every entity has a corpus actor and every
        // event a corpus event, and each corpus actor is used.
        Assert.True(test.Store.Stats().CorpusActors > 0);
        Assert.Equal(0, StoreSql.Scalar(test, "SELECT COUNT(*) FROM entities WHERE corpus_actor_id IS NULL OR merge_rule IS NULL"));
        Assert.Equal(0, StoreSql.Scalar(test, "SELECT COUNT(*) FROM events e LEFT JOIN corpus_event_mentions m " +
                                              "ON m.doc_key = e.doc_key AND m.event_ord = e.ord WHERE m.doc_key IS NULL"));
        Assert.Equal(0, StoreSql.Scalar(test, "SELECT COUNT(*) FROM corpus_actors a WHERE NOT EXISTS " +
                                              "(SELECT 1 FROM entities x WHERE x.corpus_actor_id = a.corpus_actor_id)"));
    }

    private static Process Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = TestPaths.Repo,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Dossier.Cli.dll"));
        foreach (var a in args) info.ArgumentList.Add(a);
        var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start dotnet");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    [GeneratedRegex(@"dossier: (\d+) stored")]
    private static partial Regex StoredCount();
}
