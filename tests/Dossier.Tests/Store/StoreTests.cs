using Dossier.Corpus;
using Dossier.Pipeline;
using Dossier.Serialization;
using Dossier.Store;
using Dossier.Text;

namespace Dossier.Tests.Store;

/// <summary>The store contract, run on every backend (SQLite always; PostgreSQL when configured, always in CI).</summary>
public sealed class StoreTests
{
    public static TheoryData<string> Backends => TestStore.Backends();

    private static StoredDocument Stored(DossierOutput output, string? source = null) =>
        StoredDocument.Analysed(ContentHash.Of(output.Document.Url, output.Document.Text), output, source ?? output.Document.Id,
            SimHash.Compute(output.Document.Text));

    [Theory, MemberData(nameof(Backends))]
    public void Every_layer_round_trips_byte_identical(string backend)
    {
        using var test = TestStore.Create(backend);
        var output = SampleOutputs.Full();
        var result = test.Store.Write([Stored(output)]);
        Assert.Equal(1, result.Inserted);

        var row = Assert.Single(test.Store.Documents(new DocumentFilter()));
        var loaded = test.Store.Load(row.DocKey);
        Assert.NotNull(loaded);
        Assert.Equal(DossierJson.Serialize(output, indented: true), DossierJson.Serialize(loaded, indented: true));
    }

    [Theory, MemberData(nameof(Backends))]
    public void Analysed_articles_round_trip_byte_identical(string backend)
    {
        using var test = TestStore.Create(backend);
        var pipeline = StandardPipelineFor.Repo;
        var outputs = NewsFiles(6).Select(path =>
        {
            var doc = pipeline.Process(new Doc(File.ReadAllText(path), new DocumentInfo(Path.GetFileNameWithoutExtension(path),
                Date: new DateOnly(2019, 3, 14))));
            return OutputBuilder.Build(doc, includeTokens: false);
        }).ToList();
        test.Store.Write([.. outputs.Select(o => Stored(o))]);

        var rows = test.Store.Documents(new DocumentFilter()).ToList();
        Assert.Equal(outputs.Count, rows.Count);
        foreach (var output in outputs)
        {
            var row = Assert.Single(rows, r => r.Id == output.Document.Id);
            Assert.True(output.Sentences.Count > 0);
            Assert.Equal(DossierJson.Serialize(output, indented: false), DossierJson.Serialize(test.Store.Load(row.DocKey)!, indented: false));
        }
    }

    [Theory, MemberData(nameof(Backends))]
    public void Writing_a_stored_hash_again_changes_nothing(string backend)
    {
        using var test = TestStore.Create(backend);
        var doc = Stored(SampleOutputs.Full());
        Assert.Equal(new WriteResult(1, 0, 0, 0), test.Store.Write([doc]));
        var before = Describe(test.Store.Stats());
        Assert.Equal(new WriteResult(0, 0, 2, 0), test.Store.Write([doc, doc]));
        Assert.Equal(before, Describe(test.Store.Stats()));
        Assert.True(test.Store.Contains(doc.ContentHash));
        Assert.False(test.Store.Contains(ContentHash.Of(null, "other")));
    }

    [Theory, MemberData(nameof(Backends))]
    public void Failures_are_stored_with_their_reason(string backend)
    {
        using var test = TestStore.Create(backend);
        var failure = StoredDocument.Failure(ContentHash.OfUnreadable("bad.txt", "file is empty"), "bad", "bad.txt", "file is empty");
        test.Store.Write([failure, Stored(SampleOutputs.Full())]);

        var failed = Assert.Single(test.Store.Documents(new DocumentFilter(Status: "failed")));
        Assert.Equal("file is empty", failed.FailureReason);
        Assert.Equal("bad.txt", failed.SourcePath);
        Assert.Null(test.Store.Load(failed.DocKey));
        var stats = test.Store.Stats();
        Assert.Equal(1, stats.DocumentsOk);
        Assert.Equal(1, stats.DocumentsFailed);
        Assert.Equal("file is empty", Assert.Single(stats.FailureReasons).Key);
    }

    [Theory, MemberData(nameof(Backends))]
    public void Full_text_search_finds_documents_by_their_words(string backend)
    {
        using var test = TestStore.Create(backend);
        var a = SampleOutputs.Full("a", "https://example.org/a");
        var b = a with { Document = new DocumentOut("b", "Harvest report", "https://example.org/b", "2025-02-01",
            "Farmers in Kakheti gathered an early grape harvest as prices rose.") };
        test.Store.Write([Stored(a), Stored(b)]);

        Assert.Equal(["a"], Ids(test.Store, "dockers strike"));
        Assert.Equal(["b"], Ids(test.Store, "grape harvest"));
        Assert.Equal(["b"], Ids(test.Store, "harvest"));
        Assert.Empty(Ids(test.Store, "grape dockers"));
        // Query syntax characters are words to look for, never an error.
        Assert.Empty(Ids(test.Store, "\"AND OR NOT* (-)"));
        Assert.Empty(Ids(test.Store, "!!!"));
    }

