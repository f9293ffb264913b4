namespace Dossier.Store;

/// <summary>One stored document's row (no layers).</summary>
internal sealed record DocumentRow(
    long DocKey,
    string Id,
    string ContentHash,
    string? Title,
    string? Url,
    string? Date,
    string Status,
    string? FailureReason,
    string? SourcePath,
    long? StoryId,
    int TextLength);
