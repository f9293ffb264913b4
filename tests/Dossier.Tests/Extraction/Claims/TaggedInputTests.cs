using Dossier.Text;

namespace Dossier.Tests.Extraction.Claims;

/// <summary>The claim finders read POS tags when a tagger ran: speaker and group spans follow the tags.</summary>
public sealed class TaggedInputTests
{
    private static Doc Tagged(string text, params Upos[] tags)
    {
        var doc = ClaimsTestPipeline.Prepare(text, "2022-01-08");
        Assert.Equal(tags.Length, doc.Count);
        doc.SetTags(tags, [.. tags.Select(_ => "_")]);
        return doc;
    }

    [Fact]
    public void Figure_groups_follow_tags()
    {
        // Police arrested 26 young protesters .
        var doc = Tagged("Police arrested 26 young protesters.",
            Upos.NOUN, Upos.VERB, Upos.NUM, Upos.ADJ, Upos.NOUN, Upos.PUNCT);
        Dossier.Extraction.Claims.FigureFinder.Load(Path.Combine(TestPaths.Repo, "lexicon")).Process(doc, new Dossier.Pipeline.Workspace());
        var f = Assert.Single(doc.Figures);
        Assert.Equal((26d, "arrested", "young protesters"), (f.Value, f.Kind, f.Subject));
    }

    [Fact]
    public void Speakers_need_a_noun_when_tags_exist()
    {
        // Officials said the port reopened .
        var doc = Tagged("Officials said the port reopened.",
            Upos.NOUN, Upos.VERB, Upos.DET, Upos.NOUN, Upos.VERB, Upos.PUNCT);
        var q = Assert.Single(ClaimsTestPipeline.Quotes(doc));
        Assert.Equal(("Officials", "the port reopened"), (q.SpeakerText, q.Text));
    }
}
