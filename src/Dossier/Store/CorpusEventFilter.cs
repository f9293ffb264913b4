namespace Dossier.Store;

/// <summary>
/// Which corpus events (clusters) to list. <see cref="ActorId"/> or <see cref="Actor"/> (a name substring)
/// as source or target; <see cref="Type"/> a PLOVER type or CAMEO root; dates overlap the cluster's date span;
/// <see cref="MinSupport"/> the least number of independent stories.
/// </summary>
internal sealed record CorpusEventFilter(
    long? ActorId = null,
    string? Actor = null,
    string? Type = null,
    string? From = null,
    string? To = null,
    int MinSupport = 1,
    int? Limit = null);
