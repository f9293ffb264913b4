using Dossier.Nlp.Corpora;
using Dossier.Nlp.Learning;
using Dossier.Nlp.Lemmatization;
using Dossier.Text;

namespace Dossier.Tests.Nlp.Lemmatization;

public sealed class LemmatizerTests
{
    private static readonly Lazy<LemmatizerModel> s_model =
        new(() => LemmatizerModel.Load(Path.Combine(TestPaths.Repo, "models", Lemmatizer.ModelFileName)));

    [Theory]
    [InlineData("arrested", Upos.VERB, "VBD", "arrest")]
    [InlineData("was", Upos.AUX, "VBD", "be")]
    [InlineData("were", Upos.AUX, "VBD", "be")]
    [InlineData("countries", Upos.NOUN, "NNS", "country")]
    [InlineData("Nazarbayev's", Upos.PROPN, "NNP", "Nazarbayev's")]
    [InlineData("Tokayev", Upos.PROPN, "NNP", "Tokayev")]
    [InlineData("The", Upos.DET, "DT", "the")]
    [InlineData("n't", Upos.PART, "RB", "not")]
    [InlineData("better", Upos.ADJ, "JJR", "good")]
    [InlineData("children", Upos.NOUN, "NNS", "child")]
    [InlineData("Protesters", Upos.NOUN, "NNS", "protester")]
    [InlineData("1,200", Upos.NUM, "CD", "1200")]
    public void Lemmatizes_with_the_committed_model(string form, Upos upos, string xpos, string lemma) =>
        Assert.Equal(lemma, s_model.Value.Lemmatize(form, upos, xpos, new LemmatizerScratch()));

    [Theory]
    [InlineData("blockaded", "VBD", "blockade")]
    [InlineData("shelling", "VBG", "shell")]
    [InlineData("militias", "NNS", "militia")]
    [InlineData("autocracies", "NNS", "autocracy")]
    public void Unseen_words_follow_the_learned_suffix_rules(string form, string xpos, string lemma)
    {
        var model = s_model.Value;
        Assert.Equal(lemma, model.Lemmatize(form, Upos.X, xpos, new LemmatizerScratch()));
    }

    [Fact]
    public void Learns_suffix_rules_from_word_types()
    {
        var train = Sentence(
            ("walked", "VBD", "walk"), ("talked", "VBD", "talk"), ("parked", "VBD", "park"),
            ("cities", "NNS", "city"), ("ladies", "NNS", "lady"), ("was", "VBD", "be"), ("was", "VBD", "be"));
        var model = new LemmatizerTrainer(new LemmatizerTrainingOptions()).Train([train], new ModelMetadata());
        var scratch = new LemmatizerScratch();
        Assert.Equal("balk", model.Lemmatize("balked", Upos.VERB, "VBD", scratch));
        Assert.Equal("party", model.Lemmatize("parties", Upos.NOUN, "NNS", scratch));
        Assert.Equal("be", model.Lemmatize("was", Upos.AUX, "VBD", scratch));
        Assert.Equal("Walked", model.Lemmatize("Walked", Upos.PROPN, "NNP", scratch));
    }

    [Fact]
    public void Lemma_edits_round_trip()
    {
        var edit = LemmaEdit.Between("countries", "country");
        Assert.Equal(new LemmaEdit(3, "y"), edit);
        Span<char> buffer = stackalloc char[32];
        Assert.True(edit.TryApply("armies", buffer, out int length));
        Assert.Equal("army", buffer[..length].ToString());
        Assert.False(new LemmaEdit(5, "").TryApply("a", buffer, out _));
    }

    private static ConlluSentence Sentence(params (string Form, string Xpos, string Lemma)[] words)
    {
        var s = new ConlluSentence();
        for (int i = 0; i < words.Length; i++)
            s.Words.Add(new ConlluWord(i + 1, words[i].Form, words[i].Lemma, "_", words[i].Xpos, "_", 0, "_", "_", "_"));
        return s;
    }
}
