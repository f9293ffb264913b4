using Dossier.Corpus;
using Dossier.Serialization;
using Dossier.Store;

namespace Dossier.Tests.Store;

/// <summary>Cross-document actor merging and event clustering, on every backend.</summary>
public sealed class CorpusMergeTests
{
    public static TheoryData<string> Backends => TestStore.Backends();

    private static readonly List<string> Texts = StoreTests.NewsFiles(8).Select(File.ReadAllText).ToList();

    [Theory, MemberData(nameof(Backends))]
    public void Actors_merge_across_documents_by_name_variants(string backend)
    {
        using var test = TestStore.Create(backend);
        test.Store.Write([
            Doc(0, [Person("Kassym-Jomart Tokayev", "Kazakhstan"), Org("Collective Security Treaty Organization", null, "CSTO")]),
            Doc(1, [Person("Tokayev"), Org("CSTO")]),
            Doc(2, [Person("Kassym-Jomart TOKAYEV"), Org("the Collective Security Treaty Organization")]),
        ]);

        var tokayev = Assert.Single(test.Store.Actors(new ActorFilter(Name: "tokayev")));
        Assert.Equal(("Kassym-Jomart Tokayev", "PER", "Kazakhstan", 3), (tokayev.Name, tokayev.Type, tokayev.Country, tokayev.Documents));
        Assert.Equal(["Kassym-Jomart TOKAYEV", "Kassym-Jomart Tokayev", "Tokayev"], tokayev.Names.Order(StringComparer.Ordinal));
        var csto = Assert.Single(test.Store.Actors(new ActorFilter(Name: "CSTO")));
        Assert.Equal(("Collective Security Treaty Organization", 3), (csto.Name, csto.Documents));
        Assert.Equal(2, test.Store.Stats().CorpusActors);
        Assert.Equal(1, StoreSql.Scalar(test, "SELECT COUNT(*) FROM entities WHERE merge_rule = 'surname'"));
        Assert.Equal(1, StoreSql.Scalar(test, "SELECT COUNT(*) FROM entities WHERE merge_rule = 'acronym'"));
        Assert.Equal(2, StoreSql.Scalar(test, "SELECT COUNT(*) FROM entities WHERE merge_rule = 'name'"));
    }

    [Theory, MemberData(nameof(Backends))]
    public void A_surname_shared_by_two_people_merges_with_neither(string backend)
    {
        using var test = TestStore.Create(backend);
        test.Store.Write([Doc(0, [Person("Kassym-Jomart Tokayev")]), Doc(1, [Person("Alikhan Tokayev")])]);
        test.Store.Write([Doc(2, [Person("Tokayev")])]);

        var actors = test.Store.Actors(new ActorFilter(Name: "tokayev"));
        Assert.Equal(["Alikhan Tokayev", "Kassym-Jomart Tokayev", "Tokayev"], actors.Select(a => a.Name).Order(StringComparer.Ordinal));
        Assert.All(actors, a => Assert.Equal(1, a.Documents));
    }

    [Theory, MemberData(nameof(Backends))]
    public void Conflicting_countries_types_and_gazetteer_ids_are_never_merged(string backend)
    {
        using var test = TestStore.Create(backend);
        test.Store.Write([
            Doc(0, [Org("Ministry of Internal Affairs", "Kazakhstan"), Place("Georgia", "614540"), Place("Almaty", "1526384")]),
            Doc(1, [Org("Ministry of Internal Affairs", "Russia"), Place("Georgia", "4197000"), Place("Alma-Ata", "1526384")]),
            Doc(2, [Org("ministry of internal affairs", "RUSSIA"), Person("Georgia")]),
        ]);

        var ministries = test.Store.Actors(new ActorFilter(Name: "internal affairs"));
        Assert.Equal([("Kazakhstan", 1), ("Russia", 2)], ministries.Select(a => (a.Country, a.Documents)).OrderBy(p => p.Country, StringComparer.Ordinal));
        var georgias = test.Store.Actors(new ActorFilter(Name: "georgia"));
        Assert.Equal(3, georgias.Count);
        Assert.Equal(["LOC", "LOC", "PER"], georgias.Select(a => a.Type).Order(StringComparer.Ordinal));
        var almaty = Assert.Single(test.Store.Actors(new ActorFilter(Name: "alma")));
        Assert.Equal(("Alma-Ata", 2), (almaty.Name, almaty.Documents));
        Assert.Equal(1, StoreSql.Scalar(test, "SELECT COUNT(*) FROM entities WHERE merge_rule = 'geonameid'"));
    }

