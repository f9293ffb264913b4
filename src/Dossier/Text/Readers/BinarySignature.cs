namespace Dossier.Text.Readers;

/// <summary>Recognises common binary file formats by their leading bytes, to name them in error messages.</summary>
internal static class BinarySignature
{
    // File-format magic numbers (a closed, format-defined set, like byte-order marks).
    private static readonly (byte[] Magic, string Kind)[] s_signatures =
    [
        ("%PDF-"u8.ToArray(), "PDF document"),
        ([0x50, 0x4B, 0x03, 0x04], "ZIP archive or Office document"),
        ([0x1F, 0x8B], "gzip archive"),
        ([0x89, 0x50, 0x4E, 0x47], "PNG image"),
        ([0xFF, 0xD8, 0xFF], "JPEG image"),
        ("GIF8"u8.ToArray(), "GIF image"),
        ([0xD0, 0xCF, 0x11, 0xE0], "legacy Office document"),
        ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"),
        ("SQLite format 3"u8.ToArray(), "SQLite database"),
        ([0x28, 0xB5, 0x2F, 0xFD], "zstd archive"),
    ];

    /// <summary>The kind of binary file the bytes start with, or null.</summary>
    public static string? Find(ReadOnlySpan<byte> bytes)
    {
        foreach (var (magic, kind) in s_signatures)
        {
            if (bytes.StartsWith(magic)) return kind;
        }

        return null;
    }
}
