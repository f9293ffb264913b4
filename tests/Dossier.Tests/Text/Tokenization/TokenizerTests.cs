using Dossier.Text;

namespace Dossier.Tests.Text.Tokenization;

public sealed class TokenizerTests
{
    [Theory]
    [InlineData("He said \u201CNo.\u201D", "He|said|\u201C|No|.|\u201D")]
    [InlineData("\"We will win,\" she said.", "\"|We|will|win|,|\"|she|said|.")]
    [InlineData("('Really?')", "(|'|Really|?|'|)")]
    [InlineData("the \u201990s", "the|\u201990s")]
    public void Quotes_and_brackets_are_split_off(string text, string expected) =>
        Assert.Equal(expected, Segment.Tokens(text));

    [Theory]
    [InlineData("Mr. Smith met Dr. Jones in the U.S. on Jan. 5.", "Mr.|Smith|met|Dr.|Jones|in|the|U.S.|on|Jan.|5|.")]
    [InlineData("Bush nominated Jennifer M. Anderson.", "Bush|nominated|Jennifer|M.|Anderson|.")]
    [InlineData("apples, pears, etc. and plums", "apples|,|pears|,|etc.|and|plums")]
    [InlineData("GEN. ELIZABETH PRELOGAR", "GEN.|ELIZABETH|PRELOGAR")]
    public void Abbreviations_and_initials_keep_their_full_stop(string text, string expected) =>
        Assert.Equal(expected, Segment.Tokens(text));

    [Theory]
    [InlineData("We sold apples, pears, etc. The rest rotted.", "We|sold|apples|,|pears|,|etc|.|The|rest|rotted|.")]
    [InlineData("The meeting is at 2:30 p.m.\nBring notes.", "The|meeting|is|at|2:30|p.m|.|Bring|notes|.")]
    [InlineData("It was signed by Acme Inc..", "It|was|signed|by|Acme|Inc.|.")]
    public void An_abbreviation_that_ends_a_sentence_gives_up_its_full_stop(string text, string expected) =>
        Assert.Equal(expected, Segment.Tokens(text));

    [Theory]
    [InlineData("It cost $2bn, or 1,000 times 4,400.", "It|cost|$|2|bn|,|or|1,000|times|4,400|.")]
    [InlineData("Inflation rose 3.5% to -0.4 in 2004-2005.", "Inflation|rose|3.5|%|to|-0.4|in|2004|-|2005|.")]
    [InlineData("the 17th and 1990s at 10am", "the|17th|and|1990s|at|10|am")]
    [InlineData("on 08/16/2000 at 12:05 call 713-853-3989", "on|08/16/2000|at|12:05|call|713-853-3989")]
    public void Numbers_follow_UD(string text, string expected) =>
        Assert.Equal(expected, Segment.Tokens(text));

    [Theory]
    [InlineData("I don't know why they can't.", "I|do|n't|know|why|they|ca|n't|.")]
    [InlineData("Nazarbayev's rule, I'm sure, won't last.", "Nazarbayev|'s|rule|,|I|'m|sure|,|wo|n't|last|.")]
    [InlineData("You cannot go; we're gonna stay.", "You|can|not|go|;|we|'re|gon|na|stay|.")]
    [InlineData("It\u2019s the doctors\u2019 view", "It|\u2019s|the|doctors|\u2019|view")]
    [InlineData("O'Brien said so", "O'Brien|said|so")]
    public void Clitics_are_split_like_UD_words(string text, string expected) =>
        Assert.Equal(expected, Segment.Tokens(text));

    [Theory]
    [InlineData("a 15-year term", "a|15|-|year|term")]
    [InlineData("Kassym-Jomart Tokayev", "Kassym|-|Jomart|Tokayev")]
    [InlineData("a non-profit e-mail co-founder", "a|non-profit|e-mail|co-founder")]
    [InlineData("war\u2014and peace -- again", "war|\u2014|and|peace|--|again")]
    public void Hyphens_split_except_after_listed_prefixes(string text, string expected) =>
        Assert.Equal(expected, Segment.Tokens(text));

