namespace Dossier.Store;

/// <summary>Which actors to list: <see cref="Name"/> is a substring, any case; <see cref="Type"/> exact.</summary>
internal sealed record ActorFilter(string? Name = null, string? Type = null, int? Limit = null);
