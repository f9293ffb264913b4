using Dossier.Nlp.Parsing;
using Dossier.Pipeline;
using Dossier.Text;

namespace Dossier.Tests.Nlp.Parsing;

public sealed class ParserTreeTests : IClassFixture<ParserFixture>
{
    private readonly Parser _parser;

    public ParserTreeTests(ParserFixture fixture) => _parser = fixture.Parser;

    [Theory]
    [InlineData(1, 1, 12)]
    [InlineData(2, 40, 30)]
    [InlineData(3, 3, 700)]
    [InlineData(4, 1, Parser.MaxSentenceWords * 2 + 1)]
    public void Random_token_sequences_get_one_well_formed_tree_per_sentence(int seed, int sentences, int maxLength)
    {
        var random = new Random(seed);
        var doc = RandomDoc(random, sentences, maxLength);
        _parser.Process(doc, new Workspace());

        Assert.True(doc.Has(Layer.Heads));
        for (int s = 0; s < doc.SentenceCount; s++) AssertTree(doc, doc.SentStart[s], doc.SentEnd[s]);
    }

    [Fact]
    public void Empty_sentences_and_documents_are_handled()
    {
        var doc = new Doc("", new DocumentInfo("empty"));
        doc.SetTokens([], [], []);
        doc.SetSentences([], []);
        doc.SetTags([], []);
        _parser.Process(doc, new Workspace());
        Assert.True(doc.Has(Layer.Heads));
    }

    private static void AssertTree(Doc doc, int start, int end)
    {
        int roots = 0;
        for (int t = start; t < end; t++)
        {
            int h = doc.Head[t];
            Assert.NotNull(doc.Deprel[t]);
            if (h < 0)
            {
                roots++;
                Assert.Equal("root", doc.Deprel[t]);
                continue;
            }

            Assert.InRange(h, start, end - 1);
            Assert.NotEqual("root", doc.Deprel[t]);
            int steps = 0;
            for (int a = h; a >= 0; a = doc.Head[a]) Assert.True(++steps <= end - start, $"cycle through token {t}");
        }

        Assert.Equal(1, roots);
    }

    private static Doc RandomDoc(Random random, int sentences, int maxLength)
    {
        string[] pieces = ["the", "of", ",", ".", "Ministry", "said", "3", "!!", "été", "\"", "(", "x", "run", "-", "AK-47"];
        string[] xpos = ["DT", "IN", ",", ".", "NNP", "VBD", "CD", "NFP", "FW", "``", "-LRB-", "XX", "VB", "HYPH", "GW"];
        var text = new System.Text.StringBuilder();
        var start = new List<int>();
        var end = new List<int>();
        var tags = new List<string>();
        var upos = new List<Upos>();
        var sentStart = new int[sentences];
        var sentEnd = new int[sentences];
        for (int s = 0; s < sentences; s++)
        {
            sentStart[s] = start.Count;
            int length = random.Next(1, maxLength + 1);
            for (int i = 0; i < length; i++)
            {
                int k = random.Next(pieces.Length);
                start.Add(text.Length);
                text.Append(pieces[k]);
                end.Add(text.Length);
                text.Append(' ');
                tags.Add(random.Next(4) == 0 ? xpos[random.Next(xpos.Length)] : xpos[k]);
                upos.Add((Upos)random.Next(17));
            }

            sentEnd[s] = start.Count;
        }

        var doc = new Doc(text.ToString(), new DocumentInfo("random"));
        doc.SetTokens([.. start], [.. end], new TokenFlags[start.Count]);
        doc.SetSentences(sentStart, sentEnd);
        doc.SetTags([.. upos], [.. tags]);
        return doc;
    }
}
