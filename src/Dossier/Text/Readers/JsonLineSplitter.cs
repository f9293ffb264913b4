using System.Buffers;

namespace Dossier.Text.Readers;

/// <summary>
/// Splits a byte stream into lines (LF or CRLF) without holding more than one line, and never more than
/// a limit of one: a longer line is skipped to its end and reported by its length, so one huge record
/// cannot exhaust memory or stop the lines after it.
/// </summary>
internal static class JsonLineSplitter
{
    /// <summary>One line: its 1-based number, its bytes (null when longer than the limit), and its length.</summary>
    public readonly record struct Line(int Number, byte[]? Bytes, long Length);

    public static IEnumerable<Line> Split(Stream stream, long maxBytes)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        var current = new ArrayBufferWriter<byte>();
        long length = 0;
        int number = 1;
        try
        {
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                int start = 0;
                while (start < read)
                {
                    int newline = Array.IndexOf(buffer, (byte)'\n', start, read - start);
                    int end = newline < 0 ? read : newline;
                    length += end - start;
                    if (length <= maxBytes) current.Write(buffer.AsSpan(start, end - start));
                    if (newline < 0) break;
                    yield return Finish(number++, current, length, maxBytes);
                    current.ResetWrittenCount();
                    length = 0;
                    start = newline + 1;
                }
            }

            if (length > 0) yield return Finish(number, current, length, maxBytes);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static Line Finish(int number, ArrayBufferWriter<byte> current, long length, long maxBytes)
    {
        if (length > maxBytes) return new Line(number, null, length);
        var span = current.WrittenSpan;
        if (span.Length > 0 && span[^1] == (byte)'\r') span = span[..^1];
        return new Line(number, span.ToArray(), length);
    }
}