    [Theory, MemberData(nameof(Backends))]
    public void Events_cluster_within_the_date_window_and_keep_conflicting_figures_side_by_side(string backend)
    {
        using var test = TestStore.Create(backend);
        test.Store.Write([
            Doc(0, Clash(), [Arrest("2022-01-05", "F1")], [Killed(26)]),
            Doc(1, Clash(), [Arrest("2022-01-06", "F1")], [Killed(18)]),
            Doc(2, Clash(), [Arrest("2022-01-08")]),
            Doc(3, Clash(), [Arrest(null)]),
            Doc(4, Clash(), [Arrest("2022-01-05") with { Negated = true }]),
        ]);

        var events = test.Store.CorpusEvents(new CorpusEventFilter(Actor: "police"));
        Assert.Equal(4, events.Count);
        var clash = Assert.Single(events, e => e.Support == 2);
        Assert.Equal(("2022-01-05", "2022-01-06", 2, "Kazakh police", "protesters"),
            (clash.DateFrom, clash.DateTo, clash.Documents, clash.SourceName, clash.TargetName));
        Assert.Equal(["doc-0", "doc-1"], clash.Sources.Select(s => s.DocumentId));
        Assert.Equal(["killed: 18 vs 26"], clash.Conflicts);
        Assert.Equal(2, clash.Figures.Count);
        Assert.All(events.Where(e => e != clash), e => Assert.Equal((1, 1), (e.Support, e.Documents)));
        Assert.Contains(events, e => e.DateFrom is null);
        Assert.Single(test.Store.CorpusEvents(new CorpusEventFilter(MinSupport: 2)));
        Assert.Equal(clash.Id, Assert.Single(test.Store.CorpusEvents(new CorpusEventFilter(From: "2022-01-06", To: "2022-01-07"))).Id);

        var stats = test.Store.Stats();
        Assert.Equal((4L, 1L, 1L), (stats.CorpusEvents, stats.ClusteredEvents, stats.MultiSourceEvents));
    }

    [Theory, MemberData(nameof(Backends))]
    public void A_documents_focus_place_neither_joins_nor_splits_events(string backend)
    {
        // Doc 0 states Almaty; doc 1 only has the focus country of its own article (another place), as does doc 2.
        using var test = TestStore.Create(backend);
        List<EntityOut> elsewhere = [Org("Kazakh police", "Kazakhstan"), Org("protesters"), Place("Russia", "2017370")];
        test.Store.Write([
            Doc(0, Clash(), [Arrest("2022-01-05")]),
            Doc(1, elsewhere, [Arrest("2022-01-06") with { LocationBasis = "document" }]),
            Doc(2, elsewhere, [Arrest("2022-01-07") with { LocationBasis = "text" }]),
        ]);

        var events = test.Store.CorpusEvents(new CorpusEventFilter());
        Assert.Equal([(2, "2022-01-05", "2022-01-06"), (1, "2022-01-07", "2022-01-07")],
            events.Select(e => (e.Support, e.DateFrom, e.DateTo)).OrderByDescending(e => e.Item1));
    }

