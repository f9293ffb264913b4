using System.Text.Json.Nodes;
using Dossier.Tests.Cli;
using Json.Schema;

namespace Dossier.Tests.Extraction.Claims;

/// <summary>The optional claim fields (via, status, status_cue) validate against dossier/1 when they are filled.</summary>
public sealed class ClaimsSchemaTests
{
    [Fact]
    public void Relayed_and_unconfirmed_claims_are_valid_dossier_1()
    {
        const string text = "Senator Maria Alvarez spoke on Monday. She urged calm \"so that the election can go ahead in peace,\" " +
                            "as her spokesman Tom Reyes wrote on Facebook. Police said 12 people were arrested. " +
                            "The information could not be independently verified.";
        var result = CliRunner.Run(text, "analyze", "-", "--format", "json", "--date", "2023-03-14");
        Assert.True(result.ExitCode == 0, result.Stderr);
        var json = JsonNode.Parse(result.Stdout)!;
        Assert.Contains(json["quotes"]!.AsArray(), q => q!["via"] is JsonObject);
        Assert.Contains(json["figures"]!.AsArray(), f => (string?)f!["status"] == "unconfirmed" && f["status_cue"] is JsonObject);
        // Its own registry: the global one already holds the schema's $id when SchemaTests loaded it first.
        var schema = JsonSchema.FromFile(Path.Combine(TestPaths.Repo, "docs", "schema", "dossier-1.schema.json"),
            new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        using var element = System.Text.Json.JsonDocument.Parse(result.Stdout);
        var evaluation = schema.Evaluate(element.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(evaluation.IsValid, string.Join("\n", (evaluation.Details ?? [])
            .Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}"))));
    }
}
