namespace Dossier.Pipeline;

/// <summary>The annotation layers a document can carry. Each component writes exactly one.</summary>
[Flags]
public enum Layer : ulong
{
    None = 0,
    Text = 1UL << 0,
    Tokens = 1UL << 1,
    Sentences = 1UL << 2,
    Tags = 1UL << 3,
    Lemmas = 1UL << 4,
    Heads = 1UL << 5,
    Entities = 1UL << 6,
    Mentions = 1UL << 7,
    Actors = 1UL << 8,
    Timexes = 1UL << 9,
    Quotes = 1UL << 10,
    Events = 1UL << 11,
    Figures = 1UL << 12,
    Certainty = 1UL << 13,
}
