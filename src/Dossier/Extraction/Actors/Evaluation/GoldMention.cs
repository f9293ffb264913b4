namespace Dossier.Extraction.Actors.Evaluation;

/// <summary>
/// One gold coreference mention from GUM: document-wide tokens [Start, End), its head token (from the gold
/// tree: the token whose head lies outside the span), its entity (chain) id and GUM entity type.
/// </summary>
public sealed record GoldMention(int Start, int End, int Head, string Entity, string EntityType);
