using Dossier.Text;

namespace Dossier.Extraction.Time;

/// <summary>
/// A time expression and its TIMEX3-style value (null when it cannot be resolved, e.g. a relative expression
/// in a document without a date). <see cref="Mod"/> is the TIMEX3 modifier (BEFORE, AFTER, APPROX, MORE_THAN,
/// LESS_THAN, ...) when the text bounds the value rather than naming it ("more than six years ago").
/// </summary>
public sealed record Timex(string Id, CharRange Span, string Text, string Type, string? Value, string Rule, string? Mod = null);
