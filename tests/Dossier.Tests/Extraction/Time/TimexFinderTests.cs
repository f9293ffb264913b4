namespace Dossier.Tests.Extraction.Time;

public sealed class TimexFinderTests
{
    // 2022-01-08 is a Saturday.
    private const string DocDate = "2022-01-08";

    private static (string Text, string? Value, string Type, string? Mod) One(string text, string? date = DocDate)
    {
        var t = Assert.Single(ClaimsTestPipeline.Timexes(text, date));
        return (t.Text, t.Value, t.Type, t.Mod);
    }

    [Theory]
    [InlineData("Protesters gathered on Saturday.", "2022-01-08")]
    [InlineData("Protesters gathered on Thursday.", "2022-01-06")]
    [InlineData("Protesters gathered on Sunday.", "2022-01-02")]
    [InlineData("The talks will resume on Monday.", "2022-01-10")]
    [InlineData("They meet again next Saturday.", "2022-01-15")]
    [InlineData("They met last Saturday.", "2022-01-01")]
    public void Weekdays_resolve_against_the_document_date_and_tense(string text, string value) =>
        Assert.Equal(value, One(text).Value);

    [Theory]
    [InlineData("The strike began on January 14.", "January 14", "2022-01-14")]
    [InlineData("The strike began on 14 January 2021.", "14 January 2021", "2021-01-14")]
    [InlineData("The strike began on Jan. 14, 2020.", "Jan. 14, 2020", "2020-01-14")]
    [InlineData("The port closed in December.", "December", "2021-12")]
    [InlineData("The party was founded in 2019.", "2019", "2019")]
    [InlineData("It was the worst unrest since the 1990s.", "1990s", "199")]
    [InlineData("The port closed in mid-April.", "mid-April", "2022-04")]
    public void Calendar_dates_are_normalised(string text, string span, string value)
    {
        var t = One(text);
        Assert.Equal(span, t.Text);
        Assert.Equal(value, t.Value);
    }

    [Theory]
    [InlineData("The ministry spoke today.", "2022-01-08")]
    [InlineData("The ministry spoke yesterday.", "2022-01-07")]
    [InlineData("The ministry spoke last week.", "2021-W52")]
    [InlineData("The ministry spoke last month.", "2021-12")]
    [InlineData("The ministry spoke last year.", "2021")]
    public void Relative_words_shift_the_document_date(string text, string value) => Assert.Equal(value, One(text).Value);

    [Fact]
    public void Ago_expressions_give_a_date_with_a_modifier()
    {
        Assert.Equal(("three days ago", "2022-01-05", "DATE", (string?)null), One("It began three days ago."));
        Assert.Equal(("more than six years ago", "2016", "DATE", "BEFORE"), One("It began more than six years ago."));
        Assert.Equal(("less than a week ago", "2022-01-01", "DATE", "AFTER"), One("It began less than a week ago."));
        Assert.Equal("PAST_REF", One("It began a few days ago.").Value);
    }

    [Theory]
    [InlineData("The siege lasted for days.", "days", "PXD")]
    [InlineData("The siege lasted three weeks.", "three weeks", "P3W")]
    [InlineData("The siege lasted 10 days.", "10 days", "P10D")]
    [InlineData("A four-hour cease-fire was agreed.", "four-hour", "PT4H")]
    [InlineData("Fighting over the past day was heavy.", "past day", "P1D")]
    public void Durations_are_iso_periods(string text, string span, string value)
    {
        var t = One(text);
        Assert.Equal("DURATION", t.Type);
        Assert.Equal(span, t.Text);
        Assert.Equal(value, t.Value);
    }

    [Fact]
    public void Ranges_and_since_keep_both_ends()
    {
        var range = ClaimsTestPipeline.Timexes("He ruled from 1989 to 2019.", DocDate);
        Assert.Equal(["1989", "2019"], range.Select(t => t.Value));
        Assert.Equal(["date.year.range-start", "date.year.range-end"], range.Select(t => t.Rule));
        var since = One("Prices have doubled since 2019.");
        Assert.Equal("2019", since.Value);
    }

    [Fact]
    public void Without_a_document_date_relative_values_stay_unresolved()
    {
        Assert.Null(One("The ministry spoke yesterday.", null).Value);
        Assert.Null(One("Protesters gathered on Saturday.", null).Value);
        Assert.Equal("XXXX-01-14", One("The strike began on January 14.", null).Value);
        Assert.Equal("2019", One("The party was founded in 2019.", null).Value);
    }

    [Theory]
    [InlineData("A 56-year-old man was arrested.")]
    [InlineData("Police arrested 2000 protesters.")]
    [InlineData("The article appeared in USA TODAY.")]
    [InlineData("They may return.")]
    [InlineData("It was a day of mourning.")]
    public void Non_time_expressions_are_ignored(string text) => Assert.Empty(ClaimsTestPipeline.Timexes(text, DocDate));
}
