using System.Text;
using Dossier.Corpus;
using Dossier.Pipeline;
using Dossier.Store;
using Dossier.Tests.Store;

namespace Dossier.Tests.Corpus;

/// <summary>Ingest into each backend: idempotence, failure records, resuming after an interruption.</summary>
public sealed class IngestTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dossier-ingest-tests", Guid.NewGuid().ToString("N"));

    public static TheoryData<string> Backends => TestStore.Backends();

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    /// <summary>A folder of real articles plus an empty file and a file that is not UTF-8.</summary>
    internal static string MakeCorpus(string folder, int articles, bool withBadFiles = true)
    {
        Directory.CreateDirectory(folder);
        var dir = TestPaths.Shared("news", "allsides-world-politics", "world");
        foreach (var file in Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal).Take(articles))
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        if (withBadFiles)
        {
            File.WriteAllBytes(Path.Combine(folder, "empty.txt"), []);
            File.WriteAllBytes(Path.Combine(folder, "binary.txt"), [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]);
        }

        return folder;
    }

    /// <summary>How many distinct documents the folder's readable files hold (identical texts are one document).</summary>
    internal static int DistinctDocuments(string folder) =>
        Directory.GetFiles(folder).Where(f => new FileInfo(f).Length > 0 && !f.EndsWith("binary.txt", StringComparison.Ordinal))
            .Select(f => ContentHash.Of(null, File.ReadAllText(f))).Distinct(StringComparer.Ordinal).Count();

    private static Task<IngestProgress> Ingest(IStore store, string folder, int batch = 8, int workers = 2,
        Action<IngestProgress>? progress = null, CancellationToken cancel = default)
    {
        var files = Directory.GetFiles(folder).Order(StringComparer.Ordinal).ToList();
        var ingestor = new Ingestor(store, StandardPipelineFor.Repo, new IngestOptions(workers, batch)
        {
            MaxBatchDelay = TimeSpan.FromMilliseconds(50),
        });
        return ingestor.RunAsync(new SourceEnumerator().Read(files, CancellationToken.None), progress, cancel);
    }

    [Theory, MemberData(nameof(Backends))]
    public async Task Reingesting_changes_nothing_and_failures_keep_their_reason(string backend)
    {
        using var test = TestStore.Create(backend);
        MakeCorpus(_folder, 12);

        var first = await Ingest(test.Store, _folder);
        Assert.Equal((14L, 12L, 2L, 0L), (first.Read, first.Stored, first.Failed, first.Skipped));
        var before = StoreTests.Describe(test.Store.Stats());
        var failed = test.Store.Documents(new DocumentFilter(Status: "failed")).ToList();
        Assert.Equal(["binary", "empty"], failed.Select(f => f.Id).Order(StringComparer.Ordinal));
        Assert.Contains(failed, f => f.Id == "empty" && f.FailureReason!.Contains("empty", StringComparison.Ordinal));
        Assert.Contains(failed, f => f.Id == "binary" && f.FailureReason!.Contains("binary", StringComparison.Ordinal));

        var second = await Ingest(test.Store, _folder);
        Assert.Equal((14L, 0L, 0L, 14L), (second.Read, second.Stored, second.Failed, second.Skipped));
        Assert.Equal(before, StoreTests.Describe(test.Store.Stats()));
    }

    [Theory, MemberData(nameof(Backends))]
    public async Task An_interrupted_ingest_resumes_without_duplicates(string backend)
    {
        using var test = TestStore.Create(backend);
        MakeCorpus(_folder, 30, withBadFiles: false);
        using var cancel = new CancellationTokenSource();

        // Stop after the first written batch, as Ctrl+C would; what is written stays, the rest is not started.
        var partial = await Ingest(test.Store, _folder, batch: 3, workers: 1, progress: _ => cancel.Cancel(), cancel: cancel.Token);
        Assert.True(partial.Cancelled);
        Assert.InRange(partial.Stored, 3, 29);

        var rest = await Ingest(test.Store, _folder, batch: 3);
        Assert.Equal(partial.Stored, rest.Skipped);
        Assert.Equal(30, partial.Stored + rest.Stored);
        var rows = test.Store.Documents(new DocumentFilter()).ToList();
        Assert.Equal(30, rows.Count);
        Assert.Equal(30, rows.Select(r => r.ContentHash).Distinct(StringComparer.Ordinal).Count());
    }
}
