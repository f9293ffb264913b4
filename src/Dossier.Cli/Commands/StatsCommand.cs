using System.CommandLine;
using System.Text.Json;
using Dossier.Cli.Output;
using Dossier.Store;
using Spectre.Console;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier stats</c>: counts of documents, layers, actors, events per type and per day.</summary>
public static class StatsCommand
{
    public static Command Create()
    {
        var db = StoreOptions.Db();
        var json = StoreOptions.Json();
        var command = new Command("stats", "Summarise the corpus store") { db, json };
        command.SetAction(parse => QueryCommand.WithStore(parse.GetValue(db), store =>
        {
            var stats = store.Stats();
            if (parse.GetValue(json)) WriteJson(stats);
            else WriteTables(stats);
        }));
        return command;
    }

    private static (string Name, long Value)[] Counts(StoreStats s) =>
    [
        ("documents_ok", s.DocumentsOk), ("documents_failed", s.DocumentsFailed), ("sentences", s.Sentences),
        ("entities", s.Entities), ("distinct_actors", s.DistinctActors), ("events", s.Events), ("quotes", s.Quotes),
        ("figures", s.Figures), ("timexes", s.Timexes), ("stories", s.Stories), ("stories_with_copies", s.StoriesWithCopies),
        ("corpus_actors", s.CorpusActors), ("corpus_events", s.CorpusEvents), ("clustered_events", s.ClusteredEvents),
        ("multi_source_events", s.MultiSourceEvents),
    ];

    private static void WriteTables(StoreStats s)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        console.WriteLine($"store: {s.Backend}, schema version {s.SchemaVersion}");
        var counts = new Table().Border(TableBorder.Rounded).AddColumn("count").AddColumn(new TableColumn("value").RightAligned());
        foreach (var (name, value) in Counts(s)) counts.AddRow(name, value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        console.Write(counts);
        Pairs(console, "events per type", "type", s.EventsPerType);
        Pairs(console, "events per day", "day", s.EventsPerDay);
        Pairs(console, "failure reasons", "reason", s.FailureReasons);
    }

    private static void Pairs(IAnsiConsole console, string title, string key, IReadOnlyList<KeyValuePair<string, long>> pairs)
    {
        if (pairs.Count == 0) return;
        var table = new Table().Border(TableBorder.Rounded).Title(title).AddColumn(key).AddColumn(new TableColumn("count").RightAligned());
        foreach (var (k, v) in pairs)
            table.AddRow(Markup.Escape(k), v.ToString(System.Globalization.CultureInfo.InvariantCulture));
        console.Write(table);
    }

    private static void WriteJson(StoreStats s)
    {
        JsonStdout.WriteObject(w =>
        {
            w.WriteString("backend", s.Backend);
            w.WriteNumber("schema_version", s.SchemaVersion);
            foreach (var (name, value) in Counts(s)) w.WriteNumber(name, value);
            Object(w, "events_per_type", s.EventsPerType);
            Object(w, "events_per_day", s.EventsPerDay);
            Object(w, "failure_reasons", s.FailureReasons);
        });
    }

    private static void Object(Utf8JsonWriter w, string name, IReadOnlyList<KeyValuePair<string, long>> pairs)
    {
        w.WriteStartObject(name);
        foreach (var (k, v) in pairs)
        {
            w.WritePropertyName(k);
            RowOutput.WriteValue(w, v);
        }

        w.WriteEndObject();
    }
}
