using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Dossier.Corpus;

/// <summary>
/// Reads WARC files (ISO 28500; gzip'd per record or whole, or plain) one record at a time, so memory holds one
/// record. Each record: "WARC/1.x" line, header fields, blank line, Content-Length bytes of block, CRLF CRLF.
/// </summary>
internal static class WarcReader
{
    /// <summary>Opens a WARC file, decompressing when it starts with the gzip magic bytes.</summary>
    public static Stream Open(Stream raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var buffered = new BufferedStream(raw, 1 << 16);
        Span<byte> magic = stackalloc byte[2];
        int n = buffered.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
        buffered.Seek(-n, SeekOrigin.Current);
        // GZipStream reads concatenated members, which is how record-at-a-time .warc.gz files are written.
        return n == 2 && magic[0] == 0x1F && magic[1] == 0x8B ? new GZipStream(buffered, CompressionMode.Decompress) : buffered;
    }

    /// <summary>The records of a decompressed WARC stream; throws <see cref="InvalidDataException"/> on a malformed record.</summary>
    public static IEnumerable<WarcRecord> Records(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        long offset = 0;
        while (true)
        {
            string? line;
            do
            {
                line = ReadLine(stream, ref offset);
            }
            while (line is { Length: 0 });

            if (line is null) yield break;
            long start = offset;
            if (!line.StartsWith("WARC/", StringComparison.Ordinal))
                throw new InvalidDataException($"expected a WARC/ version line at byte {start}, found '{Clip(line)}'");
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            while ((line = ReadLine(stream, ref offset)) is { Length: > 0 })
            {
                int colon = line.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0) headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }

            if (!headers.TryGetValue("Content-Length", out var lengthText)
                || !long.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out var length)
                || length > int.MaxValue)
                throw new InvalidDataException($"WARC record at byte {start} has no valid Content-Length");
            var block = new byte[length];
            int read = stream.ReadAtLeast(block, block.Length, throwOnEndOfStream: false);
            offset += read;
            if (read < length)
                throw new InvalidDataException($"WARC record at byte {start} is truncated ({read} of {length} bytes)");
            yield return new WarcRecord(headers, block, start);
        }
    }

    /// <summary>Reads one CRLF- or LF-terminated header line as Latin-1 (WARC headers are ASCII); null at end.</summary>
    private static string? ReadLine(Stream stream, ref long offset)
    {
        var bytes = new List<byte>(128);
        while (true)
        {
            int b = stream.ReadByte();
            if (b < 0) return bytes.Count == 0 ? null : Encoding.Latin1.GetString(bytes.ToArray());
            offset++;
            if (b == '\n') break;
            if (bytes.Count >= 1 << 16) throw new InvalidDataException("WARC header line longer than 64 KiB");
            bytes.Add((byte)b);
        }

        if (bytes.Count > 0 && bytes[^1] == '\r') bytes.RemoveAt(bytes.Count - 1);
        return Encoding.Latin1.GetString(bytes.ToArray());
    }

    private static string Clip(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
