using Dossier.Text.Readers.Html;

namespace Dossier.Text.Readers;

/// <summary>
/// Reads inputs into source documents: plain text, HTML, JSON and JSON Lines records, choosing the format by
/// extension and content. Every outcome is a <see cref="ReadResult"/>: one input may hold many documents, and
/// one bad record fails alone. Nothing here throws for bad input; it returns a failure with the reason.
/// See docs/readers.md.
/// </summary>
public static class DocumentReader
{
    /// <summary>The name standard input is reported under.</summary>
    public const string StandardInputName = "stdin";

    /// <summary>
    /// Reads a file. A sidecar <c>name.json</c> beside a text or HTML file supplies metadata. JSON Lines files
    /// are read lazily, one record at a time, so their size is not limited (each record is).
    /// </summary>
    public static IEnumerable<ReadResult> ReadFile(string path, ReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= ReaderOptions.Default;
        var format = options.Format != DocumentFormat.Auto ? options.Format : FormatSniffer.ByExtension(path);
        if (CheckFile(path, format, options) is { } failure) return [failure];
        if (format == DocumentFormat.JsonLines) return ReadJsonLinesFile(path, options);

        byte[] bytes;
        DocumentMetadata? sidecar;
        try
        {
            bytes = File.ReadAllBytes(path);
            sidecar = format is DocumentFormat.Json or DocumentFormat.JsonLines ? null : ReadSidecar(path);
        }
        catch (DocumentReadException ex)
        {
            return [ReadResult.Failed(ex.Source, ex.Reason, ex.Line)];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [ReadResult.Failed(path, $"cannot read the file: {ex.Message}")];
        }

        return Read(bytes, path, options, sidecar);
    }

    /// <summary>
    /// Reads one input held in memory. <paramref name="name"/> is reported in failures and gives the default
    /// id (its file stem) and, by its extension, the format. <paramref name="metadata"/> (e.g. from a sidecar)
    /// overrides what the content says about itself.
    /// </summary>
    public static IEnumerable<ReadResult> Read(byte[] bytes, string name, ReaderOptions? options = null, DocumentMetadata? metadata = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(name);
        options ??= ReaderOptions.Default;
        var format = options.Format != DocumentFormat.Auto ? options.Format : FormatSniffer.ByExtension(name);
        if (format == DocumentFormat.Auto) format = FormatSniffer.ByContent(name, bytes);
        if (format == DocumentFormat.JsonLines) return JsonRecordReader.ReadLines(new MemoryStream(bytes, writable: false), name, Stem(name), options);
        if (bytes.LongLength > options.MaxBytes)
            return [ReadResult.Failed(name, SizeLimit.Describe(format == DocumentFormat.Json ? "the JSON file" : "the text", bytes.LongLength, options.MaxBytes))];
        if (format == DocumentFormat.Json) return JsonRecordReader.ReadJson(bytes, name, Stem(name), options);
        try
        {
            return [ReadResult.Success(ReadDocument(bytes, name, format, options, metadata ?? DocumentMetadata.Empty))];
        }
        catch (DocumentReadException ex)
        {
            return [ReadResult.Failed(ex.Source, ex.Reason, ex.Line)];
        }
    }

    /// <summary>
    /// Reads a stream such as standard input, up to the size limit (a longer stream fails without being read
    /// to its end). JSON Lines, when asked for by <see cref="ReaderOptions.Format"/>, is read record by record.
    /// </summary>
    public static IEnumerable<ReadResult> ReadStream(Stream stream, string name, ReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= ReaderOptions.Default;
        if (options.Format == DocumentFormat.JsonLines) return JsonRecordReader.ReadLines(stream, name, Stem(name), options);
        byte[] bytes;
        try
        {
            bytes = ReadAtMost(stream, options.MaxBytes + 1);
        }
        catch (IOException ex)
        {
            return [ReadResult.Failed(name, $"cannot read: {ex.Message}")];
        }

        if (bytes.LongLength > options.MaxBytes)
            return [ReadResult.Failed(name, $"input is more than {SizeLimit.Bytes(options.MaxBytes)}, the limit per document (--max-bytes)")];
        return Read(bytes, name, options);
    }

    private static SourceDocument ReadDocument(byte[] bytes, string name, DocumentFormat format, ReaderOptions options, DocumentMetadata given)
    {
        var decoded = TextDecoder.Decode(bytes, name);
        if (format == DocumentFormat.Html)
        {
            var (text, pageMetadata) = HtmlReader.Read(decoded.Text, name);
            return DocumentAssembler.Build(text, decoded.Encoding, given.Or(pageMetadata), Stem(name), name, null, options, format);
        }

        return DocumentAssembler.Build(decoded.Text, decoded.Encoding, given, Stem(name), name, null, options, DocumentFormat.Text);
    }

    /// <summary>Fails fast, before reading a byte, on what the file system already tells: missing, a folder, empty, too big.</summary>
    private static ReadResult? CheckFile(string path, DocumentFormat format, ReaderOptions options)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is { } target && info.ResolveLinkTarget(returnFinalTarget: true) is not { Exists: true })
            return ReadResult.Failed(path, $"cannot read: the symbolic link points to '{target}', which does not exist");
        if (Directory.Exists(path)) return ReadResult.Failed(path, "is a directory, not a file");
        if (!info.Exists) return ReadResult.Failed(path, "no such file");

        // A FIFO or device also reports 0 bytes; it is never opened, since reading it could block for ever.
        if (info.Length == 0) return ReadResult.Failed(path, "file is empty (0 bytes)");
        if (format != DocumentFormat.JsonLines && info.Length > options.MaxBytes)
            return ReadResult.Failed(path, SizeLimit.Describe("the file", info.Length, options.MaxBytes));
        return null;
    }

    private static IEnumerable<ReadResult> ReadJsonLinesFile(string path, ReaderOptions options)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [ReadResult.Failed(path, $"cannot read the file: {ex.Message}")];
        }

        return ReadAndDispose(stream, path, options);
    }

    private static IEnumerable<ReadResult> ReadAndDispose(FileStream stream, string path, ReaderOptions options)
    {
        using (stream)
        {
            foreach (var result in JsonRecordReader.ReadLines(stream, path, Stem(path), options)) yield return result;
        }
    }

    /// <summary>The sidecar metadata beside a document (<c>name.json</c> next to <c>name.txt</c>), if there is one.</summary>
    private static DocumentMetadata? ReadSidecar(string path)
    {
        var sidecar = Path.ChangeExtension(path, ".json");
        if (string.Equals(sidecar, path, StringComparison.Ordinal) || !File.Exists(sidecar)) return null;
        return DocumentMetadata.ParseSidecar(File.ReadAllBytes(sidecar), sidecar);
    }

    private static byte[] ReadAtMost(Stream stream, long limit)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length < limit && (read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, limit - buffer.Length))) > 0)
            buffer.Write(chunk, 0, read);
        return buffer.ToArray();
    }

    private static string Stem(string name) => Path.GetFileNameWithoutExtension(name) is { Length: > 0 } stem ? stem : name;
}
