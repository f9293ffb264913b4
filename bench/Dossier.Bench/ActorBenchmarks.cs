using BenchmarkDotNet.Attributes;
using Dossier.Extraction.Actors;
using Dossier.Pipeline;
using Dossier.Text;

namespace Dossier.Bench;

/// <summary>
/// The actor stage in its parts over documents already analysed up to named entities: mention finding,
/// the coreference sieves, and the describer (roles, ages, places, codes). One operation = all the articles.
/// </summary>
[MemoryDiagnoser]
public class ActorBenchmarks
{
    private readonly List<Doc> _docs = [];
    private readonly List<IReadOnlyList<Actor>> _actors = [];
    private ActorLexicon _lexicon = null!;
    private ActorDescriber _describer = null!;
    private ActorResolver _resolver = null!;

    [GlobalSetup]
    public void Setup()
    {
        var home = DossierHome.Locate();
        var upToEntities = new PipelineBuilder();
        foreach (var component in StandardPipeline.CreateBuilder(home).Components)
        {
            if (component is ActorResolver) break;
            upToEntities.Add(component);
        }

        var pipeline = upToEntities.Build();
        _lexicon = ActorLexicon.Load(home);
        _describer = ActorDescriber.Load(home);
        var resolver = new ActorResolver(_lexicon);
        _resolver = new ActorResolver(_lexicon, _describer);
        foreach (var article in BenchArticles.Load(home.Root))
        {
            var doc = pipeline.Process(article.ToDoc());
            _docs.Add(doc);
            _actors.Add(resolver.Resolve(doc));
        }
    }

    [Benchmark]
    public int Mentions()
    {
        int n = 0;
        foreach (var doc in _docs) n += MentionFinder.Find(doc, _lexicon, new ChildIndex(doc)).Count;
        return n;
    }

    [Benchmark]
    public int MentionsAndSieves()
    {
        int n = 0;
        foreach (var doc in _docs)
        {
            var children = new ChildIndex(doc);
            var mentions = MentionFinder.Find(doc, _lexicon, children);
            if (mentions.Count == 0) continue;
            var sieves = new CorefSieves(doc, mentions, children);
            sieves.RunAll();
            n += sieves.Clusters.Find(0);
        }

        return n;
    }

    /// <summary>Mentions, role facts, kinds and sieves as the standard pipeline runs them (describer loaded), without describing.</summary>
    [Benchmark]
    public int Resolver()
    {
        int n = 0;
        foreach (var doc in _docs) n += _resolver.Resolve(doc).Count;
        return n;
    }

    [Benchmark]
    public int Describer()
    {
        int n = 0;
        for (int i = 0; i < _docs.Count; i++) n += _describer.Describe(_docs[i], _actors[i]).Count;
        return n;
    }
}
