using Dossier.Corpus;

namespace Dossier.Tests.Corpus;

/// <summary>RSS and Atom input: one document per item, with the item's link, title and publication date.</summary>
public sealed class FeedTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dossier-feed-tests", Guid.NewGuid().ToString("N"));

    public FeedTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private const string Rss = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
          <channel>
            <title>Example News</title><link>https://news.example/</link><description>World</description>
            <item>
              <title>Port strike spreads</title>
              <link>https://news.example/strike</link>
              <pubDate>Tue, 21 Jan 2025 08:30:00 GMT</pubDate>
              <description>Short teaser.</description>
              <content:encoded><![CDATA[<p>Dock workers in Batumi joined the strike on Tuesday.</p>]]></content:encoded>
            </item>
            <item>
              <title>Talks resume</title>
              <link>https://news.example/talks</link>
              <description>Negotiators met in Yerevan.</description>
            </item>
            <item>
              <title>Empty</title>
              <link>https://news.example/empty</link>
            </item>
          </channel>
        </rss>
        """;

    private const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Example Atom</title><id>urn:example</id><updated>2025-02-02T00:00:00Z</updated>
          <entry>
            <title>Ceasefire holds</title><id>urn:example:1</id>
            <link rel="alternate" href="https://atom.example/ceasefire"/>
            <published>2025-02-01T12:00:00Z</published><updated>2025-02-02T00:00:00Z</updated>
            <content type="html">&lt;p&gt;The ceasefire held for a third day.&lt;/p&gt;</content>
          </entry>
        </feed>
        """;

    [Fact]
    public void Rss_items_become_documents_and_an_empty_item_a_failure()
    {
        var path = Path.Combine(_folder, "world.rss");
        File.WriteAllText(path, Rss);

        var items = new SourceEnumerator().Read([path]).ToList();

        Assert.Equal(3, items.Count);
        var strike = items[0].Document!;
        Assert.Equal(("world-1", "https://news.example/strike", "Port strike spreads", new DateOnly(2025, 1, 21)),
            (strike.Info.Id, strike.Info.Url, strike.Info.Title, strike.Info.Date!.Value));
        Assert.Contains("Dock workers in Batumi", strike.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("teaser", strike.Text, StringComparison.Ordinal);
        Assert.Contains("Negotiators met in Yerevan.", items[1].Document!.Text, StringComparison.Ordinal);
        Assert.Null(items[1].Document!.Info.Date);
        Assert.Equal("feed item has no content or summary", items[2].FailureReason);
        Assert.Equal(path + "#item-3", items[2].SourcePath);
    }

    [Fact]
    public void Atom_entries_become_documents()
    {
        var path = Path.Combine(_folder, "atom.xml");
        File.WriteAllText(path, Atom);

        var item = Assert.Single(new SourceEnumerator().Read([path]));

        Assert.Equal("https://atom.example/ceasefire", item.Document!.Info.Url);
        Assert.Equal(new DateOnly(2025, 2, 1), item.Document.Info.Date);
        Assert.Contains("ceasefire held for a third day", item.Document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Xml_that_is_not_a_feed_goes_to_the_document_reader()
    {
        var path = Path.Combine(_folder, "notes.xml");
        File.WriteAllText(path, "<notes><note>Meeting in Tbilisi.</note></notes>");

        var item = Assert.Single(new SourceEnumerator().Read([path]));

        Assert.Contains("Meeting in Tbilisi.", item.Document!.Text, StringComparison.Ordinal);
    }
}
