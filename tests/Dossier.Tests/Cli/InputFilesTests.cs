using Dossier.Cli.Commands;
using Dossier.Tests.Text.Readers;

namespace Dossier.Tests.Cli;

public sealed class InputFilesTests
{
    [Fact]
    public void Folders_expand_recursively_in_ordinal_order_without_sidecars_or_hidden_files()
    {
        using var folder = new TempFolder();
        folder.File("b.txt", "x");
        folder.File("b.json", "{}");
        folder.File("a/z.html", "x");
        folder.File("a/z.json", "{}");
        folder.File("records.json", "[]");
        folder.File(".hidden.txt", "x");
        folder.File(".git/config", "x");
        var errors = new List<string>();
        var files = InputFiles.Expand([folder.Path], (s, r) => errors.Add($"{s}: {r}"));
        Assert.Empty(errors);
        Assert.Equal(["a/z.html", "b.txt", "records.json"], files.Select(f => Path.GetRelativePath(folder.Path, f).Replace('\\', '/')));
    }

    [Fact]
    public void Missing_inputs_are_reported_and_the_rest_kept_in_order()
    {
        using var folder = new TempFolder();
        var a = folder.File("a.txt", "x");
        var errors = new List<string>();
        var files = InputFiles.Expand(["-", "nope.txt", a], (s, r) => errors.Add($"{s}: {r}"));
        Assert.Equal(["-", a], files);
        Assert.Equal(["nope.txt: no such file or directory"], errors);
    }

    [Theory]
    [InlineData("20MB", 20_000_000)]
    [InlineData("500k", 500_000)]
    [InlineData("1.5M", 1_500_000)]
    [InlineData("123", 123)]
    [InlineData("2G", 2_000_000_000)]
    public void Sizes_parse_with_decimal_units(string text, long expected)
    {
        Assert.True(ByteSize.TryParse(text, out var bytes));
        Assert.Equal(expected, bytes);
    }

    [Theory]
    [InlineData("")]
    [InlineData("lots")]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("5 TB")]
    public void Bad_sizes_are_rejected(string text)
    {
        Assert.False(ByteSize.TryParse(text, out _));
    }
}
