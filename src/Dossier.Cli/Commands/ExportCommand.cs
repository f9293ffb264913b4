using System.CommandLine;
using Dossier.Corpus.Export;
using Dossier.Store;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier export</c>: writes the store's documents or events as JSONL, CSV or Parquet.</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "jsonl (dossier/1 per document), csv (documents table), events-csv (one row per event, " +
                          "GDELT-like columns), parquet (events)",
            DefaultValueFactory = _ => "jsonl",
        };
        format.AcceptOnlyFromAmong("jsonl", "csv", "events-csv", "parquet");
        var output = new Option<string?>("--out", "-o") { Description = "Write to this file (required for parquet) instead of standard output" };
        var db = StoreOptions.Db();
        var text = StoreOptions.Text();
        var from = StoreOptions.From();
        var to = StoreOptions.To();
        var status = new Option<string?>("--status") { Description = "Documents: ok or failed (csv only; jsonl has only ok)" };
        status.AcceptOnlyFromAmong("ok", "failed");
        var actor = new Option<string?>("--actor") { Description = "Events: source or target actor name contains this" };
        var type = new Option<string?>("--type") { Description = "Events: PLOVER type or CAMEO code prefix" };
        var country = new Option<string?>("--country") { Description = "Events: country of an actor or the location" };
        var corpus = new Option<string?>("--corpus")
        {
            Description = "Export a corpus-level table instead: events (clustered, with support, sources, figures) or " +
                          "actors (merged across documents); formats jsonl, csv, parquet",
        };
        corpus.AcceptOnlyFromAmong("events", "actors");
        var command = new Command("export", "Export the corpus store\n\nExamples:\n" +
                                            "  dossier export --corpus events --format csv --out corpus-events.csv\n" +
                                            "  dossier export --format events-csv --out events.csv --from 2024-01-01\n" +
                                            "  dossier export --format parquet --out events.parquet --db postgres://...")
        {
            format, output, db, text, from, to, status, actor, type, country, corpus,
        };
        command.SetAction(parse =>
        {
            var fmt = parse.GetValue(format) switch
            {
                "csv" => ExportFormat.Csv,
                "events-csv" => ExportFormat.EventsCsv,
                "parquet" => ExportFormat.Parquet,
                _ => ExportFormat.Jsonl,
            };
            var path = parse.GetValue(output);
            if (fmt == ExportFormat.Parquet && path is null)
            {
                Console.Error.WriteLine("dossier: error: parquet needs --out PATH (the format cannot stream to a pipe)");
                return ExitCodes.Usage;
            }

            if (parse.GetValue(corpus) is { } table)
                return Corpus(parse.GetValue(db), table == "actors" ? CorpusExport.Actors : CorpusExport.Events, fmt, path,
                    new CorpusEventFilter(null, parse.GetValue(actor), parse.GetValue(type), parse.GetValue(from), parse.GetValue(to)),
                    new ActorFilter(parse.GetValue(actor), parse.GetValue(type)));

            var documents = new DocumentFilter(parse.GetValue(text), parse.GetValue(from), parse.GetValue(to), parse.GetValue(status));
            var events = new EventFilter(parse.GetValue(actor), parse.GetValue(type), parse.GetValue(country),
                parse.GetValue(from), parse.GetValue(to), parse.GetValue(text));
            return QueryCommand.WithStore(parse.GetValue(db), store =>
            {
                long n;
                if (path is null)
                {
                    using var stdout = Console.OpenStandardOutput();
                    n = StoreExporter.Export(store, fmt, stdout, documents, events);
                }
                else
                {
                    var dir = Path.GetDirectoryName(Path.GetFullPath(path));
                    if (dir is not null) Directory.CreateDirectory(dir);
                    using var file = File.Create(path);
                    n = StoreExporter.Export(store, fmt, file, documents, events);
                }

                Console.Error.WriteLine($"dossier: exported {n} {(fmt is ExportFormat.EventsCsv or ExportFormat.Parquet ? "events" : "documents")}");
            });
        });
        return command;
    }

    private static int Corpus(string? db, CorpusExport table, ExportFormat format, string? path, CorpusEventFilter events, ActorFilter actors)
    {
        if (format == ExportFormat.EventsCsv)
        {
            Console.Error.WriteLine("dossier: error: --corpus exports jsonl, csv or parquet");
            return ExitCodes.Usage;
        }

        return QueryCommand.WithStore(db, store =>
        {
            long n;
            if (path is null)
            {
                using var stdout = Console.OpenStandardOutput();
                n = CorpusExporter.Export(store, table, format, stdout, events, actors);
            }
            else
            {
                var dir = Path.GetDirectoryName(Path.GetFullPath(path));
                if (dir is not null) Directory.CreateDirectory(dir);
                using var file = File.Create(path);
                n = CorpusExporter.Export(store, table, format, file, events, actors);
            }

            Console.Error.WriteLine($"dossier: exported {n} corpus {(table == CorpusExport.Events ? "events" : "actors")}");
        });
    }
}
