using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Dossier.Corpus;
using Dossier.Store;

namespace Dossier.Cli.Commands;

/// <summary>
/// <c>dossier bench store</c>: fills a store with a deterministic synthetic corpus (when it is empty) through the
/// normal write path (actor merging and event clustering included), then times an actor timeline: every event
/// mention of the most frequent corpus actor, and its corpus events.
/// </summary>
public static class BenchStoreCommand
{
    private const int BatchSize = 64;

    public static Command Create()
    {
        var db = StoreOptions.Db();
        var events = new Option<int>("--events") { Description = "Event mentions to generate (20 per document)", DefaultValueFactory = _ => 100_000 };
        var seed = new Option<int>("--seed") { Description = "Seed of the synthetic corpus", DefaultValueFactory = _ => 1 };
        var runs = new Option<int>("--runs") { Description = "Timed runs of each query (median and max reported)", DefaultValueFactory = _ => 20 };
        var command = new Command("store",
            "Store benchmark: synthetic corpus (written once) and actor-timeline query latency\n\n" +
            "Example:\n  dossier bench store --db /tmp/bench.db --events 100000")
        {
            db, events, seed, runs,
        };
        command.SetAction(parse => QueryCommand.WithStore(parse.GetValue(db), store =>
            Run(store, parse.GetValue(events), parse.GetValue(seed), Math.Max(1, parse.GetValue(runs)))));
        return command;
    }

    private static void Run(IStore store, int events, int seed, int runs)
    {
        var stats = store.Stats();
        if (stats.DocumentsOk == 0)
        {
            var corpus = new SyntheticCorpus(seed);
            int documents = (events + corpus.EventsPerDocument - 1) / corpus.EventsPerDocument;
            var clock = Stopwatch.StartNew();
            for (int first = 0; first < documents; first += BatchSize)
                store.Write(corpus.Next(first, Math.Min(BatchSize, documents - first)));
            clock.Stop();
            stats = store.Stats();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"generated: {stats.DocumentsOk} documents, {stats.Events} events in {clock.Elapsed.TotalSeconds:F1} s " +
                $"({stats.DocumentsOk / clock.Elapsed.TotalSeconds:F0} documents/s, {stats.Events / clock.Elapsed.TotalSeconds:F0} events/s written)"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"store: {store.Backend}; {stats.DocumentsOk} documents, {stats.Events} event mentions, {stats.CorpusActors} corpus actors, " +
            $"{stats.CorpusEvents} corpus events ({stats.ClusteredEvents} with more than one mention)"));
        var actor = store.Actors(new ActorFilter(Limit: 1))[0];
        Console.WriteLine($"actor: {actor.Name} (id {actor.Id}): {actor.Documents} documents, {actor.Events} event mentions");
        Time("timeline, event mentions (all)", runs, () => store.Events(new EventFilter(ActorId: actor.Id)).Count());
        Time("timeline, event mentions (first 100)", runs, () => store.Events(new EventFilter(ActorId: actor.Id, Limit: 100)).Count());
        Time("timeline, corpus events (all)", runs, () => store.CorpusEvents(new CorpusEventFilter(ActorId: actor.Id)).Count);
        Time("actor lookup by name", runs, () => store.Actors(new ActorFilter(Name: actor.Name)).Count);
    }

    private static void Time(string what, int runs, Func<int> query)
    {
        int rows = query(); // warm-up: caches, JIT
        var times = new double[runs];
        for (int i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            rows = query();
            times[i] = clock.Elapsed.TotalMilliseconds;
        }

        Array.Sort(times);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what}: {rows} rows, median {times[runs / 2]:F1} ms, max {times[^1]:F1} ms ({runs} runs)"));
    }
}
