using Dossier.Pipeline;
using Dossier.Text;

namespace Dossier.Tests.Extraction.Claims;

/// <summary>Quotes relayed by a spokesperson or lawyer: the speaker is the principal, the intermediary is recorded.</summary>
public sealed class RelayTests
{
    private static readonly Lazy<Dossier.Pipeline.Pipeline> s_pipeline = new(() => StandardPipelineFor.Repo);

    private static Doc Analyze(string text) =>
        s_pipeline.Value.Process(new Doc(text, new DocumentInfo("t", Date: new DateOnly(2023, 3, 14))));

    private static Dossier.Extraction.Claims.Quote One(string text) => Assert.Single(ClaimsTestPipeline.Quotes(text));

    [Fact]
    public void Possessor_of_a_spokesman_is_the_speaker()
    {
        var q = One("Mayor Lopez's spokesman Daniel Ortega announced on Twitter that the mayor would resign next week.");
        Assert.Equal("Mayor Lopez", q.SpeakerText);
        Assert.Equal("spokesman Daniel Ortega", q.Via?.Text);
        Assert.Equal("Twitter", q.Channel);
    }

    [Fact]
    public void Through_a_spokesman_in_an_apposition()
    {
        var q = One("The governor, through his spokeswoman, said that the budget would be cut by a tenth.");
        Assert.Equal("The governor", q.SpeakerText);
        Assert.Equal("spokeswoman", q.Via?.Text);
    }

    [Fact]
    public void An_as_clause_after_the_quote_gives_the_intermediary_and_the_channel()
    {
        var doc = Analyze("Senator Maria Alvarez spoke for the first time on Monday. She urged voters to stay calm " +
                          "\"so that the election can go ahead in peace and in order,\" as her spokesman Tom Reyes wrote on Facebook.");
        var q = Assert.Single(doc.Quotes, q => q.Direct);
        Assert.Equal("Maria Alvarez", q.SpeakerText);
        Assert.Equal("spokesman Tom Reyes", q.Via?.Text);
        Assert.Equal("Facebook", q.Channel);
        var relay = Assert.Single(doc.Actors, a => a.Id == q.Via?.Actor);
        Assert.Equal("Tom Reyes", relay.Name);
        Assert.Equal(q.Speaker, Assert.Single(doc.Actors, a => a.Name == "Maria Alvarez").Id);
    }

    [Fact]
    public void An_as_clause_before_the_quote()
    {
        var q = Assert.Single(ClaimsTestPipeline.Quotes(
            "As his lawyer told reporters, Ahmed Karimi said: \"I have done nothing wrong and I will prove it in court.\""));
        Assert.Equal("Ahmed Karimi", q.SpeakerText);
        Assert.Equal("lawyer", q.Via?.Text);
    }

    [Fact]
    public void A_spokesman_without_a_named_principal_is_the_speaker_himself()
    {
        var q = One("A police spokesman said that three officers were hurt in the clashes.");
        Assert.Equal("A police spokesman", q.SpeakerText);
        Assert.Null(q.Via);
    }

    [Fact]
    public void A_possessive_pronoun_names_the_principal_only_through_the_actor_layer()
    {
        // "his" is whoever the actor layer resolves it to (the man just detained), never simply the last name
        // in the text (John Baker); the lawyer is the intermediary.
        var doc = Analyze("Prosecutors charged John Baker on Monday. A second man was detained on Tuesday, and his lawyer said that the arrest was unlawful.");
        var q = Assert.Single(doc.Quotes);
        var man = Assert.Single(doc.Actors, a => a.Name.EndsWith("second man", StringComparison.Ordinal));
        Assert.Equal(man.Id, q.Speaker);
        Assert.NotEqual(doc.Actors.Single(a => a.Name == "John Baker").Id, q.Speaker);
        Assert.Equal("lawyer", q.Via?.Text);
    }

    [Fact]
    public void An_as_clause_with_a_plain_speaker_is_not_an_intermediary()
    {
        var q = Assert.Single(ClaimsTestPipeline.Quotes(
            "\"We need more time to count every ballot,\" the official said, as the electoral commission reported delays."));
        Assert.Null(q.Via);
    }

    [Theory]
    [InlineData("US Secretary of State John Kerry therefore warned on Friday that the deal could collapse.", "US Secretary of State John Kerry")]
    [InlineData("The interior minister also told reporters that the border would stay closed.", "The interior minister")]
    [InlineData("Smith, however, said that the vote would go ahead as planned.", "Smith")]
    [InlineData("The prime minister nevertheless insisted that the vote would go ahead.", "The prime minister")]
    public void Discourse_adverbs_are_not_part_of_the_speaker(string text, string speaker) => Assert.Equal(speaker, One(text).SpeakerText);

    [Fact]
    public void A_continued_quote_keeps_the_channel()
    {
        var quotes = ClaimsTestPipeline.Quotes("\"The talks have failed completely,\" the ministry said on Facebook. \"A sad day, but not the last.\"");
        Assert.Equal(2, quotes.Count);
        Assert.Equal(("the ministry", "Facebook"), (quotes[1].SpeakerText, quotes[1].Channel));
    }

    [Fact]
    public void He_is_not_a_person_named_inside_the_words_he_reports()
    {
        var doc = Analyze("The spokesman Peter Lindqvist spoke to reporters on Monday. " +
                          "The minister Anna Berg is in the capital and in direct contact with Prime Minister Erik Holm, he said.");
        var q = Assert.Single(doc.Quotes, q => !q.Direct);
        Assert.Equal("Peter Lindqvist", q.SpeakerText);
    }
}
