namespace Dossier.Extraction.Actors;

/// <summary>How a mention refers to its actor.</summary>
public enum MentionKind : byte
{
    Named = 1,
    Nominal = 2,
    Pronominal = 3,
}

/// <summary>
/// One mention of an actor: tokens [TokenStart, TokenEnd), characters [Start, End), and its head token
/// (the noun, name or pronoun the phrase is about), by which consumers map tokens to actors so that a long
/// nominal ("the head of the KNB") does not claim the names inside it.
/// </summary>
public sealed record Mention(int TokenStart, int TokenEnd, int Start, int End, MentionKind Kind, string Rule, int Head);
