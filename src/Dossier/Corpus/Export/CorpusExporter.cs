using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dossier.Store;
using Parquet;
using Parquet.Schema;

namespace Dossier.Corpus.Export;

/// <summary>Which corpus-level table <c>dossier export --corpus</c> writes.</summary>
internal enum CorpusExport
{
    /// <summary>Clustered corpus events with support, sources and figures.</summary>
    Events,

    /// <summary>Actors merged across documents.</summary>
    Actors,
}

/// <summary>Writes a corpus-level table as JSONL (one object per row), CSV or Parquet, in the store's stable order.</summary>
internal static class CorpusExporter
{
    /// <summary>Writes the table; returns the number of rows.</summary>
    public static long Export(IStore store, CorpusExport table, ExportFormat format, Stream output, CorpusEventFilter events, ActorFilter actors)
    {
        ArgumentNullException.ThrowIfNull(store);
        var (columns, rows) = table == CorpusExport.Events
            ? (CorpusTable.EventColumns, store.CorpusEvents(events).Select(CorpusTable.Fields).ToList())
            : (CorpusTable.ActorColumns, store.Actors(actors).Select(CorpusTable.Fields).ToList());
        switch (format)
        {
            case ExportFormat.Jsonl: Jsonl(columns, rows, output); break;
            case ExportFormat.Parquet: ParquetAsync(columns, rows, output).GetAwaiter().GetResult(); break;
            default: Csv(columns, rows, output); break;
        }

        return rows.Count;
    }

    private static void Jsonl(string[] columns, List<object?[]> rows, Stream output)
    {
        var options = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        foreach (var row in rows)
        {
            using (var w = new Utf8JsonWriter(output, options))
            {
                w.WriteStartObject();
                for (int c = 0; c < columns.Length; c++)
                {
                    w.WritePropertyName(columns[c]);
                    switch (row[c])
                    {
                        case null: w.WriteNullValue(); break;
                        case bool b: w.WriteBooleanValue(b); break;
                        case int i: w.WriteNumberValue(i); break;
                        case long l: w.WriteNumberValue(l); break;
                        default: w.WriteStringValue((string)row[c]!); break;
                    }
                }

                w.WriteEndObject();
            }

            output.WriteByte((byte)'\n');
        }
    }

    private static void Csv(string[] columns, List<object?[]> rows, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        var csv = new CsvWriter(writer);
        csv.Row(columns);
        foreach (var row in rows) csv.Row(row);
    }

    /// <summary>Column types follow the values: long ids, int counts, bool flags, nullable strings.</summary>
    private static async Task ParquetAsync(string[] columns, List<object?[]> rows, Stream output)
    {
        var fields = columns.Select(name => name switch
        {
            "corpus_event_id" or "corpus_actor_id" => (DataField)new DataField<long>(name),
            "support" or "documents" or "mentions" or "events" => new DataField<int>(name),
            "negated" => new DataField<bool>(name),
            _ => new DataField<string>(name, true),
        }).ToArray();
        var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), output).ConfigureAwait(false);
        await using (writer.ConfigureAwait(false))
        {
            using var group = writer.CreateRowGroup();
            for (int c = 0; c < fields.Length; c++)
            {
                var type = fields[c].ClrType;
                if (type == typeof(long)) await group.WriteAsync<long>(fields[c], rows.Select(r => (long)r[c]!).ToArray()).ConfigureAwait(false);
                else if (type == typeof(int)) await group.WriteAsync<int>(fields[c], rows.Select(r => (int)r[c]!).ToArray()).ConfigureAwait(false);
                else if (type == typeof(bool)) await group.WriteAsync<bool>(fields[c], rows.Select(r => (bool)r[c]!).ToArray()).ConfigureAwait(false);
                else await group.WriteAsync(fields[c], rows.Select(r => (string?)r[c]).ToArray()!).ConfigureAwait(false);
            }
        }
    }
}
