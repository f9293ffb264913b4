using System.IO.Compression;
using System.Text;
using Dossier.Corpus;

namespace Dossier.Tests.Corpus;

/// <summary>WARC input: HTML response records become documents (chunked and gzip'd bodies undone), others are passed over.</summary>
public sealed class WarcTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dossier-warc-tests", Guid.NewGuid().ToString("N"));

    public WarcTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private const string Article =
        "<html><head><title>Port strike</title></head><body><p>Dock workers in Batumi walked out on Tuesday.</p></body></html>";

    private static byte[] Record(string type, string? uri, byte[] block, string id)
    {
        var header = new StringBuilder()
            .Append("WARC/1.1\r\n")
            .Append("WARC-Type: ").Append(type).Append("\r\n")
            .Append("WARC-Record-ID: <urn:uuid:").Append(id).Append(">\r\n")
            .Append("WARC-Date: 2025-01-21T10:00:00Z\r\n");
        if (uri is not null) header.Append("WARC-Target-URI: ").Append(uri).Append("\r\n");
        header.Append("Content-Length: ").Append(block.Length).Append("\r\n\r\n");
        return [.. Encoding.ASCII.GetBytes(header.ToString()), .. block, .. "\r\n\r\n"u8.ToArray()];
    }

    private static byte[] Http(string status, string contentType, byte[] body, params string[] headers) =>
        [.. Encoding.ASCII.GetBytes($"HTTP/1.1 {status}\r\nContent-Type: {contentType}\r\n{string.Concat(headers.Select(h => h + "\r\n"))}\r\n"), .. body];

    private static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gz = new GZipStream(output, CompressionLevel.Fastest)) gz.Write(data);
        return output.ToArray();
    }

    private static byte[] Chunked(byte[] body)
    {
        int half = body.Length / 2;
        return [.. Encoding.ASCII.GetBytes($"{half:x}\r\n"), .. body[..half], .. "\r\n"u8.ToArray(),
            .. Encoding.ASCII.GetBytes($"{body.Length - half:x};ext=1\r\n"), .. body[half..], .. "\r\n0\r\n\r\n"u8.ToArray()];
    }

    private static List<byte[]> Records() =>
    [
        Record("warcinfo", null, "software: test\r\n"u8.ToArray(), "00000000-0000-0000-0000-000000000000"),
        Record("request", "https://news.example/port", "GET /port HTTP/1.1\r\nHost: news.example\r\n\r\n"u8.ToArray(), "11111111-1111-1111-1111-111111111111"),
        Record("response", "https://news.example/port",
            Http("200 OK", "text/html; charset=utf-8", Chunked(Gzip(Encoding.UTF8.GetBytes(Article))),
                "Transfer-Encoding: chunked", "Content-Encoding: gzip"), "22222222-2222-2222-2222-222222222222"),
        Record("response", "https://news.example/logo.png", Http("200 OK", "image/png", [0x89, 0x50, 0x4E, 0x47]), "33333333-3333-3333-3333-333333333333"),
        Record("response", "https://news.example/missing", Http("404 Not Found", "text/html", "<p>gone</p>"u8.ToArray()), "44444444-4444-4444-4444-444444444444"),
        Record("response", "https://news.example/plain", Http("200 OK", "text/html", "<p>Second page about talks in Yerevan.</p>"u8.ToArray()), "55555555-5555-5555-5555-555555555555"),
    ];

    [Theory]
    [InlineData("crawl.warc", false)]
    [InlineData("crawl.warc.gz", true)]
    public void Html_responses_become_documents_with_their_url(string name, bool gzipPerRecord)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, [.. Records().SelectMany(r => gzipPerRecord ? Gzip(r) : r)]);

        var items = new SourceEnumerator().Read([path]).ToList();

        Assert.Equal(2, items.Count);
        Assert.All(items, i => Assert.Null(i.FailureReason));
        var first = items[0].Document!;
        Assert.Equal("22222222-2222-2222-2222-222222222222", first.Info.Id);
        Assert.Equal("https://news.example/port", first.Info.Url);
        Assert.Contains("Dock workers in Batumi walked out on Tuesday.", first.Text, StringComparison.Ordinal);
        Assert.StartsWith(path + "#", items[0].SourcePath, StringComparison.Ordinal);
        Assert.Null(first.Info.Date); // the crawl date is not the publication date
        Assert.Contains("talks in Yerevan", items[1].Document!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_record_is_a_failure_after_the_good_ones()
    {
        var path = Path.Combine(_folder, "cut.warc");
        var records = Records();
        File.WriteAllBytes(path, [.. records[2], .. records[5][..^40]]);

        var items = new SourceEnumerator().Read([path]).ToList();

        Assert.Equal(2, items.Count);
        Assert.NotNull(items[0].Document);
        Assert.Contains("truncated", items[1].FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_warc_is_a_failure()
    {
        var path = Path.Combine(_folder, "bad.warc");
        File.WriteAllText(path, "<html>not a warc</html>");

        var item = Assert.Single(new SourceEnumerator().Read([path]));

        Assert.Contains("expected a WARC/ version line", item.FailureReason, StringComparison.Ordinal);
    }
}
