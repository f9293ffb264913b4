namespace Dossier.Text.Tokenization;

/// <summary>A mismatch for error analysis: the document, the span, and whether only gold or only the prediction has it.</summary>
internal readonly record struct TokenizationMiss(string DocumentId, CharRange Span, bool IsGold, bool IsSentence);
