using Dossier.Text;

namespace Dossier.Extraction.Claims;

/// <summary>
/// A reported count (killed, injured, arrested, ...) with who reports it and its standing. Status is
/// asserted (the text states it), reported (attributed to a source), unconfirmed or disputed.
/// <see cref="AttributedTo"/> is the source's actor id when an actor layer exists; <see cref="SourceText"/>
/// and <see cref="SourceSpan"/> always hold the source as written; <see cref="StatusCue"/> is the certainty cue
/// that set the status, if any.
/// </summary>
public sealed record Figure(
    string Id,
    string Kind,
    double Value,
    double? ValueMax,
    string Qualifier,
    string? Subject,
    string? AttributedTo,
    string Status,
    CharRange Evidence,
    string Rule,
    string? SourceText = null,
    CharRange? SourceSpan = null,
    StatusCue? StatusCue = null);
