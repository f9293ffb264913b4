using Dossier.Pipeline;
using Dossier.Text;

namespace Dossier.Tests.Extraction.Events;

public sealed class EventPipelineTests
{
    private static readonly Lazy<Dossier.Pipeline.Pipeline> s_pipeline = new(() => StandardPipelineFor.Repo);

    [Fact]
    public void Named_actors_fill_source_target_and_location()
    {
        const string text = "Russian police arrested Alexei Navalny in Moscow on Sunday.";
        var doc = s_pipeline.Value.Process(new Doc(text, new DocumentInfo("t")));
        var e = Assert.Single(doc.Events, e => e.Type == "COERCE");
        var target = Assert.Single(doc.Actors, a => a.Id == e.Target);
        Assert.Contains("Navalny", target.Name, StringComparison.Ordinal);
        var location = Assert.Single(doc.Actors, a => a.Id == e.Location);
        Assert.Equal("Moscow", location.Name);
        Assert.Equal(new CharRange(0, text.Length - 1), e.Evidence); // the clause, without the full stop
    }

    [Fact]
    public void Boilerplate_yields_no_events()
    {
        const string body = "The weather was fine.";
        const string residue = " Police arrested the protesters. Troops attacked the city.";
        var text = body + residue;
        var doc = s_pipeline.Value.Process(new Doc(text, new DocumentInfo("t"), [new CharRange(body.Length, text.Length)]));
        Assert.True(doc.Has(Layer.Events));
        Assert.Empty(doc.Events);
    }
}
