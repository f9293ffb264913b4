using System.Text;
using Dossier.Text.Readers;
using Dossier.Text.Readers.Boilerplate;

namespace Dossier.Tests.Text.Readers;

/// <summary>Shortcuts for reader tests.</summary>
internal static class Reading
{
    private static readonly Lazy<BoilerplateRules> s_rules = new(() =>
        BoilerplateRules.Load(Path.Combine(TestPaths.Repo, "lexicon", BoilerplateRules.LexiconFile)));

    public static BoilerplateRules ShippedRules => s_rules.Value;

    public static ReaderOptions Options { get; } = new() { Boilerplate = ShippedRules };

    public static List<ReadResult> All(byte[] bytes, string name, ReaderOptions? options = null) =>
        [.. DocumentReader.Read(bytes, name, options ?? Options)];

    public static List<ReadResult> All(string text, string name, ReaderOptions? options = null) =>
        All(Encoding.UTF8.GetBytes(text), name, options);

    public static SourceDocument One(byte[] bytes, string name, ReaderOptions? options = null)
    {
        var results = All(bytes, name, options);
        Assert.Single(results);
        Assert.True(results[0].Succeeded, results[0].Failure?.ToString());
        return results[0].Document!;
    }

    public static SourceDocument One(string text, string name, ReaderOptions? options = null) =>
        One(Encoding.UTF8.GetBytes(text), name, options);

    public static ReadFailure Failure(byte[] bytes, string name, ReaderOptions? options = null)
    {
        var results = All(bytes, name, options);
        Assert.Single(results);
        Assert.False(results[0].Succeeded, "expected a failure");
        return results[0].Failure!;
    }
}
