using System.Text.Json;

namespace Dossier.Tests.Cli;

public sealed class EvalTokenizeAndBenchCommandTests
{
    [Fact]
    public void Eval_tokenize_json_prints_one_object_with_token_and_sentence_scores()
    {
        var result = CliRunner.Run(null, "eval", "tokenize", "--conllu", TestPaths.Shared("ud-gum", "en_gum-ud-dev.conllu"), "--json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal(30, root.GetProperty("documents").GetInt32());
        Assert.Equal(28119, root.GetProperty("tokens").GetProperty("gold").GetInt32());
        Assert.True(root.GetProperty("tokens").GetProperty("f1").GetDouble() >= 99.0);
        Assert.True(root.GetProperty("sentences").GetProperty("f1").GetDouble() >= 90.0);
    }

    [Fact]
    public void Eval_tokenize_reports_a_missing_file()
    {
        var result = CliRunner.Run(null, "eval", "tokenize", "--conllu", "no/such/file.conllu");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no such file", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Bench_json_reports_throughput_for_a_folder()
    {
        var dir = Path.Combine(Path.GetTempPath(), $"dossier-bench-{Environment.ProcessId}");
        Directory.CreateDirectory(Path.Combine(dir, "sub"));
        try
        {
            File.WriteAllText(Path.Combine(dir, "a.txt"), "Protesters gathered in Almaty on Tuesday. Police said 20 were held.\n");
            File.WriteAllText(Path.Combine(dir, "sub", "b.txt"), "Mr. Tokayev's office didn't comment.\n\nTalks resume today.\n");
            var result = CliRunner.Run(null, "bench", "--input", dir, "--json");
            Assert.Equal(0, result.ExitCode);
            using var json = JsonDocument.Parse(result.Stdout);
            var root = json.RootElement;
            Assert.Equal(2, root.GetProperty("articles").GetInt32());
            Assert.Equal(25, root.GetProperty("tokens").GetInt64());
            Assert.Equal(4, root.GetProperty("sentences").GetInt64());
            Assert.True(root.GetProperty("tokenizerCharactersPerSecond").GetDouble() > 0);
            Assert.True(root.GetProperty("peakWorkingSetBytes").GetInt64() > 0);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
