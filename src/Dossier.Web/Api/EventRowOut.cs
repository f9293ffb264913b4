namespace Dossier.Web.Api;

/// <summary>One stored event, flat (GDELT-like), with its document and actor names resolved.</summary>
public sealed record EventRowOut(
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
    string Rule)
{
    internal static EventRowOut From(Store.EventRow r) => new(
        r.DocKey, r.DocumentId, r.Url, r.Date, r.EventId, r.Type, r.Mode, r.Cameo, r.SourceName, r.SourceCode,
        r.TargetName, r.TargetCode, r.Location, r.Negated, r.Modality, r.AttributedTo, r.EvidenceStart, r.EvidenceEnd,
        r.Evidence, r.Rule);
}
