using System.Globalization;
using System.Text.Json;
using Dossier.Serialization;

namespace Dossier.Extraction.Events.Evaluation;

/// <summary>One gold sentence of tests/gold/events/*.jsonl with its hand-annotated events (format in tests/gold/events/README.md).</summary>
public sealed record EventsGoldSentence(
    string Id,
    string Source,
    DateOnly? Date,
    string Text,
    IReadOnlyList<GoldEvent> Events)
{
    /// <summary>Reads a gold JSONL file; a malformed line fails with file:line.</summary>
    public static IReadOnlyList<EventsGoldSentence> ReadFile(string path) => JsonLinesFile.Read(path, Parse);

    private static EventsGoldSentence Parse(JsonElement e)
    {
        var date = Str(e, "date");
        return new EventsGoldSentence(
            e.GetProperty("id").GetString()!,
            e.GetProperty("source").GetString()!,
            date is null ? null : DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            e.GetProperty("text").GetString()!,
            [.. e.GetProperty("events").EnumerateArray().Select(v => new GoldEvent(
                v.GetProperty("type").GetString()!, Str(v, "mode"), Str(v, "cameo"), Str(v, "source"), Str(v, "target"),
                Str(v, "location"), v.GetProperty("negated").GetBoolean(), v.GetProperty("modality").GetString()!,
                Str(v, "trigger")))]);
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
