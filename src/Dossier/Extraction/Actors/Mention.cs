namespace Dossier.Extraction.Actors;

/// <summary>How a mention refers to its actor.</summary>
public enum MentionKind : byte
{
    Named = 1,
    Nominal = 2,
    Pronominal = 3,
}

/// <summary>One mention of an actor: tokens [TokenStart, TokenEnd) and characters [Start, End).</summary>
public sealed record Mention(int TokenStart, int TokenEnd, int Start, int End, MentionKind Kind, string Rule);
