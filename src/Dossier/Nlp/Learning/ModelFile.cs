using System.IO.Compression;
using System.Text;

namespace Dossier.Nlp.Learning;

/// <summary>
/// Dossier's model container: magic "DSMD", a format version, the model kind, a JSON metadata block
/// (training data, seed, epochs, dev scores) and a Brotli-compressed payload written by the model itself.
/// Errors carry stable DMD codes.
/// </summary>
public static class ModelFile
{
    public const int FormatVersion = 1;
    private static ReadOnlySpan<byte> Magic => "DSMD"u8;

    public static void Write(string path, string kind, string metadataJson, Action<BinaryWriter> writePayload)
    {
        ArgumentNullException.ThrowIfNull(writePayload);
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null) Directory.CreateDirectory(dir);
        var temp = path + ".tmp";
        using (var file = File.Create(temp))
        {
            file.Write(Magic);
            using (var header = new BinaryWriter(file, Encoding.UTF8, leaveOpen: true))
            {
                header.Write(FormatVersion);
                header.Write(kind);
                header.Write(metadataJson);
            }

            using var brotli = new BrotliStream(file, CompressionLevel.SmallestSize, leaveOpen: true);
            // Buffered: the payload is written value by value, and Brotli is slow on tiny writes.
            using var buffered = new BufferedStream(brotli, 1 << 16);
            using var payload = new BinaryWriter(buffered, Encoding.UTF8);
            writePayload(payload);
        }

        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Reads a model of the given kind; the payload reader sees the decompressed stream.</summary>
    public static (string Metadata, T Model) Read<T>(string path, string kind, Func<BinaryReader, T> readPayload)
    {
        ArgumentNullException.ThrowIfNull(readPayload);
        if (!File.Exists(path)) throw new FileNotFoundException($"DMD001 model file not found: {path}", path);
        using var file = File.OpenRead(path);
        Span<byte> magic = stackalloc byte[4];
        if (file.Read(magic) != 4 || !magic.SequenceEqual(Magic))
            throw new InvalidDataException($"DMD002 {path} is not a Dossier model file");
        using var header = new BinaryReader(file, Encoding.UTF8, leaveOpen: true);
        int version = header.ReadInt32();
        if (version != FormatVersion)
            throw new InvalidDataException($"DMD003 {path} has model format {version}; this build reads {FormatVersion}");
        var fileKind = header.ReadString();
        if (!string.Equals(fileKind, kind, StringComparison.Ordinal))
            throw new InvalidDataException($"DMD004 {path} holds a '{fileKind}' model, expected '{kind}'");
        var metadata = header.ReadString();
        using var brotli = new BrotliStream(file, CompressionMode.Decompress);
        using var payload = new BinaryReader(new BufferedStream(brotli, 1 << 16), Encoding.UTF8);
        try
        {
            return (metadata, readPayload(payload));
        }
        catch (EndOfStreamException ex)
        {
            throw new InvalidDataException($"DMD005 {path} is truncated", ex);
        }
    }
}
