namespace Dossier.Tests.Cli;

public sealed class EventsCsvTests
{
    [Fact]
    public void Analyze_events_csv_writes_a_header_and_one_row_per_event()
    {
        var stdin = "Russian police arrested Alexei Navalny in Moscow, officials said.\n";
        var result = CliRunner.Run(stdin, "analyze", "-", "--format", "events-csv", "--date", "2021-01-17");
        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("event_id,date,date_basis,source_name,source_code,target_name,target_code,cameo,plover_type,plover_mode,quad_class,", lines[0], StringComparison.Ordinal);
        var row = Assert.Single(lines, l => l.Contains(",173,COERCE,arrest,4,", StringComparison.Ordinal));
        Assert.Contains("Navalny", row, StringComparison.Ordinal);
        // No time expression: the report's date, marked as such; the place is stated, with the gazetteer's country.
        Assert.StartsWith("v1,2021-01-17,document,", row, StringComparison.Ordinal);
        Assert.Contains(",Moscow,RUS,", row, StringComparison.Ordinal);
        Assert.Contains(",text,", row, StringComparison.Ordinal);
        Assert.EndsWith(",Russian police arrested Alexei Navalny in Moscow", row, StringComparison.Ordinal); // evidence is the clause
    }
}
