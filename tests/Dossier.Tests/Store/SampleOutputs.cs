using Dossier.Serialization;

namespace Dossier.Tests.Store;

/// <summary>Hand-built dossier/1 records that fill every layer, including nulls, non-BMP text and awkward doubles.</summary>
internal static class SampleOutputs
{
    public const string Text =
        "Police in Tbilisi detained union leader Nino Beridze on Monday, the ministry said. 🚢 Dockers in Batumi " +
        "walked out in support. \"We will not stop,\" Beridze told Imedi TV. About 1,200 workers joined the strike.";

    public static DossierOutput Full(string id = "doc-1", string? url = "https://example.org/a", string? date = "2025-01-20")
    {
        var attributes = new Dictionary<string, IReadOnlyList<AttributeOut>>(StringComparer.Ordinal)
        {
            ["code"] = [new AttributeOut("GEOCOP", null, null, "lexicon/actors/agents.tsv:12", null, null)],
            ["country"] = [new AttributeOut("Georgia", 10, 18, "gazetteer", "stated", null)],
            ["role"] = [new AttributeOut("police", 0, 6, "role-noun", null, "local"), new AttributeOut("security", 0, 6, "agent-map", "inferred", null)],
        };
        var police = new EntityOut("A1", "Tbilisi police", "ORG", attributes,
            [new MentionOut(0, 6, "Police", "nominal", "mention.nominal"), new MentionOut(10, 18, "Tbilisi", "named", "ner")]);
        var beridze = new EntityOut("A2", "Nino Beridze", "PER",
            new Dictionary<string, IReadOnlyList<AttributeOut>>(StringComparer.Ordinal)
            {
                ["code"] = [new AttributeOut("GEOLAB", null, null, "agents", null, null)],
                ["country"] = [new AttributeOut("Georgia", null, null, "actor-country", null, null)],
            },
            [new MentionOut(40, 52, "Nino Beridze", "named", "ner"), new MentionOut(125, 132, "Beridze", "named", "coref.name")]);
        var batumi = new EntityOut("A3", "Batumi", "LOC", new Dictionary<string, IReadOnlyList<AttributeOut>>(StringComparer.Ordinal), []);
        return new DossierOutput(
            DossierJson.SchemaVersion,
            new DocumentOut(id, "Georgian police detain union leader", url, date, Text),
            ["text", "tokens", "sentences", "entities", "actors", "events"],
            [new RangeOut(Text.Length - 5, Text.Length)],
            [new RangeOut(0, 82), new RangeOut(83, 125), new RangeOut(126, 160), new RangeOut(161, Text.Length)],
            null,
            [police, beridze, batumi],
            [
                new EventOut("E1", "ARREST", "detain", "173", "A1", "A2", "A3", "2025-01-20", false, "asserted", "A1",
                    new RangeOut(0, 82), "events.tsv:41"),
                new EventOut("E2", "PROTEST", null, null, null, null, null, null, true, "reported", null,
                    new RangeOut(87, 100), "events.tsv:7"),
            ],
            [new QuoteOut("Q1", "A2", 127, 144, "We will not stop,", "told", true, "Imedi TV", "quote.direct", "the union leader", new RangeOut(146, 160))],
            [
                new FigureOut("F1", "participants", 1200, null, "about", "workers", null, "reported", new RangeOut(161, 190), "figures", "the health ministry", new RangeOut(100, 119)),
                new FigureOut("F2", "share", 0.1, 1e-7, "exact", null, "A1", "claimed", new RangeOut(0, 5), "figures", null, null),
            ],
            [new TimexOut("T1", 72, 78, "Monday", "DATE", "2025-01-20", "timex.weekday", null), new TimexOut("T2", 0, 3, "now", "DATE", null, "t", "APPROX")]);
    }
}
