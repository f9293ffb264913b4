using System.Globalization;
using Dossier.Corpus.Export;
using Dossier.Extraction.Actors;
using Dossier.Text;

namespace Dossier.Serialization;

/// <summary>
/// The analyze command's events-csv export (docs/events.md; RFC 4180 via the store's CsvWriter): one row per event with GDELT-like columns. Actor names come
/// from the actors layer (else the phrase as written); actor codes, country and coordinates from actor
/// attributes "code", "country", "lat" and "lon" when a component has set them; date_basis and location_basis tell a
/// stated date or place ("text") from the document's date and focus place ("document").
/// </summary>
internal static class EventsCsv
{
    private static readonly string[] s_header =
    [
        "event_id", "date", "date_basis", "source_name", "source_code", "target_name", "target_code", "cameo", "plover_type",
        "plover_mode", "quad_class", "negated", "modality", "location_name", "country", "lat", "lon", "location_basis",
        "attributed_to", "document_id", "document_date", "url", "rule", "evidence",
    ];

    public static void WriteHeader(CsvWriter csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        csv.Row(s_header);
    }

    public static void WriteRows(CsvWriter csv, Doc doc)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(doc);
        var actors = new Dictionary<string, Actor>(StringComparer.Ordinal);
        foreach (var a in doc.Actors) actors[a.Id] = a;
        foreach (var e in doc.Events)
        {
            var source = Find(actors, e.Source);
            var target = Find(actors, e.Target);
            var location = Find(actors, e.Location);
            csv.Row(
                e.Id, e.Date, e.DateBasis, source?.Name ?? e.SourceText, source?.Attribute("code"), target?.Name ?? e.TargetText,
                target?.Attribute("code"), e.Cameo, e.Type, e.Mode,
                e.QuadClass > 0 ? e.QuadClass.ToString(CultureInfo.InvariantCulture) : null, e.Negated, e.Modality,
                location?.Name ?? e.LocationText, location?.Attribute("country"), location?.Attribute("lat"),
                location?.Attribute("lon"), e.LocationBasis, Find(actors, e.AttributedTo)?.Name ?? e.AttributedText ?? e.AttributedTo, doc.Info.Id,
                doc.Info.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), doc.Info.Url, e.Rule,
                doc.Text[e.Evidence.Start..e.Evidence.End]);
        }
    }

    private static Actor? Find(Dictionary<string, Actor> actors, string? id) =>
        id is not null && actors.TryGetValue(id, out var actor) ? actor : null;
}
