namespace Dossier.Web.Api;

/// <summary>One stored document without its layers; <see cref="Key"/> is the key of GET /api/documents/{key}.</summary>
public sealed record DocumentRowOut(
    long Key,
    string Id,
    string ContentHash,
    string? Title,
    string? Url,
    string? Date,
    string Status,
    string? FailureReason,
    long? StoryId,
    int TextLength)
{
    // The source path is left out on purpose: it would tell web users about the server's file system.
    internal static DocumentRowOut From(Store.DocumentRow r) =>
        new(r.DocKey, r.Id, r.ContentHash, r.Title, r.Url, r.Date, r.Status, r.FailureReason, r.StoryId, r.TextLength);
}
