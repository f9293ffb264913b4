using System.Numerics;
using Dossier.Corpus;

namespace Dossier.Tests.Corpus;

public sealed class SimHashTests
{
    private static string Article(int index)
    {
        var dir = TestPaths.Shared("news", "allsides-world-politics", "middle_east");
        return File.ReadAllText(Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal)
            .Where(f => new FileInfo(f).Length > 3_000).ElementAt(index));
    }

    private static int Distance(string a, string b) => BitOperations.PopCount(SimHash.Compute(a)!.Value ^ SimHash.Compute(b)!.Value);

    [Fact]
    public void Copies_with_a_new_byline_and_footer_stay_close_and_other_articles_far()
    {
        for (int i = 0; i < 5; i++)
        {
            var text = Article(i);
            var copy = "By Our Correspondent (Wire)\n\n" + text.Replace("\n\n", "\n", StringComparison.Ordinal).ToUpperInvariant()
                       + "\nDistributed by Example Wire. All rights reserved.";
            Assert.Equal(0, Distance(text, text));
            Assert.InRange(Distance(text, copy), 0, Dossier.Store.StoryLinker.MaxDistance);
            Assert.True(Distance(text, Article(i + 5)) > 10, $"articles {i} and {i + 5} look alike");
        }
    }

    [Fact]
    public void Short_texts_get_no_hash()
    {
        Assert.Null(SimHash.Compute("Only a handful of words here."));
        Assert.NotNull(SimHash.Compute(string.Join(' ', Enumerable.Range(0, SimHash.MinWords).Select(i => "w" + i))));
    }
}
