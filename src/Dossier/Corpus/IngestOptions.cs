namespace Dossier.Corpus;

/// <summary>How an ingest runs: analysis workers, documents per write transaction, and an optional input cap.</summary>
internal sealed record IngestOptions(int Workers = 1, int BatchSize = 64, long? Limit = null)
{
    /// <summary>The longest a partly filled batch waits for more documents before it is written.</summary>
    public TimeSpan MaxBatchDelay { get; init; } = TimeSpan.FromMilliseconds(500);
}
