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
    IReadOnlyList<KeyValuePair<string, long>> FailureReasons);
