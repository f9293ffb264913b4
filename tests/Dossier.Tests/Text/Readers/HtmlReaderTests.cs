using Dossier.Text.Readers;

namespace Dossier.Tests.Text.Readers;

public sealed class HtmlReaderTests
{
    private const string Body =
        "<p>Police in Georgia detained the head of the dockworkers&#39; union on Tuesday after a week-long strike at the " +
        "port of Poti spread to Batumi, the interior ministry said in a statement.</p>" +
        "<p>Levan Beridze, 52, was arrested outside the union's offices in Tbilisi and is accused of organising an " +
        "unlawful blockade, according to the ministry. His lawyer said the charges were politically motivated.</p>" +
        "<p>About 2,000 workers marched through central Batumi on Monday.<br>They demanded higher wages and the " +
        "release of colleagues detained last week, witnesses said.</p>";

    private static string Page(string head, string article) => $$"""
        <!DOCTYPE html><html><head>{{head}}<script>var ad = "<p>tracking pixel text</p>";</script>
        <style>p { color: red }</style></head>
        <body><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news</a></li></ul></nav>
        <article>{{article}}</article>
        <footer>About us · Contact · Terms of use</footer></body></html>
        """;

    [Fact]
    public void Article_text_is_extracted_as_paragraphs_separated_by_blank_lines()
    {
        var doc = Reading.One(Page("<title>Union leader detained</title>", Body), "page.html");
        Assert.Equal(DocumentFormat.Html, doc.Format);
        var paragraphs = doc.Text.Split("\n\n");
        Assert.Equal("Union leader detained", paragraphs[0]);
        Assert.StartsWith("Police in Georgia detained the head of the dockworkers' union", paragraphs[1], StringComparison.Ordinal);
        Assert.Contains("on Monday.\nThey demanded", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("tracking", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("color", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("World news", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Terms of use", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Metadata_comes_from_json_ld_meta_tags_and_the_canonical_link()
    {
        var head = """
            <title>Union leader detained | Example News</title>
            <link rel="canonical" href="https://example.org/news/union-leader">
            <meta property="og:url" content="https://example.org/other">
            <script type="application/ld+json">
            {"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "Example"},
             {"@type": "NewsArticle", "headline": "Union leader detained in Tbilisi", "datePublished": "2025-01-21T22:30:00-05:00",
              "author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "John Roe"}]}]}
            </script>
            """;
        var doc = Reading.One(Page(head, Body), "page.html");
        Assert.Equal("Union leader detained in Tbilisi", doc.Info.Title);
        Assert.Equal(new DateOnly(2025, 1, 21), doc.Info.Date);
        Assert.Equal("Jane Doe, John Roe", doc.Info.Author);
        Assert.Equal("https://example.org/news/union-leader", doc.Info.Url);
        Assert.StartsWith("Union leader detained in Tbilisi\n\n", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_graph_and_article_meta_tags_are_used_without_json_ld()
    {
        var head = """
            <meta property="og:title" content="Strike spreads to Batumi">
            <meta property="article:published_time" content="2025-01-20T08:00:00Z">
            <meta name="author" content="By Nino Kapanadze">
            <meta property="og:url" content="https://example.org/strike">
            """;
        var doc = Reading.One(Page(head, Body), "page.htm");
        Assert.Equal("Strike spreads to Batumi", doc.Info.Title);
        Assert.Equal(new DateOnly(2025, 1, 20), doc.Info.Date);
        Assert.Equal("Nino Kapanadze", doc.Info.Author);
        Assert.Equal("https://example.org/strike", doc.Info.Url);
    }

    [Fact]
    public void A_time_element_gives_the_date_when_nothing_else_does()
    {
        var doc = Reading.One(Page("<title>T</title>", "<time datetime=\"2024-11-05\">5 November</time>" + Body), "page.html");
        Assert.Equal(new DateOnly(2024, 11, 5), doc.Info.Date);
    }

    [Fact]
    public void A_sidecar_overrides_what_the_page_says()
    {
        using var folder = new TempFolder();
        var path = folder.File("page.html", Page("<meta property=\"og:title\" content=\"Page title\">", Body));
        folder.File("page.json", """{"title": "Sidecar title", "date": "2025-02-02"}""");
        var doc = Assert.Single(DocumentReader.ReadFile(path, Reading.Options)).Document!;
        Assert.Equal("Sidecar title", doc.Info.Title);
        Assert.Equal(new DateOnly(2025, 2, 2), doc.Info.Date);
    }

    [Theory]
    [InlineData("<html><body><p>Unclosed <b>bold <i>italic</p><div><p>Second paragraph &amp; more")]
    [InlineData("<p>Only a fragment about the ceasefire in Gaza</p></div></span></body>")]
    [InlineData("<html><head><title>Broken</title><body><table><tr><td>Cell text on shelling<td>Another cell</table><p>After the table")]
    [InlineData("<!DOCTYPE html><html><body><<<>>> <p>Text after garbage markup about troops</p><script>unterminated")]
    public void Malformed_html_is_read_without_crashing(string html)
    {
        var results = Reading.All(html, "broken.html");
        var result = Assert.Single(results);
        Assert.True(result.Succeeded, result.Failure?.ToString());
        Assert.DoesNotContain("<", result.Document!.Text.Replace("<<<>>>", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_with_no_text_fails_with_a_reason()
    {
        var failure = Reading.Failure("<html><head><script>var x = 1;</script></head><body><nav><a href=/>Home</a></nav></body></html>"u8.ToArray(), "empty.html");
        Assert.Contains("no article text", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_very_large_page_still_yields_its_article_and_not_its_link_lists()
    {
        var links = string.Concat(Enumerable.Range(0, 2_000).Select(i => $"<div class=\"promo\"><span><a href=\"/s{i}\">Story {i}</a></span></div>"));
        var doc = Reading.One(Page("<title>Big page</title>", $"<div class=\"story\">{Body}</div>") .Replace("<footer>", links + "<footer>", StringComparison.Ordinal), "big.html");
        Assert.Contains("Police in Georgia detained", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Story 1999", doc.Text, StringComparison.Ordinal);
    }
}
