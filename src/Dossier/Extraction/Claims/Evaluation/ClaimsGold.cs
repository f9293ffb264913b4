using System.Globalization;
using System.Text.Json;
using Dossier.Serialization;
using Dossier.Text;

namespace Dossier.Extraction.Claims.Evaluation;

/// <summary>One gold document of tests/gold/claims/*.jsonl (format in tests/gold/claims/README.md).</summary>
public sealed record ClaimsGoldDocument(
    string Id,
    string Source,
    DateOnly? Date,
    string Text,
    IReadOnlyList<GoldQuote> Quotes,
    IReadOnlyList<GoldFigure> Figures,
    IReadOnlyList<GoldTimex> Timexes)
{
    /// <summary>Reads a gold JSONL file; a malformed line fails with file:line.</summary>
    public static IReadOnlyList<ClaimsGoldDocument> ReadFile(string path) => JsonLinesFile.Read(path, Parse);

    private static ClaimsGoldDocument Parse(JsonElement e)
    {
        var date = Str(e, "date");
        return new ClaimsGoldDocument(
            e.GetProperty("id").GetString()!,
            e.GetProperty("source").GetString()!,
            date is null ? null : DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            e.GetProperty("text").GetString()!,
            [.. e.GetProperty("quotes").EnumerateArray().Select(q => new GoldQuote(
                Range(q), Str(q, "speaker"), Str(q, "speaker_ref"), q.GetProperty("direct").GetBoolean()))],
            [.. e.GetProperty("figures").EnumerateArray().Select(f => new GoldFigure(
                Range(f), f.GetProperty("value").GetDouble(), Num(f, "value_max"), f.GetProperty("qualifier").GetString()!,
                f.GetProperty("kind").GetString()!, Str(f, "group"), Str(f, "source"), f.GetProperty("status").GetString()!))],
            [.. e.GetProperty("timexes").EnumerateArray().Select(t => new GoldTimex(
                Range(t), t.GetProperty("text").GetString()!, Str(t, "value")))]);
    }

    private static CharRange Range(JsonElement e) => new(e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32());

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static double? Num(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;
}
