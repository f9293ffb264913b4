using Dossier.Pipeline;
using Dossier.Serialization;
using Dossier.Text.Readers;

namespace Dossier.Web.Api;

/// <summary>
/// Holds the one shared pipeline, loaded on first use. A pipeline that cannot load (no models/ or lexicon/)
/// leaves the server up, so the UI can say why analysis is unavailable.
/// </summary>
public sealed class AnalysisService
{
    private readonly Lazy<(Pipeline.Pipeline? Pipeline, string? Error)> _pipeline = new(Load);

    public HealthOut Status()
    {
        var (pipeline, error) = _pipeline.Value;
        return new HealthOut(
            pipeline is not null,
            error,
            pipeline is null ? [] : LayerNames.Of(pipeline.Layers),
            DossierJson.SchemaVersion);
    }

    /// <summary>Runs the pipeline; null with <paramref name="error"/> set when the pipeline is unavailable.</summary>
    public DossierOutput? Analyze(SourceDocument source, bool includeTokens, out string? error)
    {
        var (pipeline, loadError) = _pipeline.Value;
        if (pipeline is null)
        {
            error = loadError;
            return null;
        }

        error = null;
        var doc = pipeline.Process(source.ToDoc());
        return OutputBuilder.Build(doc, includeTokens);
    }

    private static (Pipeline.Pipeline?, string?) Load()
    {
        try
        {
            return (StandardPipeline.Create(DossierHome.Locate()), null);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or InvalidOperationException)
        {
            return (null, $"cannot load the pipeline: {ex.Message}");
        }
    }
}
