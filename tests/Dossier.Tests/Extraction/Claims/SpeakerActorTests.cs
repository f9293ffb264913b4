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

    [Fact]
    public void A_headline_title_and_a_later_description_speak_as_the_actors_they_refer_to()
    {
        var doc = Analyze("German Foreign Minister: \u201CWe will not accept a new front line\u201D\n\n" +
            "German Foreign Minister Lena Hartmann warned on Friday that the ceasefire was fragile.\n\n" +
            "The Norwegian Foreign Ministry rejected the claim. \u201CThe report is false and misleading,\u201D the ministry said on Facebook.");
        var headline = Assert.Single(doc.Quotes, q => q.SpeakerText == "German Foreign Minister");
        Assert.Equal("Lena Hartmann", Assert.Single(doc.Actors, a => a.Id == headline.Speaker).Name);
        var ministry = Assert.Single(doc.Quotes, q => q.SpeakerText == "the ministry");
        Assert.Equal("Norwegian Foreign Ministry", Assert.Single(doc.Actors, a => a.Id == ministry.Speaker).Name);
    }
}
