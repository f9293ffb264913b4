using System.Text;
using Dossier.Corpus;
using Dossier.Corpus.Export;
using Dossier.Serialization;
using Dossier.Store;
using Dossier.Tests.Cli;
using Parquet;
using Parquet.Schema;

namespace Dossier.Tests.Store;

/// <summary>Every export format parses back to what the store holds, on every backend.</summary>
public sealed class ExportTests
{
    public static TheoryData<string> Backends => TestStore.Backends();

    private static TestStore Filled(string backend)
    {
        var test = TestStore.Create(backend);
        var a = SampleOutputs.Full("doc-a", "https://example.org/a");
        var b = SampleOutputs.Full("doc-b", "https://example.org/b, \"quoted\"", "2025-01-22");
        test.Store.Write(
        [
            StoredDocument.Analysed(ContentHash.Of(a.Document.Url, a.Document.Text), a, "in/a.txt", null),
            StoredDocument.Analysed(ContentHash.Of(b.Document.Url, b.Document.Text), b, "in/b.txt", null),
            StoredDocument.Failure(ContentHash.OfUnreadable("in/c.txt", "file is empty"), "doc-c", "in/c.txt", "file is empty"),
        ]);
        return test;
    }

    private static string Export(IStore store, ExportFormat format, EventFilter? events = null)
    {
        using var buffer = new MemoryStream();
        StoreExporter.Export(store, format, buffer, new DocumentFilter(), events ?? new EventFilter());
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    [Theory, MemberData(nameof(Backends))]
    public void Jsonl_holds_each_analysed_document_as_stored(string backend)
    {
        using var test = Filled(backend);
        var lines = Export(test.Store, ExportFormat.Jsonl).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(2, lines.Length);
        var parsed = lines.Select(DossierJson.Deserialize).ToList();
        Assert.Equal(["doc-a", "doc-b"], parsed.Select(p => p.Document.Id));
        Assert.Equal(DossierJson.Serialize(SampleOutputs.Full("doc-a", "https://example.org/a"), indented: false), lines[0]);
    }

    [Theory, MemberData(nameof(Backends))]
    public void Csv_lists_every_document_with_its_status(string backend)
    {
        using var test = Filled(backend);
        var rows = ParseCsv(Export(test.Store, ExportFormat.Csv));

        Assert.Equal(StoreExporter.DocumentColumns, rows[0]);
        Assert.Equal(4, rows.Count);
        Assert.Equal(["doc-a", "doc-b", "doc-c"], rows.Skip(1).Select(r => r[1]));
        Assert.Equal("https://example.org/b, \"quoted\"", rows[2][4]);
        Assert.Equal(("failed", "file is empty"), (rows[3][6], rows[3][7]));
    }

    [Theory, MemberData(nameof(Backends))]
    public void Events_csv_has_one_row_per_event_with_actors_and_evidence(string backend)
    {
        using var test = Filled(backend);
        var rows = ParseCsv(Export(test.Store, ExportFormat.EventsCsv));

        Assert.Equal(StoreExporter.EventColumns, rows[0]);
        Assert.Equal(5, rows.Count);
        var first = rows[0].Zip(rows[1]).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
        Assert.Equal("2025-01-20", first["date"]);
        Assert.Equal(("Tbilisi police", "GEOCOP", "Nino Beridze", "GEOLAB"),
            (first["source_name"], first["source_code"], first["target_name"], first["target_code"]));
        Assert.Equal(("173", "ARREST", "detain", "Batumi"), (first["cameo"], first["plover_type"], first["plover_mode"], first["location"]));
        Assert.Equal("Police in Tbilisi detained union leader Nino Beridze on Monday, the ministry said.", first["evidence"]);
        Assert.Equal(("doc-a", "https://example.org/a"), (first["document_id"], first["url"]));

        var filtered = ParseCsv(Export(test.Store, ExportFormat.EventsCsv, new EventFilter(From: "2025-01-21")));
        Assert.Equal(2, filtered.Count); // header + doc-b's undated event, which takes the document date
    }

    [Theory, MemberData(nameof(Backends))]
    public async Task Parquet_reads_back_the_events(string backend)
    {
        using var test = Filled(backend);
        using var buffer = new MemoryStream();
        Assert.Equal(4, StoreExporter.Export(test.Store, ExportFormat.Parquet, buffer, new DocumentFilter(), new EventFilter()));

        buffer.Position = 0;
        await using var reader = await ParquetReader.CreateAsync(buffer);
        var fields = reader.Schema.GetDataFields();
        Assert.Equal(StoreExporter.EventColumns, fields.Select(f => f.Name));
        using var group = reader.OpenRowGroupReader(0);
        Assert.Equal(4, group.RowCount);
        var source = new string?[4];
        await group.ReadAsync(Field(fields, "source_name"), source.AsMemory());
        Assert.Equal(new string?[] { "Tbilisi police", null, "Tbilisi police", null }, source.AsEnumerable());
        var negated = new bool[4];
        await group.ReadAsync<bool>(Field(fields, "negated"), negated.AsMemory());
        Assert.Equal(new[] { false, true, false, true }, negated.AsEnumerable());
    }

    [Theory, MemberData(nameof(Backends))]
    public void The_cli_queries_exports_and_summarises(string backend)
    {
        using var test = Filled(backend);

        var events = CliRunner.Run(null, "query", "events", "--db", test.Db, "--actor", "beridze", "--json");
        Assert.True(events.ExitCode == 0, events.Stderr);
        Assert.Equal(2, System.Text.Json.JsonDocument.Parse(events.Stdout).RootElement.GetArrayLength());

        var docs = CliRunner.Run(null, "query", "documents", "--db", test.Db, "--text", "dockers");
        Assert.True(docs.ExitCode == 0, docs.Stderr);
        Assert.Contains("2 rows", docs.Stdout, StringComparison.Ordinal);

        var actors = CliRunner.Run(null, "query", "actors", "--db", test.Db, "--name", "police", "--json");
        Assert.Contains("\"documents\": 2", actors.Stdout, StringComparison.Ordinal);

        var stats = CliRunner.Run(null, "stats", "--db", test.Db, "--json");
        var json = System.Text.Json.JsonDocument.Parse(stats.Stdout).RootElement;
        Assert.Equal((2, 1, 4), (json.GetProperty("documents_ok").GetInt32(), json.GetProperty("documents_failed").GetInt32(),
            json.GetProperty("events").GetInt32()));
        Assert.Equal(2, json.GetProperty("events_per_type").GetProperty("ARREST").GetInt32());

        var parquet = CliRunner.Run(null, "export", "--format", "parquet", "--db", test.Db);
        Assert.Equal(2, parquet.ExitCode);

        Assert.Equal((3, 3, 1), (json.GetProperty("corpus_actors").GetInt32(), json.GetProperty("corpus_events").GetInt32(),
            json.GetProperty("multi_source_events").GetInt32()));
        var clustered = CliRunner.Run(null, "query", "events", "--clustered", "--min-support", "2", "--db", test.Db, "--json");
        Assert.True(clustered.ExitCode == 0, clustered.Stderr);
        var arrest = Assert.Single(System.Text.Json.JsonDocument.Parse(clustered.Stdout).RootElement.EnumerateArray());
        Assert.Equal(("ARREST", 2, "doc-a; doc-b"), (arrest.GetProperty("plover_type").GetString(), arrest.GetProperty("support").GetInt32(),
            arrest.GetProperty("document_ids").GetString()));
        Assert.Equal(2, CliRunner.Run(null, "query", "events", "--clustered", "--text", "x", "--db", test.Db).ExitCode);
        var corpusCsv = CliRunner.Run(null, "export", "--corpus", "events", "--format", "csv", "--db", test.Db);
        Assert.True(corpusCsv.ExitCode == 0, corpusCsv.Stderr);
        var rows = ParseCsv(corpusCsv.Stdout);
        Assert.Equal(CorpusTable.EventColumns, rows[0]);
        Assert.Equal(4, rows.Count);
    }

    [Theory, MemberData(nameof(Backends))]
    public async Task Corpus_actor_table_exports_to_parquet_and_jsonl(string backend)
    {
        using var test = Filled(backend);
        var actors = new ActorFilter();
        var events = new CorpusEventFilter();
        using var buffer = new MemoryStream();
        Assert.Equal(3, CorpusExporter.Export(test.Store, CorpusExport.Actors, ExportFormat.Parquet, buffer, events, actors));
        buffer.Position = 0;
        await using var reader = await ParquetReader.CreateAsync(buffer);
        var fields = reader.Schema.GetDataFields();
        Assert.Equal(CorpusTable.ActorColumns, fields.Select(f => f.Name));
        using var group = reader.OpenRowGroupReader(0);
        var names = new string?[3];
        await group.ReadAsync(Field(fields, "name"), names.AsMemory());
        Assert.Equal(["Batumi", "Nino Beridze", "Tbilisi police"], names.Order(StringComparer.Ordinal));
        var documents = new int[3];
        await group.ReadAsync<int>(Field(fields, "documents"), documents.AsMemory());
        Assert.Equal([2, 2, 2], documents);

        using var jsonl = new MemoryStream();
        Assert.Equal(3, CorpusExporter.Export(test.Store, CorpusExport.Events, ExportFormat.Jsonl, jsonl, events, actors));
        var lines = Encoding.UTF8.GetString(jsonl.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.All(lines, l => Assert.Equal(CorpusTable.EventColumns, System.Text.Json.JsonDocument.Parse(l).RootElement.EnumerateObject().Select(p => p.Name)));
    }

    private static DataField Field(DataField[] fields, string name) => fields.Single(f => f.Name == name);

    /// <summary>A strict RFC 4180 reader, independent of the writer under test.</summary>
    private static List<string[]> ParseCsv(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\n') { row.Add(field.ToString()); field.Clear(); rows.Add([.. row]); row.Clear(); }
            else field.Append(c);
        }

        Assert.False(quoted);
        Assert.Empty(row);
        return rows;
    }
}
