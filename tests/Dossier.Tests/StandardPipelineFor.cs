namespace Dossier.Tests;

/// <summary>
/// The standard pipeline over the repository's models, loaded once for the whole test run (a pipeline is
/// immutable and thread-safe, so test classes running in parallel share it).
/// </summary>
internal static class StandardPipelineFor
{
    private static readonly Lazy<Dossier.Pipeline.Pipeline> s_repo = new(() => Dossier.Pipeline.StandardPipeline.Create(DossierHomeFor.Repo));

    public static Dossier.Pipeline.Pipeline Repo => s_repo.Value;
}
