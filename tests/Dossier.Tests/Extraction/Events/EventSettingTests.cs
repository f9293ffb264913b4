using Dossier.Extraction.Events;
using Dossier.Text;

namespace Dossier.Tests.Extraction.Events;

/// <summary>Event dates and places: stated ones from the event's own clause, else the document's, marked as such.</summary>
public sealed class EventSettingTests
{
    private static readonly DocumentInfo s_saturday = new("t", Date: new DateOnly(2023, 1, 14));

    private static Doc Run(string text) => StandardPipelineFor.Repo.Process(new Doc(text, s_saturday));

    [Fact]
    public void A_time_expression_of_the_events_clause_dates_it_and_is_named()
    {
        var doc = Run("Police arrested the opposition leader in Yerevan on Thursday.");
        var e = Assert.Single(doc.Events, e => e.Type == "COERCE");
        Assert.Equal("2023-01-12", e.Date);
        Assert.Equal(EventSetting.TextBasis, e.DateBasis);
        var timex = Assert.Single(doc.Timexes, t => t.Id == e.DateTimex);
        Assert.Equal("Thursday", timex.Text);
    }

    [Fact]
    public void A_time_expression_of_another_clause_is_not_the_events_and_the_document_date_stands_in()
    {
        var doc = Run("The president spoke on Saturday for the first time since the riots began.");
        var riot = Assert.Single(doc.Events, e => e.Type == "PROTEST");
        Assert.Equal("2023-01-14", riot.Date);
        Assert.Equal(EventSetting.DocumentBasis, riot.DateBasis);
        Assert.Null(riot.DateTimex);
    }

    [Fact]
    public void Without_a_document_date_an_unstated_date_stays_empty()
    {
        var doc = StandardPipelineFor.Repo.Process(new Doc("Police arrested the opposition leader.", new DocumentInfo("t")));
        var e = Assert.Single(doc.Events);
        Assert.Null(e.Date);
        Assert.Null(e.DateBasis);
    }

    [Fact]
    public void An_unplaced_event_takes_the_focus_country_when_its_speaker_or_its_target_belongs_there()
    {
        var doc = Run("Thousands of people rallied in Armenia on Monday. The government of Armenia said the rallies were illegal. " +
                      "The Armenian government condemned the opposition. Armenian police arrested the opposition leader. " +
                      "Vladimir Putin criticised the opposition. Russian troops attacked Armenia.");
        // Words are placed where the speaker belongs: Armenia's government in Armenia, Putin nowhere here.
        var condemnation = Assert.Single(doc.Events, e => e.Type == "ACCUSE" && e.SourceText!.Contains("Armenian", StringComparison.Ordinal));
        var place = Assert.Single(doc.Actors, a => a.Id == condemnation.Location);
        Assert.Equal("Armenia", place.Name);
        Assert.Equal(EventSetting.DocumentBasis, condemnation.LocationBasis);
        Assert.Null(condemnation.LocationText); // no phrase of the sentence says it
        Assert.Null(Assert.Single(doc.Events, e => e.Type == "ACCUSE" && e != condemnation).Location);
        // Material acts are placed where their target is (the attack on Armenia); state coercion where the state is
        // (the arrest by Armenian police).
        Assert.Equal(place.Id, Assert.Single(doc.Events, e => e.Type == "ASSAULT").Location);
        Assert.Equal(place.Id, Assert.Single(doc.Events, e => e.Type == "COERCE").Location);
    }

    [Fact]
    public void Two_countries_mentioned_alike_give_no_focus_place()
    {
        // The same sentence with Armenia as the focus is placed there (test above); with two equal countries it is not.
        var doc = Run("Armenia accused Azerbaijan of shelling. Azerbaijan denied that Armenia was attacked. " +
                      "The Armenian government condemned the opposition.");
        var condemnation = Assert.Single(doc.Events, e => e.Type == "ACCUSE" && e.SourceText!.Contains("government", StringComparison.Ordinal));
        Assert.Null(condemnation.Location);
        Assert.Null(condemnation.LocationBasis);
    }

    [Theory]
    [InlineData("Protesters who had gathered in Tbilisi were shocked when the police carried out arrests of opposition leaders in Batumi.")]
    [InlineData("Protesters who had gathered in Tbilisi said that the police in Batumi had arrested opposition leaders.")]
    public void A_place_of_the_events_own_phrase_or_clause_beats_an_earlier_place_of_the_sentence(string text)
    {
        var doc = Run(text);
        var arrest = Assert.Single(doc.Events, e => e.Type == "COERCE");
        Assert.Equal("Batumi", arrest.LocationText);
        Assert.Equal(EventSetting.TextBasis, arrest.LocationBasis);
    }

    [Fact]
    public void Evidence_drops_punctuation_the_parser_hung_on_the_clause_edges()
    {
        var doc = Run("The new leader is rebuilding the state: allies of his predecessor are arrested for treason.");
        var arrest = Assert.Single(doc.Events, e => e.Type == "COERCE");
        var evidence = doc.Text[arrest.Evidence.Start..arrest.Evidence.End];
        Assert.Equal("allies of his predecessor are arrested for treason", evidence);
    }

    [Theory]
    [InlineData("About 300 people were arrested, reported the state television.", "the state television")]
    [InlineData("According to local officials, police arrested 30 protesters.", "local officials")]
    [InlineData("Witnesses said that soldiers attacked the village.", "Witnesses")]
    public void The_attributed_source_is_kept_as_written_also_when_no_actor_fills_it(string text, string source)
    {
        var doc = Run(text);
        var e = Assert.Single(doc.Events);
        Assert.Equal("reported", e.Modality);
        Assert.Equal(source, e.AttributedText);
    }

    [Fact]
    public void According_to_a_possessed_source_is_attributed_to_the_possessor()
    {
        var doc = Run("The National Security Committee opened an investigation on Thursday, according to its own information.");
        var e = Assert.Single(doc.Events);
        var source = Assert.Single(doc.Actors, a => a.Id == e.AttributedTo);
        Assert.Equal("National Security Committee", source.Name);
    }

    [Fact]
    public void An_event_inside_reported_speech_names_its_quote()
    {
        var doc = Run("Around 4,000 people were detained, the interior ministry said. The figure could not be confirmed.");
        var e = Assert.Single(doc.Events, e => e.Type == "COERCE");
        var quote = Assert.Single(doc.Quotes, q => q.Id == e.Quote);
        Assert.Contains("detained", quote.Text, StringComparison.Ordinal);
    }
}
