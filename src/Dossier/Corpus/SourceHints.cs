namespace Dossier.Corpus;

/// <summary>Metadata a container (feed item, WARC record) knows about a document; fills what the reader left unknown.</summary>
internal sealed record SourceHints(string? Id = null, string? Url = null, string? Title = null, DateOnly? Date = null);
