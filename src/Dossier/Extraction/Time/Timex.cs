using Dossier.Text;

namespace Dossier.Extraction.Time;

/// <summary>A time expression and its TIMEX3-style value (null when it cannot be resolved).</summary>
public sealed record Timex(string Id, CharRange Span, string Text, string Type, string? Value, string Rule);
