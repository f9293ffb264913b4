using Dossier.Extraction.Actors;
using Dossier.Text;

namespace Dossier.Tests.Extraction.Claims;

/// <summary>
/// Speakers and sources take the actor the actor layer resolves their phrase to (ClaimContext): a description
/// the layer links to a named actor gives that actor; a headline title that is no mention takes the one actor
/// with that title. Actor layers are written by hand here, so the claims side is tested on its own.
/// </summary>
public sealed class ResolvedSpeakerTests
{
    /// <summary>A mention of the <paramref name="occurrence"/>-th (0-based) copy of <paramref name="phrase"/>.</summary>
    private static Mention MentionOf(Doc doc, string phrase, MentionKind kind, int occurrence = 0)
    {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) at = doc.Text.IndexOf(phrase, at + 1, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{phrase}' not in the text");
        int end = at + phrase.Length;
        int first = Enumerable.Range(0, doc.Count).First(t => doc.Start[t] >= at);
        int last = Enumerable.Range(0, doc.Count).Last(t => doc.End[t] <= end);
        return new Mention(first, last + 1, at, end, kind, "test", last);
    }

    private const string MinistryText =
        "The Norwegian Foreign Ministry rejected the report on Monday. \"The report is false and misleading,\" the ministry said on Facebook. " +
        "The ministry said 12 people were killed in the attack.";

    [Fact]
    public void A_description_the_actor_layer_links_to_a_named_actor_speaks_as_that_actor()
    {
        var doc = ClaimsTestPipeline.Prepare(MinistryText);
        doc.SetActors([new Actor("a1", "Norwegian Foreign Ministry", "ORG",
            [MentionOf(doc, "Norwegian Foreign Ministry", MentionKind.Named), MentionOf(doc, "the ministry", MentionKind.Nominal),
             MentionOf(doc, "The ministry", MentionKind.Nominal)], [])]);
        var figures = ClaimsTestPipeline.Figures(doc);
        var quote = Assert.Single(doc.Quotes, q => q.Direct);
        Assert.Equal(("a1", "the ministry", "Facebook"), (quote.Speaker, quote.SpeakerText, quote.Channel));
        Assert.Equal("a1", Assert.Single(figures).AttributedTo);
    }

    [Fact]
    public void Without_the_link_the_description_is_its_own_actor()
    {
        var doc = ClaimsTestPipeline.Prepare(MinistryText);
        doc.SetActors([
            new Actor("a1", "Norwegian Foreign Ministry", "ORG", [MentionOf(doc, "Norwegian Foreign Ministry", MentionKind.Named)], []),
            new Actor("a2", "ministry", "ORG", [MentionOf(doc, "the ministry", MentionKind.Nominal)], []),
        ]);
        var quote = Assert.Single(ClaimsTestPipeline.Quotes(doc), q => q.Direct);
        Assert.Equal("a2", quote.Speaker);
    }

    private const string HeadlineText =
        "German Foreign Minister: \u201CWe will not accept a new front line\u201D\n\n" +
        "German Foreign Minister Lena Hartmann warned on Friday that the ceasefire was fragile.";

    private static Actor Titled(Doc doc, string id, string name, string title, int occurrence)
    {
        var titleMention = MentionOf(doc, title, MentionKind.Nominal, occurrence);
        return new Actor(id, name, "PER", [MentionOf(doc, name, MentionKind.Named)],
            [new ActorAttribute("role", "foreign minister", titleMention.Start, titleMention.End, "test")]);
    }

    [Fact]
    public void A_headline_title_before_a_colon_speaks_as_the_one_actor_with_that_title()
    {
        var doc = ClaimsTestPipeline.Prepare(HeadlineText);
        doc.SetActors([Titled(doc, "a1", "Lena Hartmann", "German Foreign Minister", 1)]);
        var quote = Assert.Single(ClaimsTestPipeline.Quotes(doc), q => q.Direct);
        Assert.Equal(("a1", "German Foreign Minister"), (quote.Speaker, quote.SpeakerText));
    }

    [Fact]
    public void A_title_two_actors_hold_links_to_neither()
    {
        var text = HeadlineText + " Her successor, German Foreign Minister Karl Brandt, agreed.";
        var doc = ClaimsTestPipeline.Prepare(text);
        doc.SetActors([Titled(doc, "a1", "Lena Hartmann", "German Foreign Minister", 1), Titled(doc, "a2", "Karl Brandt", "German Foreign Minister", 2)]);
        var quote = Assert.Single(ClaimsTestPipeline.Quotes(doc), q => q.Direct);
        Assert.Null(quote.Speaker);
        Assert.Equal("German Foreign Minister", quote.SpeakerText);
    }

    [Fact]
    public void A_lower_case_description_is_left_to_the_actor_layer()
    {
        var doc = ClaimsTestPipeline.Prepare("\"We are leaving,\" the minister said.\n\nForeign Minister Lena Hartmann spoke later.");
        var title = MentionOf(doc, "Foreign Minister", MentionKind.Nominal);
        doc.SetActors([new Actor("a1", "Lena Hartmann", "PER", [MentionOf(doc, "Lena Hartmann", MentionKind.Named)],
            [new ActorAttribute("role", "foreign minister", title.Start, title.End, "test")])]);
        Assert.Null(Assert.Single(ClaimsTestPipeline.Quotes(doc)).Speaker);
    }
}
