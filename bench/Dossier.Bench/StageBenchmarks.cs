using BenchmarkDotNet.Attributes;
using Dossier.Pipeline;
using Dossier.Text.Readers;

namespace Dossier.Bench;

/// <summary>
/// Time and allocation of the standard pipeline cut after each stage, over the same articles: a stage's
/// own cost is the difference between its row and the row before. One operation = all the articles.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private List<SourceDocument> _articles = [];
    private Pipeline.Pipeline _pipeline = null!;
    private readonly Workspace _workspace = new();

    /// <summary>The last component kept (its name in the pipeline, e.g. "parser").</summary>
    [Params("sentences", "tagger", "parser", "ner", "actors", "figures", "events")]
    public string Through { get; set; } = "events";

    [GlobalSetup]
    public void Setup()
    {
        var home = DossierHome.Locate();
        _articles = BenchArticles.Load(home.Root);
        _pipeline = Prefix(StandardPipeline.CreateBuilder(home), Through).Build();
        Run(); // warm-up outside the measurement: JIT, model pages, workspace buffers
    }

    [Benchmark]
    public int Run()
    {
        int tokens = 0;
        foreach (var article in _articles) tokens += _pipeline.Process(article.ToDoc(), _workspace).Count;
        return tokens;
    }

    private static PipelineBuilder Prefix(PipelineBuilder standard, string last)
    {
        var builder = new PipelineBuilder();
        foreach (var component in standard.Components)
        {
            builder.Add(component);
            if (string.Equals(component.Info.Name, last, StringComparison.Ordinal)) return builder;
        }

        throw new ArgumentException($"no component named '{last}' in the standard pipeline", nameof(last));
    }
}
