using Dossier.Text.Readers;

namespace Dossier.Tests.Text.Readers;

public sealed class DateTextTests
{
    [Theory]
    [InlineData("2022-01-08", false, 2022, 1, 8)]
    [InlineData(" 2022-01-08 ", false, 2022, 1, 8)]
    [InlineData("2022-01-08T23:30:00-05:00", false, 2022, 1, 8)]
    [InlineData("2022-01-08T10:00:00.123Z", false, 2022, 1, 8)]
    [InlineData("2022-01-08 10:00", false, 2022, 1, 8)]
    [InlineData("Sat, 08 Jan 2022 10:00:00 GMT", true, 2022, 1, 8)]
    [InlineData("January 8, 2022", true, 2022, 1, 8)]
    public void Dates_keep_the_calendar_date_as_written(string value, bool lenient, int year, int month, int day)
    {
        Assert.True(DateText.TryParse(value, lenient, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("2022-13-01", false)]
    [InlineData("2022-01-08 and later", false)]
    [InlineData("January 8, 2022", false)]
    [InlineData("yesterday", true)]
    [InlineData("", true)]
    public void Other_values_are_not_dates(string value, bool lenient)
    {
        Assert.False(DateText.TryParse(value, lenient, out _));
    }
}
