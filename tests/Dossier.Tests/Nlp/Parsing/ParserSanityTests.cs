using Dossier.Nlp.Parsing;
using Dossier.Pipeline;
using Dossier.Text;

namespace Dossier.Tests.Nlp.Parsing;

public sealed class ParserSanityTests : IClassFixture<ParserFixture>
{
    private readonly Parser _parser;

    public ParserSanityTests(ParserFixture fixture) => _parser = fixture.Parser;

    [Fact]
    public void Parses_a_simple_news_sentence()
    {
        var doc = Tagged(("Police", "NNS", Upos.NOUN), ("arrested", "VBD", Upos.VERB), ("the", "DT", Upos.DET),
            ("former", "JJ", Upos.ADJ), ("prime", "JJ", Upos.ADJ), ("minister", "NN", Upos.NOUN), ("on", "IN", Upos.ADP),
            ("Tuesday", "NNP", Upos.PROPN), (".", ".", Upos.PUNCT));
        _parser.Process(doc, new Workspace());

        Assert.Equal(-1, doc.Head[1]);
        Assert.Equal("root", doc.Deprel[1]);
        AssertArc(doc, 0, 1, "nsubj");
        AssertArc(doc, 5, 1, "obj");
        AssertArc(doc, 7, 1, "obl");
        AssertArc(doc, 2, 5, "det");
        AssertArc(doc, 6, 7, "case");
        AssertArc(doc, 8, 1, "punct");
    }

    [Fact]
    public void Labels_a_passive_subject_and_agent()
    {
        var doc = Tagged(("Two", "CD", Upos.NUM), ("soldiers", "NNS", Upos.NOUN), ("were", "VBD", Upos.AUX),
            ("killed", "VBN", Upos.VERB), ("by", "IN", Upos.ADP), ("a", "DT", Upos.DET), ("roadside", "NN", Upos.NOUN),
            ("bomb", "NN", Upos.NOUN), (".", ".", Upos.PUNCT));
        _parser.Process(doc, new Workspace());

        Assert.Equal(-1, doc.Head[3]);
        AssertArc(doc, 1, 3, "nsubj:pass");
        AssertArc(doc, 2, 3, "aux:pass");
        AssertArc(doc, 7, 3, "obl");
        AssertArc(doc, 0, 1, "nummod");
    }

    private static void AssertArc(Doc doc, int dependent, int head, string label)
    {
        Assert.Equal(head, doc.Head[dependent]);
        Assert.Equal(label, doc.Deprel[dependent]);
    }

    private static Doc Tagged(params (string Form, string Xpos, Upos Upos)[] words)
    {
        var text = string.Join(' ', words.Select(w => w.Form));
        var start = new int[words.Length];
        var end = new int[words.Length];
        for (int i = 0, at = 0; i < words.Length; at += words[i].Form.Length + 1, i++)
        {
            start[i] = at;
            end[i] = at + words[i].Form.Length;
        }

        var doc = new Doc(text, new DocumentInfo("sanity"));
        doc.SetTokens(start, end, new TokenFlags[words.Length]);
        doc.SetSentences([0], [words.Length]);
        doc.SetTags([.. words.Select(w => w.Upos)], [.. words.Select(w => w.Xpos)]);
        return doc;
    }
}
