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

    [Theory]
    [InlineData("We call on the Russians to stop the shelling.", "REQUEST", "the Russians")]
    [InlineData("The minister met on Tuesday with President Moon Jae-in in Seoul.", "CONSULT", "Moon")]
    public void Plural_nationalities_and_partners_behind_date_words_are_targets(string text, string type, string target)
    {
        var doc = s_pipeline.Value.Process(new Doc(text, new DocumentInfo("t", Date: new DateOnly(2023, 1, 10))));
        var e = Assert.Single(doc.Events, e => e.Type == type);
        Assert.Contains(target, e.TargetText ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_word_is_no_source_and_a_critic_is_no_doer_of_what_it_criticises()
    {
        var doc = s_pipeline.Value.Process(new Doc(
            "A rebel group claimed Tuesday's bombing. The ministers criticised U.S. sanctions on Iran.",
            new DocumentInfo("t", Date: new DateOnly(2023, 1, 10))));
        Assert.DoesNotContain(doc.Events, e => e.SourceText is { } s && s.Contains("Tuesday", StringComparison.Ordinal));
        var criticism = Assert.Single(doc.Events, e => e.Type == "ACCUSE");
        Assert.Null(criticism.TargetText); // "U.S. sanctions" names no actor
        var sanctions = Assert.Single(doc.Events, e => e.Type == "SANCTION");
        Assert.Equal("U.S.", sanctions.SourceText); // the named modifier, not the critics
    }

    [Fact]
    public void A_hyphen_inside_a_name_is_no_dateline_dash_but_a_spaced_dash_is()
    {
        var doc = s_pipeline.Value.Process(new Doc(
            "Jean-Paul Kamara gave the police an order to shoot protesters.\n\nAFP - Prime Minister Ann Lowe warned that prices would rise.",
            new DocumentInfo("t")));
        var order = Assert.Single(doc.Events, e => e.Type == "COERCE");
        Assert.Contains("Jean", order.SourceText ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain(doc.Events, e => e.SourceText == "AFP");
    }

    [Fact]
    public void A_country_naming_sanctions_is_their_source()
    {
        var doc = s_pipeline.Value.Process(new Doc("The talks covered U.S. sanctions against Russia.", new DocumentInfo("t")));
        var e = Assert.Single(doc.Events, e => e.Type == "SANCTION");
        Assert.Equal(("U.S.", "Russia"), (e.SourceText, e.TargetText));
    }

    [Fact]
    public void A_nationality_adjective_is_the_doer_of_a_nominal_act_but_not_of_sanctions()
    {
        var doc = s_pipeline.Value.Process(new Doc(
            "Officials in Beirut condemned the latest Israeli airstrike. Exporters fear Russian sanctions.",
            new DocumentInfo("t", Date: new DateOnly(2023, 1, 10))));
        var strike = Assert.Single(doc.Events, e => e.Type == "ASSAULT");
        Assert.Equal("Israeli", strike.SourceText);
        Assert.DoesNotContain(doc.Events, e => e.Type == "SANCTION" && e.SourceText == "Russian");
    }

    [Fact]
    public void A_time_word_possessor_gives_way_to_the_by_agent()
    {
        var doc = s_pipeline.Value.Process(new Doc(
            "Last week's attack by two gunmen on the embassy shocked the capital.",
            new DocumentInfo("t", Date: new DateOnly(2023, 1, 10))));
        var e = Assert.Single(doc.Events, e => e.Type == "ASSAULT");
        Assert.Equal(("two gunmen", "the embassy"), (e.SourceText, e.TargetText));
    }

    [Theory]
    [InlineData("Troops attacked the village.", true)]
    [InlineData("Russian troops attacked the village.", true)]
    [InlineData("Bandits killed 20 people in the village.", true)]
    [InlineData("Looters attacked the shops.", true)]
    [InlineData("Famine killed 20 people in the village.", false)]
    [InlineData("The earthquake killed 20 people in the village.", false)]
    public void Violence_by_an_unknown_doer_is_coded_and_by_a_natural_cause_is_not(string text, bool coded)
    {
        var doc = s_pipeline.Value.Process(new Doc(text, new DocumentInfo("t")));
        Assert.Equal(coded, doc.Events.Any(e => e.Type == "ASSAULT"));
    }

    [Theory]
    [InlineData("The president replaced the army chief with a loyalist.", true)]
    [InlineData("The new ruler also replaced the leadership of the intelligence agency with his own allies.", true)]
    [InlineData("Truss replaced Johnson as prime minister.", false)]
    [InlineData("The company replaced the old computers.", false)]
    public void Replacing_officials_is_a_dismissal_but_succeeding_someone_is_not(string text, bool coded)
    {
        var doc = s_pipeline.Value.Process(new Doc(text, new DocumentInfo("t")));
        Assert.Equal(coded, doc.Events.Any(e => e.Type == "COERCE" && e.Rule == "cur.replace.official"));
    }

    [Theory]
    [InlineData("Protests over fuel prices grew into larger protests across the region.", 1)]
    [InlineData("The protests spread and more protests followed.", 1)]
    [InlineData("A general strike was called and huge marches converged on the square.", 2)]
    [InlineData("There were protests in Tbilisi on Monday and protests in Batumi on Tuesday.", 2)]
    public void A_bare_act_named_twice_in_a_sentence_is_one_event_but_other_acts_and_places_are_not(string text, int count)
    {
        var doc = s_pipeline.Value.Process(new Doc(text, new DocumentInfo("t")));
        Assert.Equal(count, doc.Events.Count(e => e.Type == "PROTEST"));
    }
}
