using Dossier.Extraction.Claims;
using Dossier.Extraction.Time;
using Dossier.Text.Tokenization;

namespace Dossier.Pipeline;

/// <summary>Dossier's default chain of components, in pipeline order, with models and lexicons from a home.</summary>
public static class StandardPipeline
{
    public static PipelineBuilder CreateBuilder(DossierHome home)
    {
        ArgumentNullException.ThrowIfNull(home);
        var builder = new PipelineBuilder()
            .Add(new Tokenizer())
            .Add(new SentenceSplitter())
            .Add(TimexFinder.Create(home))
            .Add(QuoteFinder.Create(home))
            .Add(FigureFinder.Create(home));
        return builder;
    }

    public static Pipeline Create(DossierHome home) => CreateBuilder(home).Build();
}
