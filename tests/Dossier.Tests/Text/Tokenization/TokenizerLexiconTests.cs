using Dossier.Text.Tokenization;

namespace Dossier.Tests.Text.Tokenization;

public sealed class TokenizerLexiconTests
{
    [Fact]
    public void Every_error_in_a_lexicon_file_is_reported_with_file_line_and_code()
    {
        var dir = Path.Combine(Path.GetTempPath(), $"dossier-lexicon-{Environment.ProcessId}");
        Directory.CreateDirectory(dir);
        try
        {
            foreach (var file in Directory.GetFiles(Path.Combine(TestPaths.Repo, "lexicon", "tokenizer")))
                File.Copy(file, Path.Combine(dir, Path.GetFileName(file)), overwrite: true);
            File.WriteAllText(Path.Combine(dir, "abbreviations.tsv"), "# format-version\t1\nMr.\ttitle\nDr\ttitle\nMrs.\tsometimes\n");
            var ex = Assert.Throws<InvalidDataException>(() => TokenizerLexicon.Load(dir));
            Assert.Contains("abbreviations.tsv:3: DLX011", ex.Message, StringComparison.Ordinal);
            Assert.Contains("abbreviations.tsv:4: DLX010", ex.Message, StringComparison.Ordinal);

            File.WriteAllText(Path.Combine(dir, "abbreviations.tsv"), "Mr.\ttitle\n");
            ex = Assert.Throws<InvalidDataException>(() => TokenizerLexicon.Load(dir));
            Assert.Contains("abbreviations.tsv:1: DLX002", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void The_parameterless_components_find_the_shipped_lexicon()
    {
        var doc = new Dossier.Text.Doc("Mr. Smith didn't go. He stayed.", new Dossier.Text.DocumentInfo("d"));
        var workspace = new Dossier.Pipeline.Workspace();
        new Tokenizer().Process(doc, workspace);
        new SentenceSplitter().Process(doc, workspace);
        Assert.Equal(9, doc.Count);
        Assert.Equal(2, doc.SentenceCount);
    }

    [Fact]
    public void The_shipped_lexicon_loads()
    {
        var lexicon = TokenizerLexicon.Load(Path.Combine(TestPaths.Repo, "lexicon", "tokenizer"));
        Assert.Equal(AbbreviationKind.Title, lexicon.Abbreviation("Mr."));
        Assert.NotNull(lexicon.ContractionSplits("Cannot"));
        Assert.True(lexicon.KeepsHyphen("non"));
    }
}