    [Fact]
    public void Urls_emails_mentions_hashtags_and_emoji_are_single_flagged_tokens()
    {
        var doc = Segment.Run("See https://example.com/a?b=1). Mail jo.doe@example.org, ping @dossier_bot #Kazakhstan \U0001F44D\U0001F3FD! :-)");
        var tokens = new List<(string, TokenFlags)>();
        for (int t = 0; t < doc.Count; t++) tokens.Add((doc[t].ToString(), doc[t].Flags & ~(TokenFlags.NoSpaceAfter | TokenFlags.ParagraphStart)));
        Assert.Contains(("https://example.com/a?b=1", TokenFlags.Url), tokens);
        Assert.Contains(("jo.doe@example.org", TokenFlags.Email), tokens);
        Assert.Contains(("@dossier_bot", TokenFlags.Mention), tokens);
        Assert.Contains(("#Kazakhstan", TokenFlags.Hashtag), tokens);
        Assert.Contains(("\U0001F44D\U0001F3FD", TokenFlags.Emoji), tokens);
        Assert.Contains((":-)", TokenFlags.Emoji), tokens);
        Assert.Equal("great|!|:)", Segment.Tokens("great!:)"));
        Assert.Equal(TokenFlags.Emoji, Segment.Run("great:)")[1].Flags & TokenFlags.Emoji);
        Assert.Contains((")", TokenFlags.None), tokens);
    }

    [Fact]
    public void Offsets_point_into_the_original_text_and_spacing_is_flagged()
    {
        var text = "  \u201CHello,\u201D\u00A0he said.\r\n";
        var doc = Segment.Run(text);
        Assert.Equal("\u201C|Hello|,|\u201D|he|said|.", Segment.Tokens(text));
        Assert.Equal(2, doc[0].Start);
        Assert.Equal(TokenFlags.NoSpaceAfter, doc[1].Flags & TokenFlags.NoSpaceAfter);
        Assert.Equal(TokenFlags.None, doc[3].Flags & TokenFlags.NoSpaceAfter);
        Assert.Equal(TokenFlags.None, doc[doc.Count - 1].Flags & TokenFlags.NoSpaceAfter);
    }

    [Fact]
    public void The_first_token_after_a_blank_line_starts_a_paragraph()
    {
        var doc = Segment.Run("Title line\nSecond line.\n\n  Next paragraph.");
        var starts = new List<string>();
        for (int t = 0; t < doc.Count; t++)
        {
            if ((doc[t].Flags & TokenFlags.ParagraphStart) != 0) starts.Add(doc[t].ToString());
        }

        Assert.Equal(["Title", "Next"], starts);
    }

    [Fact]
    public void Quoted_words_are_flagged_in_quote()
    {
        var doc = Segment.Run("He said \"we will win\" and left.");
        var quoted = new List<string>();
        for (int t = 0; t < doc.Count; t++)
        {
            if ((doc[t].Flags & TokenFlags.InQuote) != 0) quoted.Add(doc[t].ToString());
        }

        Assert.Equal(["we", "will", "win"], quoted);
    }

    [Fact]
    public void Tokens_inside_boilerplate_ranges_are_flagged()
    {
        var text = "Real news here. Subscribe now! More news.";
        int from = text.IndexOf("Subscribe", StringComparison.Ordinal);
        var doc = Segment.Run(text, [new CharRange(from, from + "Subscribe now!".Length)]);
        var flagged = new List<string>();
        for (int t = 0; t < doc.Count; t++)
        {
            if ((doc[t].Flags & TokenFlags.Boilerplate) != 0) flagged.Add(doc[t].ToString());
        }

        Assert.Equal(["Subscribe", "now", "!"], flagged);
    }

    [Fact]
    public void Random_text_keeps_every_invariant()
    {
        const string alphabet = "aZ09 .,;:'\"\u2019\u201C\u201D-\u2014/@#$%()[]!?\n\t\u00A0\U0001F600\u0301e";
        var random = new Random(1234);
        for (int round = 0; round < 300; round++)
        {
            var chars = new char[random.Next(0, 120)];
            for (int i = 0; i < chars.Length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
            var text = new string(chars);
            var doc = Segment.Run(text);
            for (int t = 0; t < doc.Count; t++)
            {
                Assert.False(string.IsNullOrWhiteSpace(doc[t].ToString()), $"blank token in '{text}'");
            }
        }
    }

    [Theory]
    [InlineData("#a")]
    [InlineData(":)")]
    [InlineData(">")]
    [InlineData("a.")]
    [InlineData("1a")]
    [InlineData("(")]
    public void Long_runs_without_spaces_are_tokenized_without_deep_recursion(string piece)
    {
        var text = string.Concat(Enumerable.Repeat(piece, 200_000));
        var doc = Segment.Run(text);
        Assert.True(doc.Count >= 1);
        Assert.Equal(text.Length, doc[doc.Count - 1].End);
    }

    [Fact]
    public void Tokenizing_twice_gives_the_same_tokens()
    {
        var text = "Mr. Kassym-Jomart Tokayev's office said on Jan. 5 that it can't comment.";
        Assert.Equal(Segment.Tokens(text), Segment.Tokens(text));
    }
}
