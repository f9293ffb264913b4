namespace Dossier.Tests.Extraction.Claims;

/// <summary>A figure with no source of its own inherits the source of the figure sentence it continues.</summary>
public sealed class SourceCarryOverTests
{
    [Fact]
    public void It_said_takes_the_source_of_the_sentence_before()
    {
        var figures = ClaimsTestPipeline.Figures("State television reported 18 dead. Almost 750 people were injured, it said.");
        Assert.Equal(2, figures.Count);
        Assert.Equal("State television", figures[1].SourceText);
        Assert.EndsWith(".carried-source", figures[1].Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void A_following_figure_sentence_continues_the_report()
    {
        var figures = ClaimsTestPipeline.Figures("Nine people were killed, according to the health ministry. Another 75 were injured.");
        Assert.Equal(2, figures.Count);
        Assert.Equal(("the health ministry", "reported"), (figures[1].SourceText, figures[1].Status));
    }

    [Fact]
    public void A_new_paragraph_does_not_inherit()
    {
        var figures = ClaimsTestPipeline.Figures("Nine people were killed, according to the health ministry.\n\nAnother 75 were injured.");
        Assert.Null(figures[1].SourceText);
        Assert.Equal("asserted", figures[1].Status);
    }

    [Fact]
    public void A_sentence_with_its_own_source_keeps_it()
    {
        var figures = ClaimsTestPipeline.Figures("Nine people were killed, according to the health ministry. Police said 75 were injured.");
        Assert.Equal("Police", figures[1].SourceText);
    }

    [Fact]
    public void Background_from_an_earlier_year_is_the_author_speaking()
    {
        var figures = ClaimsTestPipeline.Figures("Nine soldiers were killed, the army said. In 2019, 40 soldiers were killed in a similar attack.");
        Assert.Equal(2, figures.Count);
        Assert.Null(figures[1].SourceText);
    }

    [Fact]
    public void A_gap_sentence_breaks_the_chain()
    {
        var figures = ClaimsTestPipeline.Figures(
            "Nine people were killed, according to the health ministry. The city has been tense for weeks. Another 75 were injured.");
        Assert.Null(figures[1].SourceText);
    }
}

/// <summary>A bare count takes the group its sentence opens with.</summary>
public sealed class FramedGroupTests
{
    [Theory]
    [InlineData("Among the protesters, 12 were killed and 40 injured, police said.", "protesters")]
    [InlineData("On the part of the police, there were 3 dead.", "police")]
    public void A_sentence_opening_group_names_bare_counts(string text, string group) =>
        Assert.Equal(group, ClaimsTestPipeline.Figures(text)[0].Subject);

    [Fact]
    public void A_count_with_its_own_group_keeps_it() =>
        Assert.Equal("soldiers", ClaimsTestPipeline.Figures("Among the casualties, 12 soldiers were killed.")[0].Subject);

    [Fact]
    public void A_group_framed_continuation_carries_the_source_and_the_caveat_reaches_all()
    {
        var figures = ClaimsTestPipeline.Figures(
            "According to the interior ministry, 12 rebels were killed and more than 40 others injured in the fighting. " +
            "On the part of the police, there were 3 dead and 9 injured. The figures could not be independently verified.");
        Assert.Equal(4, figures.Count);
        Assert.All(figures, f => Assert.Equal(("the interior ministry", "unconfirmed"), (f.SourceText, f.Status)));
        Assert.Equal(["police", "police"], figures.Skip(2).Select(f => f.Subject));
        Assert.All(figures.Skip(2), f => Assert.EndsWith(".carried-source", f.Rule, StringComparison.Ordinal));
    }
}
