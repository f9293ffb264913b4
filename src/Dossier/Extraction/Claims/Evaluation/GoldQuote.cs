using Dossier.Text;

namespace Dossier.Extraction.Claims.Evaluation;

/// <summary>A gold quote: content span, speaker as written, the person meant (for pronouns) and direct or not.</summary>
public sealed record GoldQuote(CharRange Span, string? Speaker, string? SpeakerRef, bool Direct);
