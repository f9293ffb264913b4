namespace Dossier.Store;

/// <summary>
/// Which events to list. <see cref="Actor"/> matches the source or target actor's name (substring, any case);
/// <see cref="Type"/> a PLOVER type or a CAMEO code prefix; <see cref="Country"/> a country attribute of the
/// source, target or location actor, or the location's name; dates apply to the event date, else the
/// document date; <see cref="Text"/> is a full-text query over the documents; <see cref="ActorId"/> a corpus
/// actor as source or target, in any document.
/// </summary>
internal sealed record EventFilter(
    string? Actor = null,
    string? Type = null,
    string? Country = null,
    string? From = null,
    string? To = null,
    string? Text = null,
    int? Limit = null,
    long? ActorId = null);
