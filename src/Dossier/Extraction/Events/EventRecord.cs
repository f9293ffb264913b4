using Dossier.Text;

namespace Dossier.Extraction.Events;

/// <summary>
/// One coded political event: who did what to whom, where and when, with its standing and provenance.
/// Actor fields hold actor ids.
/// </summary>
public sealed record EventRecord(
    string Id,
    string Type,
    string? Mode,
    string? Cameo,
    string? Source,
    string? Target,
    string? Location,
    string? Date,
    bool Negated,
    string Modality,
    string? AttributedTo,
    CharRange Evidence,
    string Rule);
