namespace Dossier.Text;

/// <summary>Metadata of one document. Nothing here is ever invented: unknown values stay null.</summary>
public sealed record DocumentInfo(
    string Id,
    string? Title = null,
    string? Url = null,
    DateOnly? Date = null,
    string? Author = null,
    string? SourcePath = null);