    [Theory, MemberData(nameof(Backends))]
    public void A_very_long_document_is_stored_whole_and_searchable(string backend)
    {
        using var test = TestStore.Create(backend);
        // 150,000 distinct words: more than a PostgreSQL tsvector can hold, so only its start is indexed there.
        var text = string.Join(' ', Enumerable.Range(0, 150_000).Select(i => "lexeme" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var output = SampleOutputs.Full() with { Document = new DocumentOut("long", null, null, null, text), Sentences = [new RangeOut(0, text.Length)] };
        Assert.Equal(1, test.Store.Write([Stored(output)]).Inserted);

        var row = Assert.Single(test.Store.Documents(new DocumentFilter(Text: "lexeme17")));
        Assert.Equal(text.Length, row.TextLength);
        Assert.Equal(text, test.Store.Load(row.DocKey)!.Document.Text);
    }

    [Theory, MemberData(nameof(Backends))]
    public void Event_queries_resolve_actors_and_filter(string backend)
    {
        using var test = TestStore.Create(backend);
        test.Store.Write([Stored(SampleOutputs.Full())]);

        var all = test.Store.Events(new EventFilter()).ToList();
        Assert.Equal(["E1", "E2"], all.Select(e => e.EventId));
        var arrest = all[0];
        Assert.Equal(("Tbilisi police", "GEOCOP", "Nino Beridze", "GEOLAB", "Batumi"),
            (arrest.SourceName, arrest.SourceCode, arrest.TargetName, arrest.TargetCode, arrest.Location));
        Assert.Equal("Police in Tbilisi detained union leader Nino Beridze on Monday, the ministry said.", arrest.Evidence);
        Assert.Equal("2025-01-20", all[1].Date); // no event date: the document's

        Assert.Equal(["E1"], Events(test.Store, new EventFilter(Actor: "beridze")));
        Assert.Equal(["E1"], Events(test.Store, new EventFilter(Type: "arrest")));
        Assert.Equal(["E1"], Events(test.Store, new EventFilter(Type: "17")));
        Assert.Equal(["E1"], Events(test.Store, new EventFilter(Country: "georgia")));
        Assert.Equal(["E1"], Events(test.Store, new EventFilter(Country: "Batumi")));
        Assert.Empty(Events(test.Store, new EventFilter(Country: "Armenia")));
        Assert.Equal(["E1", "E2"], Events(test.Store, new EventFilter(From: "2025-01-20", To: "2025-01-20")));
        Assert.Empty(Events(test.Store, new EventFilter(From: "2025-01-21")));
        Assert.Equal(["E1", "E2"], Events(test.Store, new EventFilter(Text: "Batumi")));
        Assert.Equal(["E1"], Events(test.Store, new EventFilter(Limit: 1)));

        var actor = Assert.Single(test.Store.Actors(new ActorFilter(Name: "BERIDZE")));
        Assert.Equal(("Nino Beridze", "PER", "Georgia", "GEOLAB", 1, 2, 1),
            (actor.Name, actor.Type, actor.Country, actor.Code, actor.Documents, actor.Mentions, actor.Events));
        Assert.Equal(["Nino Beridze"], actor.Names);
    }

    [Theory, MemberData(nameof(Backends))]
    public void Reopening_keeps_the_schema_version_and_data(string backend)
    {
        using var test = TestStore.Create(backend);
        test.Store.Write([Stored(SampleOutputs.Full())]);
        Assert.Equal(Migrator.Load(backend).Count, test.Store.SchemaVersion);
        test.Reopen();
        Assert.Equal(Migrator.Load(backend).Count, test.Store.SchemaVersion);
        Assert.Equal(1, test.Store.Stats().DocumentsOk);
    }

    [Theory, MemberData(nameof(Backends))]
    public void Near_duplicates_join_one_story(string backend)
    {
        using var test = TestStore.Create(backend);
        var files = NewsFiles(2);
        var original = File.ReadAllText(files[0]);
        var copy = "By Staff Writer, Wire Service\n\n" + original + "\n\nThis story was syndicated; all rights reserved.";
        var docs = new[] { ("orig", "https://a.example/1", original), ("copy", "https://b.example/2", copy), ("other", null, File.ReadAllText(files[1])) }
            .Select(d => SampleOutputs.Full() with
            {
                Document = new DocumentOut(d.Item1, null, d.Item2, null, d.Item3),
                Entities = [], Events = [], Quotes = [], Figures = [], Timexes = [], Sentences = [], Boilerplate = [],
            })
            .Select(o => Stored(o))
            .ToList();
        var result = test.Store.Write(docs);
        Assert.Equal(1, result.JoinedStories);

        var story = Assert.Single(test.Store.Stories(2));
        Assert.Equal(["copy", "orig"], story.Members.Select(m => m.Id).Order(StringComparer.Ordinal));
        Assert.Equal(2, test.Store.Stats().Stories);
        Assert.Equal(1, test.Store.Stats().StoriesWithCopies);
    }

    /// <summary>Every count of the stats, lists included, as one comparable string.</summary>
    internal static string Describe(StoreStats s) =>
        (s with { EventsPerType = [], EventsPerDay = [], FailureReasons = [] }).ToString() + " | " +
        string.Join(";", s.EventsPerType) + " | " + string.Join(";", s.EventsPerDay) + " | " + string.Join(";", s.FailureReasons);

    internal static List<string> NewsFiles(int count)
    {
        var dir = TestPaths.Shared("news", "allsides-world-politics", "europe");
        var files = Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal).ToList();
        return files.Where(f => new FileInfo(f).Length is > 2_000 and < 8_000).Take(count).ToList();
    }

    private static List<string> Ids(IStore store, string text) =>
        [.. store.Documents(new DocumentFilter(Text: text)).Select(d => d.Id)];

    private static List<string> Events(IStore store, EventFilter filter) => [.. store.Events(filter).Select(e => e.EventId)];
}
