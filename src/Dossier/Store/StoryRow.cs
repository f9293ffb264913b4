namespace Dossier.Store;

/// <summary>A story: near-duplicate documents (syndicated copies) linked together, first-stored first.</summary>
internal sealed record StoryRow(long StoryId, IReadOnlyList<StoryMember> Members);