    [Theory, MemberData(nameof(Backends))]
    public void A_wider_window_clusters_events_further_apart(string backend)
    {
        using var test = TestStore.Create(backend);
        test.Store.EventWindowDays = 3;
        test.Store.Write([Doc(0, Clash(), [Arrest("2022-01-05")]), Doc(1, Clash(), [Arrest("2022-01-08")])]);
        test.Store.Write([Doc(2, Clash(), [Arrest("2022-01-09")])]);

        var events = test.Store.CorpusEvents(new CorpusEventFilter());
        Assert.Equal([(2, "2022-01-05", "2022-01-08"), (1, "2022-01-09", "2022-01-09")],
            events.Select(e => (e.Support, e.DateFrom, e.DateTo)));
    }

    [Theory, MemberData(nameof(Backends))]
    public void Syndicated_copies_count_once_as_support(string backend)
    {
        using var test = TestStore.Create(backend);
        var copy = "By Staff Writer, Wire Service\n\n" + Texts[0] + "\n\nThis story was syndicated; all rights reserved.";
        test.Store.Write([
            Doc(0, Clash(), [Arrest("2022-01-05"), Arrest(null)]),
            Doc(0, Clash(), [Arrest("2022-01-05"), Arrest(null)], text: copy, id: "copy-0"),
            Doc(1, Clash(), [Arrest("2022-01-05"), Arrest(null)]),
        ]);

        var events = test.Store.CorpusEvents(new CorpusEventFilter());
        var dated = Assert.Single(events, e => e.DateFrom is not null);
        Assert.Equal((2, 3, 3), (dated.Support, dated.Documents, dated.Mentions));
        // Undated mentions cluster within the story (the copies), never across stories.
        var undated = events.Where(e => e.DateFrom is null).OrderBy(e => e.Documents).ToList();
        Assert.Equal([(1, 1), (1, 2)], undated.Select(e => (e.Support, e.Documents)));
    }

    [Theory, MemberData(nameof(Backends))]
    public void Writing_the_same_documents_again_changes_nothing_and_order_does_not_change_the_merge(string backend)
    {
        using var forward = TestStore.Create(backend);
        using var backward = TestStore.Create(backend);
        var docs = new[]
        {
            Doc(0, [Person("Tokayev"), Org("CSTO")], [Arrest("2022-01-05")]),
            Doc(1, [Person("Kassym-Jomart Tokayev", "Kazakhstan"), Org("Collective Security Treaty Organization", null, "CSTO")], [Arrest("2022-01-06")]),
            Doc(2, Clash(), [Arrest("2022-01-06")]),
            Doc(3, Clash(), [Arrest("2022-01-05")]),
        };
        foreach (var d in docs) forward.Store.Write([d]);
        var before = Snapshot(forward.Store);
        forward.Store.Write(docs);
        Assert.Equal(before, Snapshot(forward.Store));

        foreach (var d in docs.Reverse()) backward.Store.Write([d]);
        Assert.Equal(before, Snapshot(backward.Store));
    }

    [Theory, MemberData(nameof(Backends))]
    public void Documents_stored_without_links_are_merged_afterwards_as_if_written_now(string backend)
    {
        using var test = TestStore.Create(backend);
        test.Store.Write([
            Doc(0, [Person("Tokayev"), Org("CSTO")], [Arrest("2022-01-05", "F1")], [Killed(26)]),
            Doc(1, [Person("Kassym-Jomart Tokayev"), Org("Collective Security Treaty Organization", null, "CSTO")], [Arrest("2022-01-06")]),
            Doc(2, Clash(), [Arrest("2022-01-06", "F1")], [Killed(18)]),
            Doc(3, Clash(), [Arrest("2022-01-05")]),
        ]);
        var merged = Snapshot(test.Store);
        Assert.Equal(0, test.Store.MergeUnlinked());

        // The state of a store written before schema 4: no links at all.
        StoreSql.Execute(test, "UPDATE entities SET corpus_actor_id = NULL, merge_rule = NULL; DELETE FROM corpus_event_figures; " +
                               "DELETE FROM corpus_event_mentions; DELETE FROM corpus_events; DELETE FROM corpus_actor_names; DELETE FROM corpus_actors");
        Assert.Equal(0, test.Store.Stats().CorpusActors);
        Assert.Equal(4, test.Store.MergeUnlinked());
        Assert.Equal(merged, Snapshot(test.Store));
        Assert.Equal(0, test.Store.MergeUnlinked());
    }

