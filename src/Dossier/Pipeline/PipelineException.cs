namespace Dossier.Pipeline;

/// <summary>A component failed on one document; names both so the failure can be recorded and reported.</summary>
public sealed class PipelineException(string component, string documentId, Exception inner)
    : Exception($"component '{component}' failed on document '{documentId}': {inner.Message}", inner)
{
    public string Component { get; } = component;

    public string DocumentId { get; } = documentId;
}
