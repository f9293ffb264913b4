namespace Dossier.Tests.Extraction.Claims;

/// <summary>"Could not be verified" reaches back over the report it qualifies, figures and quotes alike, and no further.</summary>
public sealed class CertaintyScopeTests
{
    [Fact]
    public void Reaches_back_to_the_paragraph_start_with_the_cue()
    {
        var figures = ClaimsTestPipeline.Figures(
            "The army said 12 soldiers were killed. Rebels said 40 fighters were arrested. The figures could not be independently verified.");
        Assert.Equal(2, figures.Count);
        Assert.All(figures, f => Assert.Equal("unconfirmed", f.Status));
        Assert.All(figures, f => Assert.Equal("not be independently verified", f.StatusCue?.Text));
    }

    [Fact]
    public void Does_not_reach_into_an_earlier_paragraph_when_its_own_has_claims()
    {
        var figures = ClaimsTestPipeline.Figures(
            "The army said 12 soldiers were killed.\n\nRebels said 40 fighters were arrested. The claim could not be verified.");
        Assert.Equal(("reported", "unconfirmed"), (figures[0].Status, figures[1].Status));
        Assert.Null(figures[0].StatusCue);
    }

    [Fact]
    public void A_caveat_in_its_own_paragraph_reaches_back_over_one_source()
    {
        var figures = ClaimsTestPipeline.Figures(
            "Police said 30 people were arrested.\n\nThe army said 12 soldiers were killed. " +
            "Another 20 were wounded, it said.\n\nThe information could not be confirmed.");
        Assert.Equal(3, figures.Count);
        Assert.Equal("reported", figures[0].Status); // a different source: the reach stops
        Assert.Equal("unconfirmed", figures[1].Status);
        Assert.Equal("unconfirmed", figures[2].Status);
    }

    [Fact]
    public void Quotes_in_scope_are_unconfirmed_too()
    {
        var quotes = ClaimsTestPipeline.Quotes(
            "Officials said that the dam had burst overnight. The account could not be independently confirmed.");
        var q = Assert.Single(quotes);
        Assert.Equal("unconfirmed", q.Status);
        Assert.Contains("confirmed", q.StatusCue!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cue_inside_the_quote_is_what_the_speaker_says()
    {
        var quotes = ClaimsTestPipeline.Quotes("\"These reports could not be confirmed by anyone we spoke to,\" the mayor said.");
        Assert.Equal("reported", Assert.Single(quotes).Status);
    }

    [Fact]
    public void A_cue_the_speaker_says_does_not_reach_back()
    {
        var figures = ClaimsTestPipeline.Figures(
            "Police said 40 people were arrested in the raids.\n\n\"I cannot confirm that we found everyone,\" the police chief said.", withQuotes: true);
        Assert.Equal("reported", Assert.Single(figures).Status);
    }
}
