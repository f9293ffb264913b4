using System.Globalization;
using Dossier.Extraction.Actors;
using Dossier.Text;

namespace Dossier.Serialization;

/// <summary>
/// The events-csv export (docs/events.md): one row per event with GDELT-like columns. Actor names come
/// from the actors layer (else the phrase as written); actor codes, country and coordinates from actor
/// attributes "code", "country", "lat" and "lon" when a component has set them.
/// </summary>
public static class EventsCsv
{
    private static readonly string[] s_header =
    [
        "event_id", "date", "source_name", "source_code", "target_name", "target_code", "cameo", "plover_type",
        "plover_mode", "quad_class", "negated", "modality", "location_name", "country", "lat", "lon",
        "attributed_to", "document_id", "document_date", "url", "rule", "evidence",
    ];

    public static void WriteHeader(CsvWriter csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        foreach (var name in s_header) csv.Field(name);
        csv.EndRecord();
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
            csv.Field(e.Id);
            csv.Field(e.Date);
            csv.Field(source?.Name ?? e.SourceText);
            csv.Field(Attribute(source, "code"));
            csv.Field(target?.Name ?? e.TargetText);
            csv.Field(Attribute(target, "code"));
            csv.Field(e.Cameo);
            csv.Field(e.Type);
            csv.Field(e.Mode);
            csv.Field(e.QuadClass > 0 ? e.QuadClass.ToString(CultureInfo.InvariantCulture) : null);
            csv.Field(e.Negated);
            csv.Field(e.Modality);
            csv.Field(location?.Name ?? e.LocationText);
            csv.Field(Attribute(location, "country"));
            csv.Field(Attribute(location, "lat"));
            csv.Field(Attribute(location, "lon"));
            csv.Field(Find(actors, e.AttributedTo)?.Name ?? e.AttributedTo);
            csv.Field(doc.Info.Id);
            csv.Field(doc.Info.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            csv.Field(doc.Info.Url);
            csv.Field(e.Rule);
            csv.Field(doc.Text[e.Evidence.Start..e.Evidence.End]);
            csv.EndRecord();
        }
    }

    private static Actor? Find(Dictionary<string, Actor> actors, string? id) =>
        id is not null && actors.TryGetValue(id, out var actor) ? actor : null;

    private static string? Attribute(Actor? actor, string key)
    {
        if (actor is null) return null;
        foreach (var attribute in actor.Attributes)
        {
            if (attribute.Key == key) return attribute.Value;
        }

        return null;
    }
}
