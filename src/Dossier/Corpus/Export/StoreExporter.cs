using System.Text;
using Dossier.Serialization;
using Dossier.Store;
using Parquet;
using Parquet.Schema;

namespace Dossier.Corpus.Export;

/// <summary>Writes the store's documents or events to a stream in one of the export formats, in stable order.</summary>
internal static class StoreExporter
{
    public static readonly string[] DocumentColumns =
        ["doc_key", "id", "content_hash", "title", "url", "date", "status", "failure_reason", "source_path", "story_id", "text_length"];

    public static readonly string[] EventColumns =
    [
        "date", "source_name", "source_code", "target_name", "target_code", "cameo", "plover_type", "plover_mode",
        "location", "negated", "modality", "attributed_to", "document_id", "url", "event_id", "evidence_start",
        "evidence_end", "evidence", "rule",
    ];

    /// <summary>Writes the export; returns the number of records written.</summary>
    public static long Export(IStore store, ExportFormat format, Stream output, DocumentFilter documents, EventFilter events)
    {
        ArgumentNullException.ThrowIfNull(store);
        return format switch
        {
            ExportFormat.Jsonl => Jsonl(store, output, documents),
            ExportFormat.Csv => DocumentsCsv(store, output, documents),
            ExportFormat.EventsCsv => EventsCsv(store, output, events),
            _ => EventsParquet(store, output, events),
        };
    }

    private static long Jsonl(IStore store, Stream output, DocumentFilter filter)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        long n = 0;
        foreach (var row in store.Documents(filter with { Status = "ok" }))
        {
            if (store.Load(row.DocKey) is not { } record) continue;
            writer.Write(DossierJson.Serialize(record, indented: false));
            writer.Write('\n');
            n++;
        }

        return n;
    }

    private static long DocumentsCsv(IStore store, Stream output, DocumentFilter filter)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        var csv = new CsvWriter(writer);
        csv.Row(DocumentColumns);
        long n = 0;
        foreach (var d in store.Documents(filter))
        {
            csv.Row(d.DocKey, d.Id, d.ContentHash, d.Title, d.Url, d.Date, d.Status, d.FailureReason, d.SourcePath, d.StoryId, d.TextLength);
            n++;
        }

        return n;
    }

    private static long EventsCsv(IStore store, Stream output, EventFilter filter)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        var csv = new CsvWriter(writer);
        csv.Row(EventColumns);
        long n = 0;
        foreach (var e in store.Events(filter))
        {
            csv.Row(Fields(e));
            n++;
        }

        return n;
    }

    public static object?[] Fields(EventRow e) =>
    [
        e.Date, e.SourceName, e.SourceCode, e.TargetName, e.TargetCode, e.Cameo, e.Type, e.Mode, e.Location, e.Negated,
        e.Modality, e.AttributedTo, e.DocumentId, e.Url, e.EventId, e.EvidenceStart, e.EvidenceEnd, e.Evidence, e.Rule,
    ];

    /// <summary>Events in row groups of <see cref="RowGroupSize"/>, so memory is bounded for any corpus size.</summary>
    private const int RowGroupSize = 50_000;

    private static long EventsParquet(IStore store, Stream output, EventFilter filter) =>
        EventsParquetAsync(store, output, filter).GetAwaiter().GetResult();

    private static async Task<long> EventsParquetAsync(IStore store, Stream output, EventFilter filter)
    {
        var fields = EventColumns.Select(name => name switch
        {
            "negated" => (DataField)new DataField<bool>(name),
            "evidence_start" or "evidence_end" => new DataField<int>(name),
            _ => new DataField<string>(name, true),
        }).ToArray();
        var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), output).ConfigureAwait(false);
        await using (writer.ConfigureAwait(false))
        {
            long n = 0;
            var rows = new List<object?[]>(RowGroupSize);
            foreach (var e in store.Events(filter))
            {
                rows.Add(Fields(e));
                n++;
                if (rows.Count == RowGroupSize) await WriteGroupAsync(writer, fields, rows).ConfigureAwait(false);
            }

            if (rows.Count > 0 || n == 0) await WriteGroupAsync(writer, fields, rows).ConfigureAwait(false);
            return n;
        }
    }

    private static async Task WriteGroupAsync(ParquetWriter writer, DataField[] fields, List<object?[]> rows)
    {
        using var group = writer.CreateRowGroup();
        for (int c = 0; c < fields.Length; c++)
        {
            if (fields[c].ClrType == typeof(bool))
                await group.WriteAsync<bool>(fields[c], rows.Select(r => (bool)r[c]!).ToArray()).ConfigureAwait(false);
            else if (fields[c].ClrType == typeof(int))
                await group.WriteAsync<int>(fields[c], rows.Select(r => (int)r[c]!).ToArray()).ConfigureAwait(false);
            else
                await group.WriteAsync(fields[c], rows.Select(r => (string?)r[c]).ToArray()!).ConfigureAwait(false);
        }

        rows.Clear();
    }
}
