using Dossier.Extraction.Events;
using Dossier.Text;

namespace Dossier.Tests.Text;

/// <summary>DocInvariants rejects broken layers (so the pipeline test that finds none means something).</summary>
public sealed class DocInvariantsTests
{
    private static Doc TwoSentences()
    {
        // "a b. c d" as two sentences of two tokens each.
        var doc = new Doc("a b. c d", new DocumentInfo("t"));
        doc.SetTokens([0, 2, 5, 7], [1, 3, 6, 8], new TokenFlags[4]);
        doc.SetSentences([0, 2], [2, 4]);
        return doc;
    }

    [Fact]
    public void Well_formed_trees_pass()
    {
        var doc = TwoSentences();
        doc.SetHeads([-1, 0, -1, 2], ["root", "dep", "root", "dep"]);
        DocInvariants.Check(doc);
    }

    [Fact]
    public void A_sentence_with_two_roots_fails()
    {
        var doc = TwoSentences();
        doc.SetHeads([-1, -1, -1, 2], ["root", "root", "root", "dep"]);
        Assert.Contains("2 roots", Assert.Throws<InvalidOperationException>(() => DocInvariants.Check(doc)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_head_in_another_sentence_fails()
    {
        var doc = TwoSentences();
        doc.SetHeads([-1, 2, -1, 2], ["root", "dep", "root", "dep"]);
        Assert.Contains("outside sentence", Assert.Throws<InvalidOperationException>(() => DocInvariants.Check(doc)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_naming_an_unknown_actor_fails()
    {
        var doc = TwoSentences();
        doc.SetEvents([new EventRecord("v1", "PROTEST", null, null, "e9", null, null, null, false, "asserted", null, new CharRange(0, 3), "r")]);
        Assert.Contains("'e9'", Assert.Throws<InvalidOperationException>(() => DocInvariants.Check(doc)).Message, StringComparison.Ordinal);
    }
}
