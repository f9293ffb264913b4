namespace Dossier.Store;

/// <summary>
/// Which corpus actors to list: <see cref="Name"/> is a substring of any of its names (case, accents and
/// punctuation ignored); <see cref="Type"/> exact; <see cref="Id"/> one actor.
/// </summary>
internal sealed record ActorFilter(string? Name = null, string? Type = null, int? Limit = null, long? Id = null);
