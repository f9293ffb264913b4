using Dossier.Text;

namespace Dossier.Extraction.Claims.Evaluation;

/// <summary>A gold figure: evidence span, value (and upper bound), qualifier, kind, group, source text and status.</summary>
public sealed record GoldFigure(
    CharRange Span, double Value, double? ValueMax, string Qualifier, string Kind, string? Group, string? Source, string Status);
