using Dossier.Text;

namespace Dossier.Extraction.Claims.Evaluation;

/// <summary>A gold time expression and its TIMEX3 value (null when the document has no date to resolve it).</summary>
public sealed record GoldTimex(CharRange Span, string Text, string? Value);
