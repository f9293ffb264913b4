namespace Dossier.Web.Api;

/// <summary>POST /api/documents: what happened ("stored", "already_stored" or "failed") and where the document is.</summary>
public sealed record IngestOut(string Status, long? Key, string Id, string ContentHash, string? FailureReason);
