namespace Dossier.Web.Api;

/// <summary>
/// A corpus actor: entities of many documents merged into one. <see cref="Id"/> is its corpus actor id, the key of
/// GET /api/actors/{id}; <see cref="Names"/> are the names it was stored under, most frequent first.
/// </summary>
public sealed record ActorOut(
    string Id, string Name, string Type, int Documents, int Mentions, int Events, string? Country = null, string? Code = null,
    IReadOnlyList<string>? Names = null);
