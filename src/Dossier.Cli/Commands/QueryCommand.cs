using System.CommandLine;
using Dossier.Cli.Output;
using Dossier.Corpus.Export;
using Dossier.Store;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier query events|actors|documents|stories</c>: looks things up in the corpus store.</summary>
public static class QueryCommand
{
    public static Command Create()
    {
        var command = new Command("query", "Query the corpus store (tables, or JSON with --json)");
        command.Subcommands.Add(Events());
        command.Subcommands.Add(Actors());
        command.Subcommands.Add(Documents());
        command.Subcommands.Add(Stories());
        return command;
    }

    private static Command Events()
    {
        var db = StoreOptions.Db();
        var actor = new Option<string?>("--actor") { Description = "Source or target actor name contains this (any case)" };
        var type = new Option<string?>("--type") { Description = "PLOVER event type, or a CAMEO code prefix" };
        var country = new Option<string?>("--country") { Description = "Country of an involved actor, or the event location" };
        var from = StoreOptions.From();
        var to = StoreOptions.To();
        var text = StoreOptions.Text();
        var limit = StoreOptions.Limit("Show at most this many events (default 100)");
        var json = StoreOptions.Json();
        var clustered = new Option<bool>("--clustered")
        {
            Description = "Corpus events: mentions clustered across documents, with support (independent stories), " +
                          "sources and figures side by side (--country and --text do not apply)",
        };
        var minSupport = new Option<int>("--min-support")
        {
            Description = "With --clustered: only events reported by at least this many independent stories",
            DefaultValueFactory = _ => 1,
        };
        var command = new Command("events", "List events: date, actors, codes, location, evidence sentence")
        {
            db, actor, type, country, from, to, text, limit, json, clustered, minSupport,
        };
        command.SetAction(parse =>
        {
            if (!parse.GetValue(clustered)) return Mentions(parse);
            if (parse.GetValue(country) is not null || parse.GetValue(text) is not null)
            {
                Console.Error.WriteLine("dossier: error: --country and --text apply to event mentions, not to --clustered events");
                return ExitCodes.Usage;
            }

            return WithStore(parse.GetValue(db), store => Clustered(store, new CorpusEventFilter(null, parse.GetValue(actor),
                parse.GetValue(type), parse.GetValue(from), parse.GetValue(to), parse.GetValue(minSupport), parse.GetValue(limit) ?? 100),
                parse.GetValue(json)));
        });
        return command;

        int Mentions(ParseResult parse) => WithStore(parse.GetValue(db), store =>
        {
            var filter = new EventFilter(parse.GetValue(actor), parse.GetValue(type), parse.GetValue(country),
                parse.GetValue(from), parse.GetValue(to), parse.GetValue(text), parse.GetValue(limit) ?? 100);
            var events = store.Events(filter);
            if (parse.GetValue(json))
            {
                RowOutput.Write(StoreExporter.EventColumns, events.Select(StoreExporter.Fields), json: true);
            }
            else
            {
                // A terminal table cannot hold all 19 columns: the ones a reader scans first.
                RowOutput.Write(["date", "source", "target", "cameo", "type", "location", "document", "evidence"],
                    events.Select(e => new object?[]
                    {
                        e.Date, e.SourceName, e.TargetName, e.Cameo, e.Type, e.Location, e.DocumentId, e.Evidence,
                    }), json: false);
            }
        });
    }

    private static void Clustered(IStore store, CorpusEventFilter filter, bool json)
    {
        var events = store.CorpusEvents(filter);
        if (json)
        {
            RowOutput.Write(CorpusTable.EventColumns, events.Select(CorpusTable.Fields), json: true);
            return;
        }

        RowOutput.Write(["dates", "source", "target", "type", "cameo", "location", "support", "documents", "figures", "conflicts"],
            events.Select(e => new object?[]
            {
                e.DateFrom == e.DateTo ? e.DateFrom : e.DateFrom + ".." + e.DateTo, e.SourceName, e.TargetName, e.Type, e.CameoRoot,
                e.Location, e.Support, string.Join(CorpusTable.Separator, e.Sources.Select(s => s.DocumentId)),
                string.Join(CorpusTable.Separator, e.Figures), string.Join(CorpusTable.Separator, e.Conflicts),
            }), json: false);
    }

