using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace Dossier.Text.Readers;

/// <summary>
/// Turns bytes into text: a byte-order mark decides (UTF-8, UTF-16 LE/BE, UTF-32 LE); without one, valid
/// UTF-8 is UTF-8 and anything else is Windows-1252 (a superset of Latin-1's printable characters), so
/// 0xE9 reads as é and 0x93/0x94 as “ ”. The BOM is dropped; nothing else is changed (line ends are kept).
/// Binary content is rejected with a reason instead of being decoded into noise.
/// </summary>
internal static class TextDecoder
{
    // More than this share of control characters (besides tab, line feed, carriage return, form feed) means
    // the bytes are not prose in the encoding we chose.
    private const double MaxControlShare = 0.05;
    private const int MinControlCount = 4;

    private static readonly Encoding s_windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)
        ?? throw new InvalidOperationException("the Windows-1252 code page is not available");

    private static readonly Encoding s_utf16Le = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding s_utf16Be = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding s_utf32Le = new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true);

    /// <summary>Decodes <paramref name="bytes"/>; throws <see cref="DocumentReadException"/> for binary or empty input.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string source)
    {
        if (bytes.IsEmpty) throw new DocumentReadException(source, "file is empty (0 bytes)");
        var decoded = DecodeByBom(bytes, source) ?? DecodeWithoutBom(bytes, source);
        CheckControlCharacters(decoded.Text, source);
        return decoded;
    }

    private static DecodedText? DecodeByBom(ReadOnlySpan<byte> bytes, string source)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            var body = bytes[3..];
            if (!Utf8.IsValid(body))
                throw new DocumentReadException(source, "starts with a UTF-8 byte-order mark but is not valid UTF-8");
            return new DecodedText(Encoding.UTF8.GetString(body), "utf-8 (BOM)");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
            return Strict(s_utf32Le, bytes[4..], "utf-32le", source);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return Strict(s_utf16Le, bytes[2..], "utf-16le", source);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return Strict(s_utf16Be, bytes[2..], "utf-16be", source);
        return null;
    }

    private static DecodedText Strict(Encoding encoding, ReadOnlySpan<byte> body, string name, string source)
    {
        try
        {
            return new DecodedText(encoding.GetString(body), name);
        }
        catch (DecoderFallbackException)
        {
            throw new DocumentReadException(source, $"starts with a {name} byte-order mark but is not valid {name}");
        }
    }

    private static DecodedText DecodeWithoutBom(ReadOnlySpan<byte> bytes, string source)
    {
        if (BinarySignature.Find(bytes) is { } kind)
            throw new DocumentReadException(source, $"is a binary file ({kind}), not text");
        int nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            throw new DocumentReadException(source,
                $"is a binary file, not text (NUL byte at offset {nul.ToString(CultureInfo.InvariantCulture)}); " +
                "UTF-16 text needs a byte-order mark");
        }

        return Utf8.IsValid(bytes)
            ? new DecodedText(Encoding.UTF8.GetString(bytes), "utf-8")
            : DecodeMixed(bytes);
    }

    /// <summary>
    /// Decodes valid UTF-8 sequences as UTF-8 and every other byte as Windows-1252, so a Latin-1 file reads
    /// correctly and a UTF-8 file with a few stray Latin-1 bytes keeps its UTF-8 characters intact.
    /// </summary>
    private static DecodedText DecodeMixed(ReadOnlySpan<byte> bytes)
    {
        var builder = new StringBuilder(bytes.Length);
        Span<char> one = stackalloc char[2];
        bool sawMultiByte = false;
        int i = 0;
        while (i < bytes.Length)
        {
            byte b = bytes[i];
            if (b < 0x80)
            {
                builder.Append((char)b);
                i++;
                continue;
            }

            if (Rune.DecodeFromUtf8(bytes[i..], out var rune, out int consumed) == System.Buffers.OperationStatus.Done)
            {
                builder.Append(one[..rune.EncodeToUtf16(one)]);
                sawMultiByte = true;
                i += consumed;
            }
            else
            {
                s_windows1252.GetChars(bytes.Slice(i, 1), one);
                builder.Append(one[0]);
                i++;
            }
        }

        return new DecodedText(builder.ToString(), sawMultiByte ? "utf-8 with windows-1252 bytes" : "windows-1252");
    }

    private static void CheckControlCharacters(string text, string source)
    {
        int controls = 0;
        foreach (char c in text)
        {
            if (IsStrayControl(c)) controls++;
        }

        if (controls >= MinControlCount && controls > text.Length * MaxControlShare)
        {
            throw new DocumentReadException(source,
                $"is a binary file, not text ({controls.ToString("N0", CultureInfo.InvariantCulture)} of " +
                $"{text.Length.ToString("N0", CultureInfo.InvariantCulture)} characters are control characters)");
        }
    }

    private static bool IsStrayControl(char c) =>
        c is < ' ' and not ('\t' or '\n' or '\r' or '\f') || c is >= '\u007F' and <= '\u009F';
}
