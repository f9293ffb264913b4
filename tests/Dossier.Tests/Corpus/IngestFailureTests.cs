using Dossier.Corpus;
using Dossier.Pipeline;
using Dossier.Serialization;
using Dossier.Store;

namespace Dossier.Tests.Corpus;

/// <summary>A store that fails mid-ingest stops the ingest with the store's own exception, without hanging.</summary>
public sealed class IngestFailureTests
{
    private sealed class FailingStore : IStore
    {
        public int Writes;

        public string Backend => "failing";

        public int SchemaVersion => 1;

        public int EventWindowDays { get; set; } = 1;

        public bool Contains(string contentHash) => false;

        public IReadOnlySet<string> StoredHashes(IReadOnlyCollection<string> contentHashes) => new HashSet<string>();
        public long? KeyOf(string contentHash) => null;


        public WriteResult Write(IReadOnlyList<StoredDocument> batch)
        {
            if (++Writes == 2) throw new IOException("disk full");
            return new WriteResult(batch.Count, 0, 0, 0);
        }

        public DossierOutput? Load(long docKey) => null;

        public IEnumerable<DocumentRow> Documents(DocumentFilter filter) => [];

        public IEnumerable<EventRow> Events(EventFilter filter) => [];

        public IReadOnlyList<ActorRow> Actors(ActorFilter filter) => [];

        public IReadOnlyList<CorpusEventRow> CorpusEvents(CorpusEventFilter filter) => [];

        public int MergeUnlinked() => 0;

        public IReadOnlyList<StoryRow> Stories(int minDocuments) => [];

        public StoreStats Stats() => throw new NotSupportedException();

        public void Dispose()
        {
        }
    }

    [Fact]
    public async Task The_store_exception_surfaces()
    {
        var folder = Path.Combine(Path.GetTempPath(), "dossier-failing-store", Guid.NewGuid().ToString("N"));
        try
        {
            IngestTests.MakeCorpus(folder, 40, withBadFiles: false);
            var store = new FailingStore();
            var ingestor = new Ingestor(store, StandardPipelineFor.Repo, new IngestOptions(2, 2));
            var files = Directory.GetFiles(folder).Order(StringComparer.Ordinal);

            var run = ingestor.RunAsync(new SourceEnumerator().Read(files, CancellationToken.None));

            Assert.True(await Task.WhenAny(run, Task.Delay(TimeSpan.FromMinutes(1))) == run, "ingest hung after a store failure");
            var ex = await Assert.ThrowsAsync<IOException>(() => run);
            Assert.Equal("disk full", ex.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
