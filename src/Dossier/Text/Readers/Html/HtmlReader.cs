using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Dossier.Text.Readers.Html;

/// <summary>
/// Reads an HTML page as a document: the page's metadata, and its main article text found by SmartReader
/// (a Readability port; on very large pages, the element holding most paragraph text), falling back to
/// the whole body without navigation, scripts and forms when no article is found. The document text is
/// the extracted text: the title as the first paragraph, then the article's paragraphs, separated by
/// blank lines. Malformed HTML is parsed as browsers do, never rejected.
/// </summary>
internal static class HtmlReader
{
    // SmartReader needs a base address for relative links; nothing is fetched from it.
    private const string PlaceholderUrl = "https://localhost/article";

    // SmartReader's article search grows faster than linearly with page size (about 20 s at 8,000
    // elements on a busy 2-core machine); past this many elements (a news page has a few thousand) the
    // linear ParagraphContainer stands in for it. A count, not a timer, so output stays deterministic.
    private const int MaxArticleElements = 5_000;

    // Below this, SmartReader's pick is probably a fragment (a caption, a teaser), not the article.
    private const double MinArticleShare = 0.25;

    public static (string Text, DocumentMetadata Metadata) Read(string html, string source)
    {
        var parser = new HtmlParser();
        IHtmlDocument document;
        try
        {
            document = parser.ParseDocument(html);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new DocumentReadException(source, $"cannot parse the HTML: {ex.Message}", ex);
        }

        using (document)
        {
            var metadata = HtmlMetadataExtractor.Extract(document);
            var text = MainText(parser, html, document, metadata.Url, out var articleTitle);
            var title = metadata.Title ?? articleTitle;
            if (string.IsNullOrWhiteSpace(text))
                throw new DocumentReadException(source, "no article text found in the HTML");
            if (title is not null && !text.StartsWith(title, StringComparison.Ordinal)) text = title + "\n\n" + text;
            return (text, metadata with { Title = title });
        }
    }

    /// <summary>The article text: SmartReader's pick on ordinary pages, the paragraph container on huge ones, else the body.</summary>
    private static string MainText(HtmlParser parser, string html, IHtmlDocument document, string? url, out string? articleTitle)
    {
        articleTitle = null;
        var body = document.Body is { } b ? HtmlTextBuilder.Extract(b, skipPageChrome: true) : "";
        if (document.All.Length > MaxArticleElements)
        {
            return document.Body is { } large && ParagraphContainer.Find(large) is { } container
                ? HtmlTextBuilder.Extract(container, skipPageChrome: true)
                : body;
        }

        var article = ArticleText(parser, html, url, out articleTitle);
        return article.Length > 0 && article.Length >= body.Length * MinArticleShare ? article : body;
    }

    /// <summary>SmartReader's article, as text; empty when it finds none or fails (it then counts for nothing).</summary>
    private static string ArticleText(HtmlParser parser, string html, string? url, out string? title)
    {
        title = null;
        try
        {
            // SmartReader edits the DOM it is given, so it gets its own copy.
            using var copy = parser.ParseDocument(html);
            using var reader = new SmartReader.Reader(url ?? PlaceholderUrl, copy);
            var article = reader.GetArticle();
            if (!article.Completed || string.IsNullOrWhiteSpace(article.Content)) return "";
            title = string.IsNullOrWhiteSpace(article.Title) ? null : article.Title.Trim();
            using var content = parser.ParseDocument(article.Content);
            return content.Body is { } body ? HtmlTextBuilder.Extract(body, skipPageChrome: false) : "";
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A failure inside the article finder leaves the plain body text, which is still a document.
            return "";
        }
    }
}
