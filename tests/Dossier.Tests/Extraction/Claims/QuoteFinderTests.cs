using Dossier.Extraction.Actors;
using Dossier.Nlp.Entities;

namespace Dossier.Tests.Extraction.Claims;

public sealed class QuoteFinderTests
{
    private static Dossier.Extraction.Claims.Quote One(string text) => Assert.Single(ClaimsTestPipeline.Quotes(text));

    [Fact]
    public void Quote_then_speaker_cue_and_channel()
    {
        var q = One("\"We will not negotiate,\" the minister said on Twitter.");
        Assert.True(q.Direct);
        Assert.Equal("We will not negotiate,", q.Text);
        Assert.Equal(("the minister", "say", "Twitter"), (q.SpeakerText, q.Cue, q.Channel));
    }

    [Theory]
    [InlineData("\"We will fight to the end,\" said Jane Doe, a spokeswoman.", "Jane Doe")]
    [InlineData("“We will fight to the end,” Doe told AFP.", "Doe")]
    [InlineData("The mayor said: \"The city is safe and calm now.\"", "The mayor")]
    [InlineData("Doe: \"We are ready to talk to anyone.\"", "Doe")]
    [InlineData("«Nous ne partirons pas d'ici,» Doe said.", "Doe")]
    [InlineData("\"Nobody here expected the attack,\" Jane Doe, 31, told reporters.", "Jane Doe")]
    public void Speaker_patterns(string text, string speaker) => Assert.Equal(speaker, One(text).SpeakerText);

    [Fact]
    public void Told_agency_is_the_channel() =>
        Assert.Equal("AFP", One("“We will fight to the end,” Doe told AFP.").Channel);

    [Fact]
    public void Scare_quotes_are_not_speech()
    {
        Assert.DoesNotContain(ClaimsTestPipeline.Quotes("Moscow sent \"peacekeepers\" to the region."), q => q.Direct);
        Assert.DoesNotContain(ClaimsTestPipeline.Quotes("Officials said 26 \"armed criminals\" have been killed."), q => q.Direct);
    }

    [Fact]
    public void A_quote_runs_across_paragraphs_when_the_next_one_reopens_it()
    {
        var q = One("\"The first part of the speech goes here.\n\n\"The second part ends here,\" she said.");
        Assert.StartsWith("The first part", q.Text, StringComparison.Ordinal);
        Assert.EndsWith("ends here,", q.Text, StringComparison.Ordinal);
        Assert.Equal("she", q.SpeakerText);
    }

    [Fact]
    public void Nested_quotes_stay_inside_the_outer_quote()
    {
        var q = One("\"He told me 'we are leaving tonight' and left,\" Smith said.");
        Assert.Equal("He told me 'we are leaving tonight' and left,", q.Text);
    }

    [Fact]
    public void A_following_quote_continues_the_speaker()
    {
        var quotes = ClaimsTestPipeline.Quotes("\"We will win this fight,\" Smith said. \"Nobody can stop us now.\"");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("Smith", quotes[1].SpeakerText);
        Assert.Equal("direct.continued", quotes[1].Rule);
    }

    [Theory]
    [InlineData("The ministry said that 12 soldiers were wounded in the attack.", "The ministry", "12 soldiers were wounded in the attack")]
    [InlineData("Officials warned on Friday that more protests could follow.", "Officials", "more protests could follow")]
    [InlineData("According to the ministry, the talks have failed again.", "the ministry", "the talks have failed again")]
    [InlineData("The talks have failed again, the ministry said in a statement.", "the ministry", "The talks have failed again")]
    [InlineData("Jane Doe, a government spokeswoman, said the border would reopen.", "Jane Doe", "the border would reopen")]
    [InlineData("The health ministry said at least 23 people were injured.", "The health ministry", "at least 23 people were injured")]
    [InlineData("The rebel group claimed the attack, saying in a statement that its fighters had left.", "The rebel group", "its fighters had left")]
    [InlineData("The agency condemned the raid, but added that its schools stayed open.", "The agency", "its schools stayed open")]
    [InlineData("She and Ferguson noted that crime has fallen.", "She and Ferguson", "crime has fallen")]
    [InlineData("The Associated Press says dozens are dead.", "The Associated Press", "dozens are dead")]
    [InlineData("The premier accused the union of sabotage and said talks would resume soon.", "The premier", "talks would resume soon")]
    public void Reported_speech_without_quote_marks(string text, string speaker, string content)
    {
        var q = One(text);
        Assert.False(q.Direct);
        Assert.Equal(speaker, q.SpeakerText);
        Assert.Equal(content, q.Text);
    }

    [Theory]
    [InlineData("Israel announced a four-hour cease-fire in the area.")]
    [InlineData("The group claimed responsibility for the attack.")]
    [InlineData("The minister visited the port on Friday.")]
    [InlineData("The reporter reported from Gaza City on Friday.")]
    [InlineData("The ambassador, Jane Doe, urged both sides to resume talks.")]
    public void Non_speech_is_not_reported(string text) => Assert.Empty(ClaimsTestPipeline.Quotes(text));

    [Fact]
    public void Pronoun_speakers_resolve_to_the_last_person_and_actor_when_layers_exist()
    {
        var doc = ClaimsTestPipeline.Prepare("John Smith arrived late. \"We are not afraid of them,\" he said.");
        // John Smith is tokens 0-1; an actor layer holds one mention of him.
        doc.SetEntities([new EntitySpan(0, 2, EntityType.PER, "test")]);
        doc.SetActors([new Actor("a1", "John Smith", "PER", [new Mention(0, 2, 0, 10, MentionKind.Named, "test", 0)], [])]);
        var q = Assert.Single(ClaimsTestPipeline.Quotes(doc));
        Assert.Equal(("John Smith", "a1"), (q.SpeakerText, q.Speaker));
    }

    [Fact]
    public void Without_entities_a_pronoun_speaker_stays_a_pronoun() =>
        Assert.Equal(("he", (string?)null), (One("\"We are not afraid of them,\" he said.").SpeakerText, One("\"We are not afraid of them,\" he said.").Speaker));
}
