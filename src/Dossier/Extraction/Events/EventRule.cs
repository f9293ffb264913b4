namespace Dossier.Extraction.Events;

/// <summary>
/// One compiled lexicon rule: a trigger lemma and part of speech, optional constraints (particle, object
/// head lemmas, complement lemmas, a required preposition) and where the source and target are found.
/// </summary>
internal sealed record EventRule(
    string Id,
    string Lemma,
    bool Noun,
    PloverMode Mode,
    string Cameo,
    string? Particle,
    IReadOnlyList<string> Objects,
    IReadOnlyList<string> Complements,
    IReadOnlyList<EventRole> Requires,
    IReadOnlyList<EventRole> Sources,
    IReadOnlyList<EventRole> Targets,
    EventRole? Between,
    bool Bare,
    int Priority,
    IReadOnlyList<string>? Modifiers = null,
    bool NeedsSource = false,
    bool NeedsTarget = false,
    IReadOnlyList<string>? ObjectModifiers = null)
{
    /// <summary>Constrained rules are tried before a bare trigger of the same lemma.</summary>
    public int Specificity => (Particle is null ? 0 : 1) + (Objects.Count > 0 ? 1 : 0) + (Complements.Count > 0 ? 1 : 0) + Requires.Count
        + (Modifiers is { Count: > 0 } ? 1 : 0) + (ObjectModifiers is { Count: > 0 } ? 1 : 0);
}