    /// <summary>The merge result without ids (which follow write order): actors, then corpus events.</summary>
    private static string Snapshot(IStore store) =>
        string.Join("\n", store.Actors(new ActorFilter()).Select(a =>
            $"{a.Name}|{a.Type}|{a.Country}|{a.Code}|{string.Join(",", a.Names.Order(StringComparer.Ordinal))}|{a.Documents}|{a.Mentions}|{a.Events}")) +
        "\n" + string.Join("\n", store.CorpusEvents(new CorpusEventFilter()).Select(e =>
            $"{e.DateFrom}|{e.DateTo}|{e.Type}|{e.SourceName}|{e.TargetName}|{e.Support}|{string.Join(",", e.Sources.Select(s => s.DocumentId))}")) +
        "\n" + StoreTests.Describe(store.Stats());

    private static EntityOut Entity(string id, string name, string type, string? country = null, string? geonameid = null, string? alias = null)
    {
        var attributes = new Dictionary<string, IReadOnlyList<AttributeOut>>(StringComparer.Ordinal);
        if (country is not null) attributes["country"] = [new AttributeOut(country, null, null, "test", null, null)];
        if (geonameid is not null) attributes["geonameid"] = [new AttributeOut(geonameid, null, null, "test", null, null)];
        var mentions = new List<MentionOut> { new(0, name.Length, name, "named", "ner") };
        if (alias is not null) mentions.Add(new MentionOut(0, alias.Length, alias, "named", "coref.alias"));
        return new EntityOut(id, name, type, attributes, mentions);
    }

    private static EntityOut Person(string name, string? country = null) => Entity("?", name, "PER", country);

    private static EntityOut Org(string name, string? country = null, string? alias = null) => Entity("?", name, "ORG", country, alias: alias);

    private static EntityOut Place(string name, string geonameid) => Entity("?", name, "LOC", geonameid: geonameid);

    private static List<EntityOut> Clash() => [Org("Kazakh police", "Kazakhstan"), Org("protesters"), Place("Almaty", "1526384")];

    /// <summary>The police (A1) arrest protesters (A2) in Almaty (A3).</summary>
    private static EventOut Arrest(string? date, params string[] figures) =>
        new("E?", "ARREST", "detain", "173", "A1", "A2", "A3", date, false, "asserted", null, new RangeOut(0, 10), "test",
            Figures: figures.Length == 0 ? null : figures);

    private static FigureOut Killed(double value) =>
        new("F1", "killed", value, null, "exact", null, null, "reported", new RangeOut(0, 10), "test", "officials", null);

    private static StoredDocument Doc(int n, List<EntityOut> entities, List<EventOut>? events = null, List<FigureOut>? figures = null,
        string? text = null, string? id = null)
    {
        var numbered = entities.Select((e, i) => e with { Id = "A" + (i + 1) }).ToList();
        var numberedEvents = (events ?? []).Select((e, i) => e with { Id = "E" + (i + 1) }).ToList();
        var output = SampleOutputs.Full() with
        {
            Document = new DocumentOut(id ?? "doc-" + n, null, "https://news.example/" + (id ?? "doc-" + n), "2022-01-10", text ?? Texts[n]),
            Entities = numbered, Events = numberedEvents, Quotes = [], Figures = figures ?? [], Timexes = [],
        };
        return StoredDocument.Analysed(ContentHash.Of(output.Document.Url, output.Document.Text), output, output.Document.Id,
            SimHash.Compute(output.Document.Text));
    }
}
