namespace Dossier.Tests.Extraction.Claims;

public sealed class FigureFinderTests
{
    private static Dossier.Extraction.Claims.Figure One(string text) => Assert.Single(ClaimsTestPipeline.Figures(text));

    [Fact]
    public void According_to_gives_the_source_and_reported_status()
    {
        var f = One("According to the health ministry, at least 23 people were injured.");
        Assert.Equal((23d, "at_least", "injured", "people"), (f.Value, f.Qualifier, f.Kind, f.Subject));
        Assert.Equal("the health ministry", f.SourceText);
        Assert.Equal("reported", f.Status);
    }

    [Theory]
    [InlineData("Officials said 18 dead and 750 injured were counted by noon.", 18, "killed")]
    [InlineData("The death toll rose to 40 on Sunday.", 40, "killed")]
    [InlineData("Police arrested more than 1,000 demonstrators.", 1000, "arrested")]
    [InlineData("Two dozen protesters were detained.", 24, "arrested")]
    [InlineData("Almost 750 people have been wounded.", 750, "injured")]
    [InlineData("Around 4,400 troops were deployed.", 4400, "deployed")]
    [InlineData("Three villagers are still missing.", 3, "missing")]
    public void Counts_and_kinds(string text, double value, string kind)
    {
        var f = ClaimsTestPipeline.Figures(text)[0];
        Assert.Equal(value, f.Value);
        Assert.Equal(kind, f.Kind);
    }

    [Theory]
    [InlineData("More than 1,000 people were arrested.", "more_than")]
    [InlineData("Almost 750 people were arrested.", "about")]
    [InlineData("At least 23 people were arrested.", "at_least")]
    [InlineData("Up to 50 people were arrested.", "up_to")]
    [InlineData("Fewer than 10 people were arrested.", "less_than")]
    [InlineData("Dozens of people were arrested.", "vague")]
    [InlineData("Hundreds of people were arrested.", "vague")]
    [InlineData("A few people were arrested.", "vague")]
    [InlineData("26 people were arrested.", "exact")]
    public void Qualifiers(string text, string qualifier) => Assert.Equal(qualifier, One(text).Qualifier);

    [Fact]
    public void Ranges_carry_both_bounds()
    {
        var to = One("Between 20 and 30 soldiers were wounded.");
        Assert.Equal((20d, (double?)30, "range"), (to.Value, to.ValueMax, to.Qualifier));
        var dash = One("Police said 20 to 30 people were detained.");
        Assert.Equal((20d, (double?)30), (dash.Value, dash.ValueMax));
    }

    [Fact]
    public void Groups_and_scare_quotes()
    {
        Assert.Equal("armed criminals", One("Officials say 26 \"armed criminals\" have been killed.").Subject);
        Assert.Equal("other demonstrators", One("Police said 12 other demonstrators were arrested.").Subject);
        Assert.Equal("security forces", One("Eighteen security forces were killed.").Subject);
    }

    [Fact]
    public void Trailing_and_inverted_sources()
    {
        Assert.Equal("the state television", One("Eight people were killed, reported the state television.").SourceText);
        Assert.Equal("the health ministry", One("At least 40 people have died, the health ministry said.").SourceText);
        var asserted = One("At least 40 people have died in the floods.");
        Assert.Null(asserted.SourceText);
        Assert.Equal("asserted", asserted.Status);
    }

    [Fact]
    public void Unconfirmed_cue_reaches_back_within_the_paragraph()
    {
        var figures = ClaimsTestPipeline.Figures(
            "Twelve people were killed. Another 40 were wounded. The information could not initially be confirmed.\n\n" +
            "Separately, five soldiers were killed.");
        Assert.Equal(["unconfirmed", "unconfirmed", "asserted"], figures.Select(f => f.Status));
        Assert.Equal("unconfirmed",
            One("Rebels said 30 fighters were killed, a figure that could not be independently verified.").Status);
    }

    [Fact]
    public void A_count_inside_a_direct_quote_is_reported_by_its_speaker()
    {
        var f = Assert.Single(ClaimsTestPipeline.Figures("\"At least 12 of our men were killed,\" the commander said.", withQuotes: true));
        Assert.Equal((12d, "killed", "the commander", "reported"), (f.Value, f.Kind, f.SourceText, f.Status));
    }

    [Fact]
    public void A_that_clause_verb_without_that_is_no_source() =>
        Assert.Null(One("The group claimed responsibility for an attack that killed 12 people.").SourceText);

    [Fact]
    public void Denials_make_a_figure_disputed() =>
        Assert.Equal("disputed", One("The army denied reports that 40 civilians were killed.").Status);

    [Theory]
    [InlineData("A 56-year-old man was killed.")]
    [InlineData("The fund lost $5 million, and 40 percent of staff were arrested.")]
    [InlineData("In 2019 the army was deployed.")]
    [InlineData("The 3rd victim was killed at 10:30.")]
    [InlineData("The protest drew 500 people.")]
    [InlineData("Few details were released.")]
    public void Non_counts_are_not_figures(string text) => Assert.Empty(ClaimsTestPipeline.Figures(text));
}
