using Dossier.Text;

namespace Dossier.Extraction.Claims;

/// <summary>A reported count (killed, injured, arrested, ...) with who reports it and its standing.</summary>
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
    string Rule);
