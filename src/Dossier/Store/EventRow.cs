namespace Dossier.Store;

/// <summary>One stored event with its document and actors resolved (GDELT-like flat row) and their corpus actor ids.</summary>
internal sealed record EventRow(
    long DocKey,
    string DocumentId,
    string? Url,
    string? Date,
    string EventId,
    string Type,
    string? Mode,
    string? Cameo,
    string? SourceName,
    string? SourceCode,
    string? TargetName,
    string? TargetCode,
    string? Location,
    bool Negated,
    string Modality,
    string? AttributedTo,
    int EvidenceStart,
    int EvidenceEnd,
    string Evidence,
    string Rule,
    long? SourceActorId = null,
    long? TargetActorId = null);
