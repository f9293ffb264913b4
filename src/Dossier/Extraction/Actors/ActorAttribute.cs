namespace Dossier.Extraction.Actors;

/// <summary>
/// One stated fact about an actor (a role, an age, a country, a code, a place's coordinates),
/// with the evidence offsets in the source text and the rule or data file that produced it.
/// </summary>
public sealed record ActorAttribute(
    string Key,
    string Value,
    int? Start,
    int? End,
    string Rule,
    string? Status = null,
    string? Qualifier = null);