    private static Command Actors()
    {
        var db = StoreOptions.Db();
        var name = new Option<string?>("--name") { Description = "One of the actor's names contains this (case, accents, punctuation ignored)" };
        var type = new Option<string?>("--type") { Description = "Actor type, exactly" };
        var limit = StoreOptions.Limit("Show at most this many actors (default 100)");
        var json = StoreOptions.Json();
        var command = new Command("actors", "List corpus actors (merged across documents): names, country, code, documents, mentions, events")
        {
            db, name, type, limit, json,
        };
        command.SetAction(parse => WithStore(parse.GetValue(db), store =>
        {
            var rows = store.Actors(new ActorFilter(parse.GetValue(name), parse.GetValue(type), parse.GetValue(limit) ?? 100));
            RowOutput.Write(CorpusTable.ActorColumns, rows.Select(CorpusTable.Fields), parse.GetValue(json));
        }));
        return command;
    }

    private static Command Documents()
    {
        var db = StoreOptions.Db();
        var text = StoreOptions.Text();
        var from = StoreOptions.From();
        var to = StoreOptions.To();
        var status = new Option<string?>("--status") { Description = "ok or failed" };
        status.AcceptOnlyFromAmong("ok", "failed");
        var limit = StoreOptions.Limit("Show at most this many documents (default 100)");
        var json = StoreOptions.Json();
        var command = new Command("documents", "List documents (full-text search with --text)")
        {
            db, text, from, to, status, limit, json,
        };
        command.SetAction(parse => WithStore(parse.GetValue(db), store =>
        {
            var filter = new DocumentFilter(parse.GetValue(text), parse.GetValue(from), parse.GetValue(to),
                parse.GetValue(status), parse.GetValue(limit) ?? 100);
            RowOutput.Write(["doc_key", "id", "title", "url", "date", "status", "failure_reason", "source_path", "story_id"],
                store.Documents(filter).Select(d => new object?[]
                {
                    d.DocKey, d.Id, d.Title, d.Url, d.Date, d.Status, d.FailureReason, d.SourcePath, d.StoryId,
                }), parse.GetValue(json));
        }));
        return command;
    }

    private static Command Stories()
    {
        var db = StoreOptions.Db();
        var min = new Option<int>("--min-documents")
        {
            Description = "Only stories with at least this many documents",
            DefaultValueFactory = _ => 2,
        };
        var json = StoreOptions.Json();
        var command = new Command("stories", "List near-duplicate stories (syndicated copies) and their documents")
        {
            db, min, json,
        };
        command.SetAction(parse => WithStore(parse.GetValue(db), store =>
        {
            var rows = store.Stories(parse.GetValue(min)).SelectMany(s => s.Members.Select(m => new object?[]
            {
                s.StoryId, s.Members.Count, m.DocKey, m.Id, m.Title, m.Url, m.Distance,
            }));
            RowOutput.Write(["story_id", "documents", "doc_key", "id", "title", "url", "distance"], rows, parse.GetValue(json));
        }));
        return command;
    }

    internal static int WithStore(string? db, Action<IStore> action)
    {
        using var store = StoreOptions.Open(db);
        if (store is null) return ExitCodes.DocumentFailed;
        try
        {
            action(store);
            return ExitCodes.Ok;
        }
        catch (Exception ex) when (ex is Npgsql.NpgsqlException or Microsoft.Data.Sqlite.SqliteException or IOException)
        {
            Console.Error.WriteLine($"dossier: error: {ex.Message}");
            return ExitCodes.DocumentFailed;
        }
    }
}
