using Dossier.Text;
using Dossier.Text.Readers;

namespace Dossier.Tests.Text;

/// <summary>
/// Every layer the standard pipeline writes keeps the document's structural invariants (DocInvariants):
/// on real articles and on texts built to stress the stages.
/// </summary>
public sealed class DocInvariantsPipelineTests
{
    public static TheoryData<string> Folders => new()
    {
        "allsides-world-politics",
        "bbc",
    };

    [Theory]
    [MemberData(nameof(Folders))]
    public void News_articles_keep_every_invariant(string folder)
    {
        var path = TestPaths.Shared("news", folder);
        Assert.True(Directory.Exists(path), $"{path} is missing: ../shared/data must sit beside the repository");
        CheckFolder(path);
    }

    [Fact]
    public void The_bundled_samples_keep_every_invariant() => CheckFolder(TestPaths.Samples);

    private static void CheckFolder(string path)
    {
        var files = Directory.EnumerateFiles(path, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Take(40).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            foreach (var result in DocumentReader.ReadFile(file))
            {
                if (result.Succeeded) DocInvariants.Check(StandardPipelineFor.Repo.Process(result.Document.ToDoc()));
            }
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("...!!!???")]
    [InlineData("“Unclosed quote, said nobody")]
    [InlineData("He said. She said. They said.")]
    [InlineData("POLICE ARRESTED 40 PROTESTERS IN THE CAPITAL ON FRIDAY, STATE TV SAID")]
    [InlineData("a\u0000b\uFFFDc \U0001F600 d")]
    public void Odd_texts_keep_every_invariant(string text) =>
        DocInvariants.Check(StandardPipelineFor.Repo.Process(new Doc(text, new DocumentInfo("odd"))));

    [Fact]
    public void A_sentence_longer_than_the_parser_limit_stays_one_tree()
    {
        var words = string.Join(' ', Enumerable.Range(0, 700).Select(i => i % 7 == 0 ? "police" : i % 5 == 0 ? "and" : "protesters"));
        DocInvariants.Check(StandardPipelineFor.Repo.Process(new Doc(words, new DocumentInfo("long"))));
    }
}
