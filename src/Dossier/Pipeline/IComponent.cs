using Dossier.Text;

namespace Dossier.Pipeline;

/// <summary>
/// One pipeline stage. It reads the layers named in <see cref="ComponentInfo.Reads"/> and writes exactly
/// <see cref="ComponentInfo.Writes"/>. Components are built once and shared by all workers: any state that
/// changes while processing a document lives in the <see cref="Workspace"/>.
/// </summary>
public interface IComponent
{
    ComponentInfo Info { get; }

    void Process(Doc doc, Workspace workspace);
}
