using System.Net.Http.Headers;

namespace Dossier.Corpus;

/// <summary>
/// Turns ingest inputs (files and http(s) URLs) into a lazy stream of documents: WARC files give their HTML
/// response records, feeds their items, anything else goes to the document reader. Only one container is
/// read at a time, so memory stays bounded by the largest single file or record.
/// </summary>
internal sealed class SourceEnumerator(HttpClient? http = null)
{
    public static bool IsUrl(string input) =>
        input.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || input.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    public static bool IsWarc(string name) =>
        name.EndsWith(".warc", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".warc.gz", StringComparison.OrdinalIgnoreCase);

    public IEnumerable<SourceItem> Read(IEnumerable<string> inputs, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        foreach (var input in inputs)
        {
            cancel.ThrowIfCancellationRequested();
            var items = IsUrl(input) ? FromUrl(input, cancel) : FromFile(input);
            foreach (var item in items) yield return item;
        }
    }

    private static IEnumerable<SourceItem> FromFile(string path)
    {
        if (IsWarc(path))
        {
            Stream file;
            try
            {
                file = File.OpenRead(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return [SourceItem.Failure(path, $"cannot read file: {ex.Message}")];
            }

            return FromWarc(file, path);
        }

        if (HasFeedExtension(path))
        {
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return [SourceItem.Failure(path, $"cannot read file: {ex.Message}")];
            }

            if (FeedSource.IsFeed(bytes)) return FeedSource.Read(bytes, path);
            return ReaderAdapter.Read(bytes, path, path, null);
        }

        return ReaderAdapter.ReadFile(path);
    }

    private IEnumerable<SourceItem> FromUrl(string url, CancellationToken cancel)
    {
        if (http is null) return [SourceItem.Failure(url, "URL inputs need network access, which this run does not have")];
        byte[] bytes;
        MediaTypeHeaderValue? type;
        try
        {
            using var response = http.GetAsync(new Uri(url), cancel).GetAwaiter().GetResult();
            if (!response.IsSuccessStatusCode)
                return [SourceItem.Failure(url, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}")];
            type = response.Content.Headers.ContentType;
            bytes = response.Content.ReadAsByteArrayAsync(cancel).GetAwaiter().GetResult();
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or UriFormatException)
        {
            return [SourceItem.Failure(url, $"cannot fetch: {ex.Message}")];
        }

        var path = new Uri(url).AbsolutePath;
        if (IsWarc(path)) return FromWarc(new MemoryStream(bytes), url);
        if (FeedSource.IsFeed(bytes)) return FeedSource.Read(bytes, url);
        var name = type?.MediaType is "text/plain" ? "page.txt" : "page.html";
        var id = Path.GetFileNameWithoutExtension(path.TrimEnd('/'));
        return ReaderAdapter.Read(bytes, name, url, new SourceHints(id.Length > 0 ? id : new Uri(url).Host, url));
    }

    /// <summary>HTML response records become documents; other records are not documents and are passed over.</summary>
    private static IEnumerable<SourceItem> FromWarc(Stream file, string path)
    {
        using var stream = WarcReader.Open(file);
        using var records = WarcReader.Records(stream).GetEnumerator();
        var stem = Path.GetFileName(path);
        while (true)
        {
            SourceItem? failure = null;
            try
            {
                if (!records.MoveNext()) yield break;
            }
            catch (Exception ex) when (ex is InvalidDataException or IOException)
            {
                failure = SourceItem.Failure(path, $"malformed WARC, rest of file skipped: {ex.Message}");
            }

            if (failure is not null)
            {
                yield return failure;
                yield break;
            }

            foreach (var item in FromRecord(records.Current, path, stem)) yield return item;
        }
    }

    private static IEnumerable<SourceItem> FromRecord(WarcRecord record, string path, string stem)
    {
        if (!string.Equals(record.Header("WARC-Type"), "response", StringComparison.OrdinalIgnoreCase)) return [];
        var url = record.Header("WARC-Target-URI")?.Trim('<', '>');
        var itemPath = $"{path}#{record.Offset}";
        HttpPayload payload;
        try
        {
            payload = HttpPayload.Parse(record.Block);
        }
        catch (InvalidDataException ex)
        {
            return url is null ? [] : [SourceItem.Failure(itemPath, $"unreadable HTTP response for {url}: {ex.Message}")];
        }

        if (!payload.IsHtml || payload.Status is < 200 or >= 300) return [];
        var id = record.Header("WARC-Record-ID")?.Trim('<', '>') is { } rid && rid.StartsWith("urn:uuid:", StringComparison.Ordinal)
            ? rid["urn:uuid:".Length..]
            : $"{stem}-{record.Offset}";
        return ReaderAdapter.Read(payload.Body, id + ".html", itemPath, new SourceHints(id, url));
    }

    private static bool HasFeedExtension(string path) =>
        path.EndsWith(".rss", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".atom", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase);
}
