namespace Dossier.Extraction.Events.Evaluation;

/// <summary>One hand-annotated event: actor and place phrases as written in the sentence (null when not expressed).</summary>
public sealed record GoldEvent(
    string Type,
    string? Mode,
    string? Cameo,
    string? Source,
    string? Target,
    string? Location,
    bool Negated,
    string Modality,
    string? Trigger);
