using Dossier.Text.Readers;

namespace Dossier.Corpus;

/// <summary>One unit of ingest input: a readable document, or a source that failed with its reason.</summary>
internal sealed record SourceItem(string SourcePath, SourceDocument? Document, string? FailureReason, string? FailedId = null)
{
    public static SourceItem Read(string sourcePath, SourceDocument document) => new(sourcePath, document, null);

    public static SourceItem Failure(string sourcePath, string reason, string? id = null) =>
        new(sourcePath, null, reason, id);
}
