namespace Dossier.Corpus;

/// <summary>
/// Counts of an ingest so far. <see cref="Read"/> = inputs taken (at most the limit); <see cref="Skipped"/> =
/// already in the store before analysis; <see cref="Stored"/> = analysed and written; <see cref="Failed"/> =
/// written as failed with a reason; <see cref="Duplicates"/> = found stored at write time (another process or
/// an identical input earlier in this run); <see cref="JoinedStories"/> = near-duplicates of stored documents.
/// </summary>
internal sealed record IngestProgress(
    long Read, long Skipped, long Stored, long Failed, long Duplicates, long JoinedStories, TimeSpan Elapsed, bool Cancelled = false)
{
    /// <summary>Time spent analysing, summed over workers.</summary>
    public TimeSpan AnalyseTime { get; init; }

    /// <summary>Time spent in store writes (the writer task).</summary>
    public TimeSpan WriteTime { get; init; }

    /// <summary>Time spent checking content hashes against the store before analysis (the reader task).</summary>
    public TimeSpan LookupTime { get; init; }

    public long Done => Skipped + Stored + Failed + Duplicates;

    public double DocumentsPerSecond => Elapsed.TotalSeconds > 0 ? (Stored + Failed) / Elapsed.TotalSeconds : 0;
}
