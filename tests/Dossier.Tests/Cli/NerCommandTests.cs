using System.Text.Json;

namespace Dossier.Tests.Cli;

public sealed class NerCommandTests
{
    [Fact]
    public void Eval_ner_json_reports_percentages_overall_and_per_type()
    {
        var result = CliRunner.Run(null, "eval", "ner", "--conll", TestPaths.Shared("conll2003", "dev.txt"), "--json");
        Assert.True(result.ExitCode == 0, result.Stderr);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.InRange(root.GetProperty("f1").GetDouble(), 91.0, 100.0);
        Assert.InRange(root.GetProperty("precision").GetDouble(), 0.0, 100.0);
        foreach (var type in new[] { "PER", "ORG", "LOC", "MISC" })
            Assert.InRange(root.GetProperty("per_type").GetProperty(type).GetProperty("f1").GetDouble(), 50.0, 100.0);
    }

    [Fact]
    public void Eval_ner_without_a_data_file_is_a_usage_error()
    {
        var result = CliRunner.Run(null, "eval", "ner");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--conll or --gum", result.Stderr, StringComparison.Ordinal);
    }
}
