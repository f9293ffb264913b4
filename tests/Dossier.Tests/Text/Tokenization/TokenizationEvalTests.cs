using Dossier.Text.Tokenization;

namespace Dossier.Tests.Text.Tokenization;

/// <summary>Accuracy floors on the UD dev splits: a token or sentence is correct when both boundaries match.</summary>
public sealed class TokenizationEvalTests
{
    private static TokenizationScores Evaluate(string treebank, string file) =>
        TokenizationEval.Evaluate(TestPaths.Shared(treebank, file), Segment.Tokenizer, new SentenceSplitter(Segment.Tokenizer.Lexicon));

    [Fact]
    public void Token_F1_is_at_least_99_and_sentence_F1_at_least_85_on_EWT_dev()
    {
        var scores = Evaluate("ud-ewt", "en_ewt-ud-dev.conllu");
        Assert.Equal(25147, scores.Tokens.Gold);
        Assert.Equal(2001, scores.Sentences.Gold);
        Assert.True(scores.Tokens.F1 >= 99.0, $"EWT dev token F1 {scores.Tokens.F1:F2} < 99.0");
        Assert.True(scores.Sentences.F1 >= 85.0, $"EWT dev sentence F1 {scores.Sentences.F1:F2} < 85.0");
    }

    [Fact]
    public void Token_F1_is_at_least_99_and_sentence_F1_at_least_90_on_GUM_dev()
    {
        var scores = Evaluate("ud-gum", "en_gum-ud-dev.conllu");
        Assert.Equal(28119, scores.Tokens.Gold);
        Assert.Equal(1575, scores.Sentences.Gold);
        Assert.True(scores.Tokens.F1 >= 99.0, $"GUM dev token F1 {scores.Tokens.F1:F2} < 99.0");
        Assert.True(scores.Sentences.F1 >= 90.0, $"GUM dev sentence F1 {scores.Sentences.F1:F2} < 90.0");
    }

    [Fact]
    public void Gold_text_is_rebuilt_from_SpaceAfter_paragraphs_and_multiword_tokens()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dossier-gold-{Environment.ProcessId}.conllu");
        File.WriteAllText(path,
            "# newdoc id = d1\n# newpar\n# text = I don't.\n" +
            "1\tI\tI\tPRON\t_\t_\t2\tnsubj\t_\t_\n2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n" +
            "2\tdo\tdo\tAUX\t_\t_\t0\troot\t_\t_\n3\tn't\tnot\tPART\t_\t_\t2\tadvmod\t_\t_\n4\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n\n" +
            "# text = Its fine\n1-2\tIts\t_\t_\t_\t_\t_\t_\t_\t_\n1\tIt\tit\tPRON\t_\t_\t3\tnsubj\t_\t_\n2\tis\tbe\tAUX\t_\t_\t3\tcop\t_\t_\n" +
            "3\tfine\tfine\tADJ\t_\t_\t0\troot\t_\t_\n\n" +
            "# newpar\n# text = Ok\n1\tOk\tok\tINTJ\t_\t_\t0\troot\t_\t_\n\n");
        try
        {
            var doc = Assert.Single(GoldSegmentation.Read(path));
            Assert.Equal("I don't. Its fine\n\nOk", doc.Text);
            var tokens = doc.Tokens.Select(r => doc.Text[r.Start..r.End]).ToArray();
            Assert.Equal(["I", "do", "n't", ".", "Its", "fine", "Ok"], tokens);
            Assert.Equal(3, doc.Sentences.Length);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
