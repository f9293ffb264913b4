using Dossier.Text;

namespace Dossier.Pipeline;

/// <summary>An immutable, thread-safe chain of components. Share one; give each worker its own workspace.</summary>
public sealed class Pipeline
{
    [ThreadStatic]
    private static Workspace? t_workspace;

    internal Pipeline(IComponent[] components, Layer layers)
    {
        Components = components;
        Layers = layers;
    }

    public IReadOnlyList<IComponent> Components { get; }

    /// <summary>The layers a processed document carries.</summary>
    public Layer Layers { get; }

    /// <summary>Runs every component on the document, in order, with this thread's workspace.</summary>
    public Doc Process(Doc doc) => Process(doc, t_workspace ??= new Workspace());

    public Doc Process(Doc doc, Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(doc);
        foreach (var component in Components)
        {
            try
            {
                component.Process(doc, workspace);
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not PipelineException)
            {
                throw new PipelineException(component.Info.Name, doc.Info.Id, ex);
            }
        }

        return doc;
    }
}
