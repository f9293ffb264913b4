using Dossier.Extraction.Actors;
using Dossier.Extraction.Claims;
using Dossier.Extraction.Events;
using Dossier.Extraction.Time;
using Dossier.Nlp.Entities;
using Dossier.Nlp.Lemmatization;
using Dossier.Nlp.Parsing;
using Dossier.Nlp.Tagging;
using Dossier.Text.Tokenization;

namespace Dossier.Pipeline;

/// <summary>Dossier's default chain of components, in pipeline order, with models and lexicons from a home.</summary>
public static class StandardPipeline
{
    public static PipelineBuilder CreateBuilder(DossierHome home)
    {
        ArgumentNullException.ThrowIfNull(home);
        var builder = new PipelineBuilder()
            .Add(Tokenizer.Create(home))
            .Add(SentenceSplitter.Create(home))
            .Add(Tagger.Load(home))
            .Add(Lemmatizer.Load(home))
            .Add(Parser.Load(home))
            .Add(EntityRecognizer.Load(home))
            .Add(ActorResolver.Create(home, ActorDescriber.Load(home)))
            .Add(TimexFinder.Create(home))
            .Add(QuoteFinder.Create(home))
            .Add(FigureFinder.Create(home))
            .Add(EventExtractor.Load(home));
        return builder;
    }

    public static Pipeline Create(DossierHome home) => CreateBuilder(home).Build();
}
