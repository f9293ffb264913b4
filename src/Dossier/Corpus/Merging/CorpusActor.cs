namespace Dossier.Corpus.Merging;

/// <summary>A corpus-level actor as the merger sees it while a batch is written (mutable: links may fill attributes).</summary>
internal sealed class CorpusActor(long id, string name, string type, string? country, string? code, string? geonameId)
{
    public long Id { get; } = id;

    public string Name { get; set; } = name;

    public string Type { get; } = type;

    public string? Country { get; set; } = country;

    public string? Code { get; set; } = code;

    public string? GeonameId { get; set; } = geonameId;

    /// <summary>
    /// Never merge across conflicting countries or gazetteer ids; a missing value is no conflict. Types always
    /// match, since candidates are looked up by type.
    /// </summary>
    public bool Accepts(EntityProfile entity) =>
        !Conflict(Country, entity.Country) && !Conflict(GeonameId, entity.GeonameId);

    /// <summary>Takes what the entity adds; returns true when something changed. Every choice is order-independent
    /// except filling a missing country (documented in docs/store.md).</summary>
    public bool Absorb(EntityProfile entity)
    {
        bool changed = false;
        if (Better(entity.Name, Name)) { Name = entity.Name; changed = true; }
        if (entity.Country is not null && (Country is null || (ActorNames.Key(Country) == ActorNames.Key(entity.Country) && Better(entity.Country, Country))))
        {
            Country = entity.Country;
            changed = true;
        }

        if (GeonameId is null && entity.GeonameId is not null) { GeonameId = entity.GeonameId; changed = true; }
        if (entity.Code is not null && (Code is null || string.CompareOrdinal(entity.Code, Code) < 0)) { Code = entity.Code; changed = true; }
        return changed;
    }

    /// <summary>
    /// The display name is the longest name seen (normalised, so "the X" is not longer than "X"); among
    /// spellings of one length the shortest as written, then the one with fewer capitals ("Tokayev" over
    /// "TOKAYEV"), then ordinal order. So the choice does not depend on arrival order.
    /// </summary>
    private static bool Better(string candidate, string current)
    {
        int a = ActorNames.Normalize(candidate).Length, b = ActorNames.Normalize(current).Length;
        if (a != b) return a > b;
        if (candidate.Length != current.Length) return candidate.Length < current.Length;
        int capitals = candidate.Count(char.IsUpper) - current.Count(char.IsUpper);
        return capitals != 0 ? capitals < 0 : string.CompareOrdinal(candidate, current) < 0;
    }

    private static bool Conflict(string? a, string? b) =>
        ActorNames.Key(a) is { } x && ActorNames.Key(b) is { } y && x != y;
}
