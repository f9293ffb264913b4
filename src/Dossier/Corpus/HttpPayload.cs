using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Dossier.Corpus;

/// <summary>
/// The HTTP response inside a WARC response record: status, headers, and the body with chunked transfer and
/// gzip/deflate/brotli content encoding undone.
/// </summary>
internal sealed record HttpPayload(int Status, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string? ContentType => Headers.TryGetValue("Content-Type", out var v) ? v : null;

    public bool IsHtml =>
        ContentType is { } type
        && (type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase)
            || type.StartsWith("application/xhtml+xml", StringComparison.OrdinalIgnoreCase));

    public static HttpPayload Parse(byte[] block)
    {
        ArgumentNullException.ThrowIfNull(block);
        int headerEnd = IndexOf(block, "\r\n\r\n"u8, out int separator);
        if (headerEnd < 0) headerEnd = IndexOf(block, "\n\n"u8, out separator);
        if (headerEnd < 0) throw new InvalidDataException("HTTP response has no end of headers");
        var lines = Encoding.Latin1.GetString(block, 0, headerEnd).Split('\n');
        var status = lines[0].TrimEnd('\r').Split(' ', 3);
        if (status.Length < 2 || !status[0].StartsWith("HTTP/", StringComparison.Ordinal)
            || !int.TryParse(status[1], NumberStyles.None, CultureInfo.InvariantCulture, out int code))
            throw new InvalidDataException($"not an HTTP status line: '{lines[0].TrimEnd('\r')}'");
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var raw in lines.Skip(1))
        {
            var line = raw.TrimEnd('\r');
            int colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0) headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }

        var body = block.AsSpan(headerEnd + separator).ToArray();
        if (headers.TryGetValue("Transfer-Encoding", out var te) && te.Contains("chunked", StringComparison.OrdinalIgnoreCase))
            body = Dechunk(body);
        if (headers.TryGetValue("Content-Encoding", out var ce)) body = Decode(body, ce.Trim());
        return new HttpPayload(code, headers, body);
    }

    private static byte[] Dechunk(byte[] body)
    {
        using var output = new MemoryStream();
        int pos = 0;
        while (pos < body.Length)
        {
            int lineEnd = body.AsSpan(pos).IndexOf((byte)'\n');
            if (lineEnd < 0) break;
            var sizeText = Encoding.Latin1.GetString(body, pos, lineEnd).Trim().Split(';')[0];
            if (!int.TryParse(sizeText, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int size))
                throw new InvalidDataException($"bad chunk size '{sizeText}'");
            pos += lineEnd + 1;
            if (size == 0) break;
            if (pos + size > body.Length) throw new InvalidDataException("chunk runs past the end of the body");
            output.Write(body, pos, size);
            pos += size;
            while (pos < body.Length && (body[pos] == '\r' || body[pos] == '\n')) pos++;
        }

        return output.ToArray();
    }

    private static byte[] Decode(byte[] body, string encoding)
    {
        Stream? decoder = encoding.ToLowerInvariant() switch
        {
            "gzip" or "x-gzip" => new GZipStream(new MemoryStream(body), CompressionMode.Decompress),
            "deflate" => new ZLibStream(new MemoryStream(body), CompressionMode.Decompress),
            "br" => new BrotliStream(new MemoryStream(body), CompressionMode.Decompress),
            _ => null,
        };
        if (decoder is null) return body;
        using (decoder)
        using (var output = new MemoryStream())
        {
            decoder.CopyTo(output);
            return output.ToArray();
        }
    }

    private static int IndexOf(byte[] data, ReadOnlySpan<byte> pattern, out int length)
    {
        length = pattern.Length;
        return data.AsSpan().IndexOf(pattern);
    }
}
