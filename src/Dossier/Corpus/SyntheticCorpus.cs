using System.Globalization;
using System.Text;
using Dossier.Serialization;
using Dossier.Store;

namespace Dossier.Corpus;

/// <summary>
/// A deterministic synthetic corpus for store benchmarks (never for accuracy): documents of generated words, each
/// with a few actors drawn from a fixed pool with a skewed (Zipf-like) frequency, and events between them on dates
/// over one year. Same seed, same documents. Used by <c>dossier bench store</c>.
/// </summary>
internal sealed class SyntheticCorpus(int seed, int actorPool = 2_000, int entitiesPerDocument = 8, int eventsPerDocument = 20)
{
    private static readonly string[] Syllables =
        ["ka", "zan", "mir", "to", "lev", "an", "dar", "sul", "ta", "nov", "el", "bek", "ra", "os", "gul", "in", "ye", "shi"];

    private static readonly string[] Types = ["PROTEST", "ASSAULT", "ARREST", "ACCUSE", "CONSULT", "REQUEST", "COERCE", "SUPPORT"];

    private static readonly string[] EntityTypes = ["PER", "ORG", "LOC"];

    private readonly Random _random = new(seed);
    private readonly (string Name, string Type, string Country)[] _actors = MakeActors(seed, actorPool);

    public int EventsPerDocument { get; } = eventsPerDocument;

    /// <summary>The next <paramref name="count"/> documents, numbered from <paramref name="first"/>.</summary>
    public List<StoredDocument> Next(int first, int count)
    {
        var docs = new List<StoredDocument>(count);
        for (int i = 0; i < count; i++) docs.Add(Document(first + i));
        return docs;
    }

    private StoredDocument Document(int n)
    {
        var id = "synthetic-" + n.ToString("D7", CultureInfo.InvariantCulture);
        var text = Words(120 + _random.Next(200));
        var chosen = new List<int>();
        while (chosen.Count < entitiesPerDocument)
        {
            // Skewed choice: low indices are frequent, as a few actors dominate real news.
            int a = (int)(Math.Pow(_random.NextDouble(), 3) * _actors.Length);
            if (!chosen.Contains(a)) chosen.Add(a);
        }

        var entities = chosen.Select((a, i) => new EntityOut("A" + (i + 1).ToString(CultureInfo.InvariantCulture), _actors[a].Name, _actors[a].Type,
            new Dictionary<string, IReadOnlyList<AttributeOut>>(StringComparer.Ordinal)
            {
                ["country"] = [new AttributeOut(_actors[a].Country, null, null, "synthetic", null, null)],
            },
            [new MentionOut(0, 1, _actors[a].Name, "named", "synthetic")])).ToList();
        var day = new DateOnly(2022, 1, 1).AddDays(_random.Next(365));
        var events = new List<EventOut>(EventsPerDocument);
        for (int e = 0; e < EventsPerDocument; e++)
        {
            string source = entities[_random.Next(entities.Count)].Id, target = entities[_random.Next(entities.Count)].Id;
            var date = day.AddDays(-_random.Next(3)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            int start = _random.Next(text.Length - 20);
            events.Add(new EventOut("E" + (e + 1).ToString(CultureInfo.InvariantCulture), Types[_random.Next(Types.Length)], null,
                (10 + _random.Next(10)).ToString(CultureInfo.InvariantCulture), source, target, null, date, false, "asserted", null,
                new RangeOut(start, start + 20), "synthetic"));
        }

        var output = new DossierOutput(DossierJson.SchemaVersion,
            new DocumentOut(id, "Synthetic " + n.ToString(CultureInfo.InvariantCulture), "https://synthetic.example/" + id,
                day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), text),
            ["text", "entities", "events"], [], [new RangeOut(0, text.Length)], null, entities, events, [], [], []);
        return StoredDocument.Analysed(ContentHash.Of(output.Document.Url, text), output, id, SimHash.Compute(text));
    }

    private string Words(int count)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            if (i > 0) sb.Append(i % 15 == 0 ? ". " : " ");
            sb.Append(Syllables[_random.Next(Syllables.Length)]).Append(Syllables[_random.Next(Syllables.Length)]);
        }

        return sb.Append('.').ToString();
    }

    private static (string, string, string)[] MakeActors(int seed, int count)
    {
        var random = new Random(seed ^ 0x5EED);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var actors = new List<(string, string, string)>(count);
        while (actors.Count < count)
        {
            string Word() => string.Concat(Enumerable.Range(0, 2 + random.Next(2)).Select(_ => Syllables[random.Next(Syllables.Length)]));
            string first = Word(), last = Word();
            var name = char.ToUpperInvariant(first[0]) + first[1..] + " " + char.ToUpperInvariant(last[0]) + last[1..];
            if (!names.Add(name)) continue;
            actors.Add((name, EntityTypes[random.Next(EntityTypes.Length)], "C" + random.Next(40).ToString("D2", CultureInfo.InvariantCulture)));
        }

        return [.. actors];
    }
}
