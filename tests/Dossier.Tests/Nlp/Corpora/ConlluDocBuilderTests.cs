using Dossier.Nlp.Corpora;

namespace Dossier.Tests.Nlp.Corpora;

public sealed class ConlluDocBuilderTests
{
    private const string Sample = """
        # newdoc id = d1
        # newpar id = p1
        # text = Police didn't arrest him.
        1	Police	police	NOUN	NNS	_	4	nsubj	_	_
        2-3	didn't	_	_	_	_	_	_	_	_
        2	did	do	AUX	VBD	_	4	aux	_	_
        3	n't	not	PART	RB	_	4	advmod	_	_
        4	arrest	arrest	VERB	VB	_	0	root	_	_
        5	him	he	PRON	PRP	_	4	obj	_	SpaceAfter=No
        6	.	.	PUNCT	.	_	4	punct	_	_

        """;

    [Fact]
    public void Rebuilds_the_text_and_the_gold_tree_from_words()
    {
        var sentences = ConlluReader.Read(new StringReader(Sample)).ToList();
        var doc = ConlluDocBuilder.Build(sentences, "d1");

        Assert.Equal("Police didn't arrest him.", doc.Text);
        Assert.Equal(["Police", "did", "n't", "arrest", "him", "."], Enumerable.Range(0, doc.Count).Select(i => doc[i].ToString()));
        Assert.Equal(-1, doc[3].HeadIndex);
        Assert.Equal(3, doc[0].HeadIndex);
        Assert.Equal("obj", doc[4].Deprel);
        Assert.Equal(0, doc[3].Subtree.Start);
        Assert.Equal(6, doc[3].Subtree.End);
    }
}
