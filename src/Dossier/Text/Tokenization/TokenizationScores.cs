namespace Dossier.Text.Tokenization;

/// <summary>Tokenization and sentence-splitting scores over a gold corpus.</summary>
public sealed record TokenizationScores(string Corpus, int Documents, long Characters, SpanScore Tokens, SpanScore Sentences);
