namespace Dossier.Store;

/// <summary>One document of a story and its SimHash distance to the story's nearest earlier member.</summary>
internal sealed record StoryMember(long DocKey, string Id, string? Title, string? Url, int Distance);
