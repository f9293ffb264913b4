namespace Dossier.Store;

/// <summary>
/// A corpus actor: entities of many documents merged into one (<see cref="Names"/> are the names it was stored
/// under), with its country and code attributes and how often it occurs.
/// </summary>
internal sealed record ActorRow(
    long Id,
    string Name,
    string Type,
    string? Country,
    string? Code,
    IReadOnlyList<string> Names,
    int Documents,
    int Mentions,
    int Events);
