using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Dossier.Text.Readers.Html;

/// <summary>
/// Reads an HTML page's own metadata: title, publication date, author and canonical URL, from schema.org
/// JSON-LD, Open Graph / article meta tags, common name meta tags, <c>link rel=canonical</c> and
/// <c>&lt;time&gt;</c>, in that order of trust. The names read are the formats' own field names.
/// </summary>
internal static class HtmlMetadataExtractor
{
    private static readonly string[] s_titleMeta = ["og:title", "twitter:title", "dc.title", "headline"];

    private static readonly string[] s_dateMeta =
    [
        "article:published_time", "og:article:published_time", "datepublished", "date", "pubdate", "publishdate",
        "publish-date", "publish_date", "dc.date.issued", "dc.date", "dcterms.issued", "dcterms.created",
        "parsely-pub-date", "sailthru.date", "article.published", "og:published_time",
    ];

    private static readonly string[] s_authorMeta = ["author", "article:author", "dc.creator", "parsely-author", "byl", "sailthru.author"];

    public static DocumentMetadata Extract(IHtmlDocument document)
    {
        var meta = ReadMetaTags(document);
        var jsonLd = ReadJsonLd(document);
        var title = jsonLd.Title ?? First(meta, s_titleMeta) ?? Clean(document.Title);
        var date = jsonLd.Date ?? FirstDate(meta) ?? TimeElementDate(document);
        var author = jsonLd.Author ?? FirstAuthor(meta);
        var url = AbsoluteUrl(document.QuerySelector("link[rel~=canonical]")?.GetAttribute("href"))
            ?? AbsoluteUrl(First(meta, ["og:url"])) ?? AbsoluteUrl(jsonLd.Url);
        return new DocumentMetadata(null, title, url, date, author);
    }

    private static Dictionary<string, string> ReadMetaTags(IHtmlDocument document)
    {
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in document.QuerySelectorAll("meta[content], [itemprop][content], [itemprop][datetime]"))
        {
            var key = element.GetAttribute("property") ?? element.GetAttribute("name") ?? element.GetAttribute("itemprop");
            var value = element.GetAttribute("content") ?? element.GetAttribute("datetime");
            if (key is null || Clean(value) is not { } clean) continue;
            meta.TryAdd(key.Trim(), clean);
        }

        return meta;
    }

    private static string? First(Dictionary<string, string> meta, string[] keys)
    {
        foreach (var key in keys)
        {
            if (meta.TryGetValue(key, out var value)) return value;
        }

        return null;
    }

    private static DateOnly? FirstDate(Dictionary<string, string> meta)
    {
        foreach (var key in s_dateMeta)
        {
            if (meta.TryGetValue(key, out var value) && DateText.TryParse(value, lenient: true, out var date)) return date;
        }

        return null;
    }

    private static string? FirstAuthor(Dictionary<string, string> meta)
    {
        foreach (var key in s_authorMeta)
        {
            // article:author is often a profile URL, which is not a name.
            if (meta.TryGetValue(key, out var value) && !IsUrl(value)) return StripBy(value);
        }

        return null;
    }

    /// <summary>A <c>&lt;time datetime&gt;</c> marked as the publication time, else the first one in the article.</summary>
    private static DateOnly? TimeElementDate(IHtmlDocument document)
    {
        var time = document.QuerySelector("time[pubdate][datetime], time[itemprop=datePublished][datetime]")
            ?? document.QuerySelector("article time[datetime]")
            ?? document.QuerySelector("time[datetime]");
        return time is not null && DateText.TryParse(time.GetAttribute("datetime"), lenient: true, out var date) ? date : null;
    }

    private sealed record JsonLdArticle(string? Title, DateOnly? Date, string? Author, string? Url);

    private static JsonLdArticle ReadJsonLd(IHtmlDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions
                {
                    AllowTrailingCommas = true,
                    CommentHandling = JsonCommentHandling.Skip,
                });
                if (FindArticle(json.RootElement, 0) is { } article) return ReadArticle(article);
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common; the page's other metadata still counts.
            }
        }

        return new JsonLdArticle(null, null, null, null);
    }

    private static JsonElement? FindArticle(JsonElement element, int depth)
    {
        if (depth > 8) return null;
        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (FindArticle(item, depth + 1) is { } found) return found;
                }

                return null;
            case JsonValueKind.Object:
                if (IsArticleType(element)) return element;
                return element.TryGetProperty("@graph", out var graph) ? FindArticle(graph, depth + 1) : null;
            default:
                return null;
        }
    }

    // schema.org's Article family: Article, NewsArticle, ReportageNewsArticle, BlogPosting, LiveBlogPosting, ...
    private static bool IsArticleType(JsonElement obj)
    {
        if (!obj.TryGetProperty("@type", out var type)) return false;
        if (type.ValueKind == JsonValueKind.String) return IsArticleTypeName(type.GetString());
        if (type.ValueKind != JsonValueKind.Array) return false;
        foreach (var t in type.EnumerateArray())
        {
            if (t.ValueKind == JsonValueKind.String && IsArticleTypeName(t.GetString())) return true;
        }

        return false;
    }

    private static bool IsArticleTypeName(string? name) =>
        name is not null && (name.EndsWith("Article", StringComparison.Ordinal) || name.EndsWith("Posting", StringComparison.Ordinal));

    private static JsonLdArticle ReadArticle(JsonElement article)
    {
        var title = StringProperty(article, "headline") ?? StringProperty(article, "name");
        DateOnly? date = null;
        foreach (var key in (string[])["datePublished", "dateCreated"])
        {
            if (date is null && DateText.TryParse(StringProperty(article, key), lenient: true, out var d)) date = d;
        }

        string? url = StringProperty(article, "url");
        if (url is null && article.TryGetProperty("mainEntityOfPage", out var page))
            url = page.ValueKind == JsonValueKind.String ? page.GetString() : StringProperty(page, "@id");
        return new JsonLdArticle(Clean(title), date, AuthorNames(article), url);
    }

    private static string? AuthorNames(JsonElement article)
    {
        if (!article.TryGetProperty("author", out var author)) return null;
        var names = new List<string>();
        void Add(JsonElement a)
        {
            var name = a.ValueKind == JsonValueKind.String ? a.GetString() : StringProperty(a, "name");
            if (Clean(name) is { } clean && !IsUrl(clean)) names.Add(StripBy(clean));
        }

        if (author.ValueKind == JsonValueKind.Array)
        {
            foreach (var a in author.EnumerateArray()) Add(a);
        }
        else
        {
            Add(author);
        }

        return names.Count == 0 ? null : string.Join(", ", names);
    }

    private static string? StringProperty(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static string? AbsoluteUrl(string? value) =>
        Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.AbsoluteUri
            : null;

    private static bool IsUrl(string value) =>
        value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    // "By Jane Doe" in a byline meta tag; the name is what follows.
    private static string StripBy(string value) =>
        value.StartsWith("By ", StringComparison.OrdinalIgnoreCase) ? value[3..].Trim() : value;

    private static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        return string.Join(' ', value.Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
    }
}
