using Dossier.Lexicons;

namespace Dossier.Tests.Extraction.Claims;

public sealed class LexiconTests
{
    [Fact]
    public void Tsv_errors_name_the_file_and_line()
    {
        var path = Path.Combine(Path.GetTempPath(), "dossier-lexicon-test.tsv");
        File.WriteAllText(path, "# dossier-tsv/1\ngood\tvalue\nbad line without tab\n\nalso\tbad\textra\n");
        try
        {
            var ex = Assert.Throws<InvalidDataException>(() => TsvLexicon.Read(path, 2));
            Assert.Contains(path + ":3:", ex.Message, StringComparison.Ordinal);
            Assert.Contains(path + ":5:", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_missing_format_line_is_an_error()
    {
        var path = Path.Combine(Path.GetTempPath(), "dossier-lexicon-test2.tsv");
        File.WriteAllText(path, "good\tvalue\n");
        try
        {
            Assert.Throws<InvalidDataException>(() => TsvLexicon.Read(path, 2));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Shipped_lexicons_load() =>
        Assert.NotNull(Dossier.Extraction.Claims.FigureFinder.Load(Path.Combine(TestPaths.Repo, "lexicon")));
}
