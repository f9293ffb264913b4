using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;

namespace Dossier.Corpus;

/// <summary>
/// Reads an RSS 2.0 or Atom 1.0 feed: each item becomes one document from its full content (content:encoded,
/// Atom content) or else its summary, with the item's link, title and publication date as metadata.
/// </summary>
internal static class FeedSource
{
    private const string ContentModule = "http://purl.org/rss/1.0/modules/content/";

    /// <summary>Whether the bytes look like a feed document (an rss, feed or RDF root element).</summary>
    public static bool IsFeed(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes), Settings());
            reader.MoveToContent();
            return reader.LocalName is "rss" or "feed" or "RDF";
        }
        catch (XmlException)
        {
            return false;
        }
    }

    public static IEnumerable<SourceItem> Read(byte[] bytes, string sourcePath)
    {
        SyndicationFeed feed;
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes), Settings());
            feed = SyndicationFeed.Load(reader);
        }
        catch (Exception ex) when (ex is XmlException or InvalidOperationException or FormatException)
        {
            return [SourceItem.Failure(sourcePath, $"not a readable RSS or Atom feed: {ex.Message}")];
        }

        return Items(feed, sourcePath);
    }

    private static IEnumerable<SourceItem> Items(SyndicationFeed feed, string sourcePath)
    {
        var stem = StemOf(sourcePath);
        int n = 0;
        foreach (var item in feed.Items)
        {
            n++;
            var id = $"{stem}-{n}";
            var itemPath = $"{sourcePath}#item-{n}";
            var html = ContentOf(item);
            var url = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri?.ToString();
            if (string.IsNullOrWhiteSpace(html))
            {
                yield return SourceItem.Failure(itemPath, "feed item has no content or summary", id);
                continue;
            }

            DateOnly? date = item.PublishDate != default ? DateOnly.FromDateTime(item.PublishDate.UtcDateTime)
                : item.LastUpdatedTime != default ? DateOnly.FromDateTime(item.LastUpdatedTime.UtcDateTime) : null;
            var hints = new SourceHints(id, url, item.Title?.Text, date);
            foreach (var result in ReaderAdapter.Read(Encoding.UTF8.GetBytes(html), id + ".html", itemPath, hints))
                yield return result;
        }
    }

    private static string? ContentOf(SyndicationItem item)
    {
        var encoded = item.ElementExtensions.ReadElementExtensions<string>("encoded", ContentModule);
        if (encoded.Count > 0 && !string.IsNullOrWhiteSpace(encoded[0])) return encoded[0];
        if (item.Content is TextSyndicationContent text && !string.IsNullOrWhiteSpace(text.Text)) return text.Text;
        return item.Summary?.Text;
    }

    private static string StemOf(string sourcePath)
    {
        var name = Uri.TryCreate(sourcePath, UriKind.Absolute, out var uri) && !uri.IsFile
            ? uri.Host + uri.AbsolutePath.Replace('/', '-').TrimEnd('-')
            : Path.GetFileNameWithoutExtension(sourcePath);
        return name.Length == 0 ? "feed" : name;
    }

    private static XmlReaderSettings Settings() => new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
    };
}
