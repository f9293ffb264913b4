using System.Text;
using System.Text.Json;
using Dossier.Tests.Text.Readers;

namespace Dossier.Tests.Cli;

public sealed class AnalyzeCommandTests
{
    private const string Article = "Troops withdraw from Kasa\n\nGovernment troops withdrew from the town of Kasa on Monday, the army said.\n";

    private static List<JsonElement> Documents(string jsonl) =>
        [.. jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("document"))];

    private static string Id(JsonElement document) => document.GetProperty("id").GetString()!;

    [Fact]
    public void An_empty_file_fails_with_exit_1_and_names_the_file()
    {
        using var folder = new TempFolder();
        var path = folder.File("empty.txt", "");
        var result = CliRunner.Run(null, "analyze", path, "--format", "jsonl");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"dossier: error: {path}: file is empty", result.Stderr, StringComparison.Ordinal);
        Assert.Equal("", result.Stdout);
    }

    [Fact]
    public void A_binary_file_fails_and_the_other_files_are_still_analysed()
    {
        using var folder = new TempFolder();
        var binary = folder.File("a-blob.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);
        folder.File("b-good.txt", Article);
        var result = CliRunner.Run(null, "analyze", folder.Path, "--format", "jsonl");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"dossier: error: {binary}: is a binary file (PNG image)", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(["b-good"], Documents(result.Stdout).Select(Id));
    }

    [Fact]
    public void A_50_MB_file_fails_quickly_naming_size_and_limit_and_the_rest_is_processed()
    {
        using var folder = new TempFolder();
        var line = Encoding.UTF8.GetBytes("Shelling continued overnight near the river crossing, residents said.\n");
        var huge = Path.Combine(folder.Path, "huge.txt");
        using (var stream = File.Create(huge))
        {
            for (long written = 0; written < 50_000_000; written += line.Length) stream.Write(line);
        }

        folder.File("small.txt", Article);
        var result = CliRunner.Run(null, "analyze", huge, Path.Combine(folder.Path, "small.txt"), "--format", "jsonl");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"dossier: error: {huge}: the file is 50 MB (50,000,", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("over the limit of 20 MB (20,000,000 bytes) per document (--max-bytes)", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(["small"], Documents(result.Stdout).Select(Id));
    }

    [Fact]
    public void Max_bytes_lowers_the_limit()
    {
        using var folder = new TempFolder();
        var path = folder.File("a.txt", Article);
        var result = CliRunner.Run(null, "analyze", path, "--max-bytes", "50", "--format", "jsonl");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("over the limit of 50 bytes", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Latin1_bytes_decode_to_the_right_characters()
    {
        using var folder = new TempFolder();
        var path = folder.File("latin1.txt", [.. "Caf"u8, 0xE9, .. " owner says "u8, 0x93, .. "no comment"u8, 0x94, .. "\n\nThe owner declined to comment.\n"u8]);
        var result = CliRunner.Run(null, "analyze", path, "--format", "jsonl");
        Assert.True(result.ExitCode == 0, result.Stderr);
        var document = Assert.Single(Documents(result.Stdout));
        Assert.StartsWith("Café owner says “no comment”", document.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal("Café owner says “no comment”", document.GetProperty("title").GetString());
        Assert.Contains("read as windows-1252", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_with_one_unreadable_file_exits_1_and_outputs_the_others()
    {
        using var folder = new TempFolder();
        folder.File("a.txt", Article);
        folder.File("c.txt", Article.Replace("Kasa", "Lobo", StringComparison.Ordinal));
        var dangling = Path.Combine(folder.Path, "b.txt");
        File.CreateSymbolicLink(dangling, Path.Combine(folder.Path, "deleted.txt"));
        var result = CliRunner.Run(null, "analyze", folder.Path, "--format", "jsonl");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"dossier: error: {dangling}: cannot read", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(["a", "c"], Documents(result.Stdout).Select(Id));
    }

    [Fact]
    public void A_bad_json_lines_record_is_named_by_file_and_line_and_the_others_are_output()
    {
        using var folder = new TempFolder();
        var path = folder.File("feed.jsonl", "{\"text\": \"First report.\"}\n{\"text\": oops}\n{\"text\": \"Third report.\", \"id\": \"t3\"}\n");
        var result = CliRunner.Run(null, "analyze", path, "--format", "jsonl");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"dossier: error: {path}:2: malformed JSON", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(["feed-1", "t3"], Documents(result.Stdout).Select(Id));
    }

    [Fact]
    public void Standard_input_is_read_with_a_dash_and_date_overrides_the_document_date()
    {
        var result = CliRunner.Run(Article, "analyze", "-", "--date", "2022-01-08", "--format", "json");
        Assert.True(result.ExitCode == 0, result.Stderr);
        var document = JsonDocument.Parse(result.Stdout).RootElement.GetProperty("document");
        Assert.Equal("stdin", Id(document));
        Assert.Equal("2022-01-08", document.GetProperty("date").GetString());
        Assert.Equal("Troops withdraw from Kasa", document.GetProperty("title").GetString());
    }

    [Fact]
    public void Date_overrides_a_sidecar_date()
    {
        using var folder = new TempFolder();
        var path = folder.File("a.txt", Article);
        folder.File("a.json", """{"date": "2020-01-01", "title": "From the sidecar"}""");
        var withSidecar = CliRunner.Run(null, "analyze", path, "--format", "json");
        var overridden = CliRunner.Run(null, "analyze", path, "--format", "json", "--date", "2021-06-30");
        var sidecarDoc = JsonDocument.Parse(withSidecar.Stdout).RootElement.GetProperty("document");
        Assert.Equal("2020-01-01", sidecarDoc.GetProperty("date").GetString());
        Assert.Equal("From the sidecar", sidecarDoc.GetProperty("title").GetString());
        Assert.Equal("2021-06-30", JsonDocument.Parse(overridden.Stdout).RootElement.GetProperty("document").GetProperty("date").GetString());
    }

    [Fact]
    public void Boilerplate_is_marked_in_the_output_and_shown_in_the_report()
    {
        using var folder = new TempFolder();
        var path = folder.File("a.txt", Article + "\nThe Associated Press contributed to this report.\n");
        var json = CliRunner.Run(null, "analyze", path, "--format", "json");
        var root = JsonDocument.Parse(json.Stdout).RootElement;
        var range = Assert.Single(root.GetProperty("boilerplate").EnumerateArray().ToList());
        var text = root.GetProperty("document").GetProperty("text").GetString()!;
        Assert.Equal("The Associated Press contributed to this report.", text[range.GetProperty("start").GetInt32()..range.GetProperty("end").GetInt32()]);
        var report = CliRunner.Run(null, "analyze", path);
        Assert.Contains("-- Boilerplate (1;", report.Stdout, StringComparison.Ordinal);
        Assert.Contains("Troops withdraw from Kasa", report.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_input_fails_with_exit_1()
    {
        var result = CliRunner.Run(null, "analyze", "no/such/file.txt");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("dossier: error: no/such/file.txt: no such file or directory", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("analyze", "samples", "--format", "xml")]
    [InlineData("analyze", "samples", "--no-such-option")]
    [InlineData("analyze", "samples", "--date", "08/01/2022")]
    [InlineData("analyze", "samples", "--max-bytes", "lots")]
    [InlineData("analyze")]
    public void Bad_usage_exits_2(params string[] args)
    {
        var result = CliRunner.Run(null, args);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("dossier --help", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_shows_examples_and_options()
    {
        var result = CliRunner.Run(null, "analyze", "--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Examples:", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("dossier analyze", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("--max-bytes", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("--input-format", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_prints_the_version()
    {
        var result = CliRunner.Run(null, "--version");
        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", result.Stdout.Trim());
    }
}
