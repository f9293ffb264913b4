using Dossier.Serialization;

namespace Dossier.Corpus.Merging;

/// <summary>What cross-document merging looks at in one document's entity: type, names, country, code, gazetteer id.</summary>
internal sealed record EntityProfile(
    string Name,
    string Type,
    string Norm,
    string? Country,
    string? Code,
    string? GeonameId,
    IReadOnlyList<NameVariant> Variants)
{
    /// <summary>Attribute keys read from dossier/1 entities (filled by the actors layer when it knows them).</summary>
    public const string CountryKey = "country", CodeKey = "code", GeonameIdKey = "geonameid";

    public static EntityProfile Of(EntityOut entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var norm = ActorNames.Normalize(entity.Name);
        var variants = new List<NameVariant> { new(norm, NameVariant.Name) };
        if (ActorNames.IsPerson(entity.Type))
        {
            if (ActorNames.Surname(norm) is { } surname) variants.Add(new(surname, NameVariant.Surname));
        }
        else
        {
            // A document that calls one actor both "NATO" and "North Atlantic Treaty Organization" equates them.
            bool nameIsAcronym = ActorNames.IsAcronym(entity.Name);
            foreach (var m in entity.Mentions)
            {
                if (m.Kind != "named" || ActorNames.IsAcronym(m.Text) == nameIsAcronym) continue;
                var alias = ActorNames.Normalize(m.Text);
                if (alias.Length > 0 && !variants.Any(v => v.Norm == alias)) variants.Add(new(alias, NameVariant.Alias));
            }
        }

        return new EntityProfile(entity.Name, entity.Type, norm, First(entity, CountryKey), First(entity, CodeKey),
            First(entity, GeonameIdKey), variants);
    }

    private static string? First(EntityOut entity, string key) =>
        entity.Attributes.TryGetValue(key, out var values) && values.Count > 0 && !string.IsNullOrWhiteSpace(values[0].Value)
            ? values[0].Value.Trim()
            : null;
}

/// <summary>A normalised name an actor is known by, and how: its name, a person's surname, or an equated alias.</summary>
internal readonly record struct NameVariant(string Norm, string Kind)
{
    public const string Name = "name", Surname = "surname", Alias = "alias";
}
