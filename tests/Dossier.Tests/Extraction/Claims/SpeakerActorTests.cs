using Dossier.Pipeline;
using Dossier.Text;

namespace Dossier.Tests.Extraction.Claims;

/// <summary>With the full pipeline, speakers and sources link to an actor only when the phrase names it.</summary>
public sealed class SpeakerActorTests
{
    private static readonly Lazy<Dossier.Pipeline.Pipeline> s_pipeline = new(() => StandardPipelineFor.Repo);

    private static Doc Analyze(string text) =>
        s_pipeline.Value.Process(new Doc(text, new DocumentInfo("t", Date: new DateOnly(2023, 3, 14))));

    [Fact]
    public void A_source_whose_head_is_a_description_links_to_that_actor_not_to_the_name_inside_it()
    {
        var doc = Analyze("According to the Chilean government, 12 people were killed in the floods.");
        var figure = Assert.Single(doc.Figures);
        var source = Assert.Single(doc.Actors, a => a.Id == figure.AttributedTo);
        Assert.Equal(("ORG", "Chilean government"), (source.Type, source.Name));
        Assert.Equal("the Chilean government", figure.SourceText);
    }

    [Fact]
    public void A_speaker_phrase_ending_in_a_name_links_to_that_person()
    {
        var doc = Analyze("\"We will rebuild the bridge,\" Interior Minister Carolina Toha said on Tuesday.");
        var quote = Assert.Single(doc.Quotes);
        var actor = Assert.Single(doc.Actors, a => a.Id == quote.Speaker);
        Assert.Equal("Carolina Toha", actor.Name);
    }
}
