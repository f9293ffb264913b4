using Dossier.Text;
using Dossier.Text.Readers.Boilerplate;

namespace Dossier.Tests.Text.Readers;

public sealed class BoilerplateRulesTests
{
    private static List<string> Marked(string text) =>
        [.. Reading.ShippedRules.Mark(text).Select(r => text[r.Start..r.End])];

    private static BoilerplateLexiconException LoadError(string content) =>
        Assert.Throws<BoilerplateLexiconException>(() => BoilerplateRules.Parse(new StringReader(content), "test.jsonl"));

    private const string Header = "{\"format\": \"dossier-boilerplate\", \"version\": 1}\n";

    [Fact]
    public void The_shipped_lexicon_loads_and_every_rule_matches_its_example()
    {
        Assert.True(Reading.ShippedRules.Rules.Count >= 20);
    }

    [Fact]
    public void Trailing_crawl_residue_is_marked_and_kept_in_the_text()
    {
        var text = "Clashes resumed\n\nFighting broke out near the airport on Friday, the army said.\n\n.\nsource site-34";
        var ranges = Reading.ShippedRules.Mark(text);
        Assert.Equal([".", "source site-34"], ranges.Select(r => text[r.Start..r.End]));
        Assert.Equal(text.Length, ranges[^1].End);
    }

    [Fact]
    public void Credits_copyright_and_follow_lines_at_the_end_are_marked()
    {
        var text = "Troops withdrew from the town on Monday.\n\nThe Associated Press contributed to this report.\n\n" +
                   "Copyright © 2019 The Washington Times, LLC. Click here for reprint permission.\nFollow us on Twitter @WorldDesk.";
        Assert.Equal(3, Marked(text).Count);
        Assert.DoesNotContain("Troops withdrew from the town on Monday.", Marked(text));
    }

    [Fact]
    public void Page_furniture_lines_are_marked_anywhere()
    {
        var text = "Talks collapse\n\nThe talks collapsed on Sunday.\n\nAdvertisement\n\nBoth sides blamed each other.\n\n" +
                   "Share this article\n\nRead more: Why the talks failed\n\nWe use cookies to give you the best experience on our website.\n\n" +
                   "Officials said a new round was unlikely.";
        Assert.Equal(["Advertisement", "Share this article", "Read more: Why the talks failed",
            "We use cookies to give you the best experience on our website."], Marked(text));
    }

    [Fact]
    public void Photographer_credits_are_marked_but_a_sentence_with_a_slash_is_not()
    {
        var text = "Police fired tear gas at the crowd on Saturday.\n\nJane Roe/Getty Images\n\ntoggle caption Li Wei/AP Photo\n\n" +
                   "The Israel/Gaza border stayed closed, officials told Reuters.";
        Assert.Equal(["Jane Roe/Getty Images", "toggle caption Li Wei/AP Photo"], Marked(text));
    }

    [Fact]
    public void A_byline_near_the_top_is_marked()
    {
        Assert.Equal(["By Jane Doe and John Smith, Reuters"], Marked("Talks collapse\n\nBy Jane Doe and John Smith, Reuters\n\nThe talks collapsed.\n"));
    }

    [Theory]
    [InlineData("The advertisement campaign by the ministry drew criticism from rights groups.")]
    [InlineData("Contributing factors included drought and the collapse of the currency.")]
    [InlineData("Reporting by the BBC showed that the army had withdrawn from the town.")]
    [InlineData("Copyright disputes between the two broadcasters have dragged on for years.")]
    [InlineData("By noon, the crowd had grown to several thousand people.")]
    [InlineData("Share prices fell sharply after the announcement.")]
    [InlineData("Read more than 300 pages of the report and you will find no mention of the strike.")]
    [InlineData("The bakery handed out cookies to the protesters.")]
    [InlineData("Jane Doe, a spokeswoman for the ministry, declined to comment.")]
    public void Sentences_of_reporting_are_never_marked_even_at_the_end(string sentence)
    {
        var text = "Headline here\n\nBy noon the first reports arrived.\n\n" + sentence;
        Assert.Empty(Marked(text));
    }

    [Fact]
    public void Residue_in_the_middle_of_the_text_is_not_marked_by_tail_rules()
    {
        var text = "Talks collapse\n\nThe Associated Press contributed to this report.\n\nThe talks collapsed on Sunday.";
        Assert.Empty(Marked(text));
    }

    [Fact]
    public void Marked_ranges_cover_trimmed_lines_with_crlf_line_ends()
    {
        var text = "Talks collapse\r\n\r\nThe talks collapsed.\r\n  Advertisement  \r\nMore text.\r\n";
        var range = Assert.Single(Reading.ShippedRules.Mark(text));
        Assert.Equal("Advertisement", text[range.Start..range.End]);
    }

    [Fact]
    public void Clean_bbc_articles_get_no_content_marked()
    {
        var folder = TestPaths.Shared("news", "bbc", "politics");
        Assert.True(Directory.Exists(folder), $"missing {folder}");
        var marked = new List<string>();
        foreach (var file in Directory.GetFiles(folder, "*.txt"))
        {
            var text = File.ReadAllText(file);
            marked.AddRange(Reading.ShippedRules.Mark(text).Select(r => text[r.Start..r.End]));
        }

        Assert.All(marked, line => Assert.True(line.Split(' ').Length <= 3, $"marked: {line}"));
    }

    [Fact]
    public void A_file_without_the_format_line_is_rejected()
    {
        var ex = LoadError("{\"id\": \"a\", \"kind\": \"k\", \"where\": \"anywhere\", \"pattern\": \"x\"}\n");
        Assert.Contains(ex.Errors, e => e.Code == "DLX701" && e.Line == 1);
    }

    [Fact]
    public void Every_error_is_reported_with_its_line_and_code()
    {
        var content = Header +
            "{not json\n" +
            "{\"id\": \"a\", \"kind\": \"k\", \"where\": \"middle\", \"pattern\": \"x\"}\n" +
            "{\"id\": \"b\", \"kind\": \"k\", \"where\": \"tail\", \"pattern\": \"(unclosed\"}\n" +
            "{\"id\": \"c\", \"kind\": \"k\", \"where\": \"tail\", \"pattern\": \"x\", \"colour\": 1}\n" +
            "{\"id\": \"d\", \"kind\": \"k\", \"where\": \"tail\", \"pattern\": \"advert\", \"example\": \"Advertisement\"}\n" +
            "{\"id\": \"e\", \"kind\": \"k\", \"where\": \"tail\", \"pattern\": \"x\"}\n" +
            "{\"id\": \"e\", \"kind\": \"k\", \"where\": \"tail\", \"pattern\": \"y\"}\n" +
            "{\"kind\": \"k\", \"where\": \"tail\", \"pattern\": \"y\"}\n";
        var ex = LoadError(content);
        var got = ex.Errors.Select(e => (e.Line, e.Code)).ToList();
        Assert.Equal([(2, "DLX702"), (3, "DLX708"), (4, "DLX705"), (5, "DLX704"), (6, "DLX707"), (8, "DLX706"), (9, "DLX703")], got);
        Assert.StartsWith("test.jsonl:2: DLX702", ex.Errors[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Comment_and_blank_lines_are_allowed()
    {
        var rules = BoilerplateRules.Parse(new StringReader(Header + "# a comment\n\n{\"id\": \"a\", \"kind\": \"k\", \"where\": \"anywhere\", \"pattern\": \"advert\"}\n"), "t");
        Assert.Equal([new CharRange(0, 6)], rules.Mark("ADVERT\nreal text"));
    }
}
