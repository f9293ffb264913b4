using System.Text.Json.Nodes;
using Dossier.Tests.Cli;
using Json.Schema;

namespace Dossier.Tests.Serialization;

public sealed class SchemaTests
{
    private static readonly JsonSchema s_schema =
        JsonSchema.FromFile(Path.Combine(TestPaths.Repo, "docs", "schema", "dossier-1.schema.json"));

    [Fact]
    public void Analyze_json_output_of_the_bundled_sample_is_valid_dossier_1()
    {
        var result = CliRunner.Run(null, "analyze", "samples/tbilisi-port-strike.txt", "--format", "json", "--tokens");
        Assert.True(result.ExitCode == 0, result.Stderr);
        var json = JsonNode.Parse(result.Stdout);
        using var element = System.Text.Json.JsonDocument.Parse(result.Stdout);
        var evaluation = s_schema.Evaluate(element.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(evaluation.IsValid, string.Join("\n", (evaluation.Details ?? [])
            .Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}"))));
        Assert.Equal("dossier/1", (string?)json!["schema"]);
        Assert.True(json["tokens"]!.AsArray().Count > 100);
    }

    [Fact]
    public void Analyze_output_is_identical_across_runs()
    {
        var first = CliRunner.Run(null, "analyze", "samples", "--format", "jsonl", "--tokens");
        var second = CliRunner.Run(null, "analyze", "samples", "--format", "jsonl", "--tokens");
        Assert.Equal(0, first.ExitCode);
        Assert.Equal(first.Stdout, second.Stdout);
    }
}
