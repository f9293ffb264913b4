using System.Text.Json;

namespace Dossier.Text.Readers;

/// <summary>
/// Reads JSON records: a .json file holding one object or an array of objects, or JSON Lines (one object per
/// line). Each record has <c>text</c> (required) and optional <c>title</c>, <c>date</c>, <c>url</c>,
/// <c>id</c>, <c>author</c>. A bad record fails alone, with its line; the other records are still read.
/// </summary>
internal static class JsonRecordReader
{
    private static readonly JsonReaderOptions s_readerOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>Reads a whole .json file (already within the size limit).</summary>
    public static List<ReadResult> ReadJson(ReadOnlySpan<byte> bytes, string source, string stem, ReaderOptions options)
    {
        var results = new List<ReadResult>();
        bytes = SkipBom(bytes);
        var reader = new Utf8JsonReader(bytes, s_readerOptions);
        int recordLine = 1;
        try
        {
            if (!reader.Read()) throw new DocumentReadException(source, "file is empty (no JSON value)");
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                using var single = JsonDocument.ParseValue(ref reader);
                results.Add(FromRecord(single.RootElement, source, null, stem, options, DocumentFormat.Json));
                if (reader.Read()) throw new DocumentReadException(source, LineOf(bytes, reader.TokenStartIndex), "unexpected content after the JSON object");
                return results;
            }

            if (reader.TokenType != JsonTokenType.StartArray)
                throw new DocumentReadException(source, "expected a JSON object or an array of objects");
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                recordLine = LineOf(bytes, reader.TokenStartIndex);
                using var record = JsonDocument.ParseValue(ref reader);
                results.Add(FromRecord(record.RootElement, source, recordLine, $"{stem}-{recordLine}", options, DocumentFormat.Json));
            }
        }
        catch (JsonException ex)
        {
            int line = ex.LineNumber is { } n ? (int)n + 1 : recordLine;
            var after = results.Count > 0 ? "; records after this point were not read" : "";
            results.Add(ReadResult.Failed(source, $"malformed JSON: {JsonErrors.Describe(ex)}{after}", line));
        }
        catch (DocumentReadException ex)
        {
            results.Add(ReadResult.Failed(ex.Source, ex.Reason, ex.Line));
        }

        return results;
    }

    /// <summary>Reads JSON Lines from a stream, lazily: each line is one record; blank lines are skipped.</summary>
    public static IEnumerable<ReadResult> ReadLines(Stream stream, string source, string stem, ReaderOptions options)
    {
        foreach (var line in JsonLineSplitter.Split(stream, options.MaxBytes))
        {
            if (line.Bytes is null)
            {
                yield return ReadResult.Failed(source, SizeLimit.Describe("record", line.Length, options.MaxBytes), line.Number);
                continue;
            }

            var bytes = line.Number == 1 ? SkipBom(line.Bytes) : line.Bytes;
            if (IsBlank(bytes)) continue;
            yield return ReadLine(bytes, source, line.Number, stem, options);
        }
    }

    private static ReadResult ReadLine(ReadOnlySpan<byte> bytes, string source, int line, string stem, ReaderOptions options)
    {
        try
        {
            using var record = JsonDocument.Parse(bytes.ToArray());
            return FromRecord(record.RootElement, source, line, $"{stem}-{line}", options, DocumentFormat.JsonLines);
        }
        catch (JsonException ex)
        {
            return ReadResult.Failed(source, $"malformed JSON: {JsonErrors.Describe(ex)}", line);
        }
    }

    private static ReadResult FromRecord(
        JsonElement record, string source, int? line, string defaultId, ReaderOptions options, DocumentFormat format)
    {
        try
        {
            if (record.ValueKind != JsonValueKind.Object)
                return ReadResult.Failed(source, $"a record must be a JSON object, found {DocumentMetadata.Describe(record.ValueKind)}", line);
            if (!record.TryGetProperty("text", out var textValue))
                return ReadResult.Failed(source, "the record has no 'text' field", line);
            if (textValue.ValueKind != JsonValueKind.String)
                return ReadResult.Failed(source, $"'text' must be a string, found {DocumentMetadata.Describe(textValue.ValueKind)}", line);
            var metadata = DocumentMetadata.FromJson(record);
            return ReadResult.Success(DocumentAssembler.Build(textValue.GetString()!, "utf-8", metadata, defaultId, source, line, options, format));
        }
        catch (FormatException ex)
        {
            return ReadResult.Failed(source, ex.Message, line);
        }
        catch (DocumentReadException ex)
        {
            return ReadResult.Failed(ex.Source, ex.Reason, ex.Line ?? line);
        }
    }

    private static ReadOnlySpan<byte> SkipBom(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes;

    private static byte[] SkipBom(byte[] bytes) =>
        bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes;

    private static bool IsBlank(ReadOnlySpan<byte> bytes) => bytes.Trim(" \t\r"u8).IsEmpty;

    private static int LineOf(ReadOnlySpan<byte> bytes, long index) =>
        bytes[..(int)Math.Min(index, bytes.Length)].Count((byte)'\n') + 1;
}
