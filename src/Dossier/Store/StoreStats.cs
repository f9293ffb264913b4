namespace Dossier.Store;

/// <summary>Corpus counts for <c>dossier stats</c>.</summary>
internal sealed record StoreStats(
    string Backend,
    int SchemaVersion,
    long DocumentsOk,
    long DocumentsFailed,
    long Sentences,
    long Entities,
    long DistinctActors,
    long Events,
    long Quotes,
    long Figures,
    long Timexes,
    long Stories,
    long StoriesWithCopies,
    IReadOnlyList<KeyValuePair<string, long>> EventsPerType,
    IReadOnlyList<KeyValuePair<string, long>> EventsPerDay,
    IReadOnlyList<KeyValuePair<string, long>> FailureReasons)
{
    /// <summary>Actors merged across documents.</summary>
    public long CorpusActors { get; init; }

    /// <summary>Corpus events (clusters of event mentions).</summary>
    public long CorpusEvents { get; init; }

    /// <summary>Corpus events with more than one mention.</summary>
    public long ClusteredEvents { get; init; }

    /// <summary>Corpus events reported by more than one independent story.</summary>
    public long MultiSourceEvents { get; init; }
}
