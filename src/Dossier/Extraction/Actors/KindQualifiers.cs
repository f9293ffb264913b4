using System.Collections.Frozen;

namespace Dossier.Extraction.Actors;

/// <summary>
/// What the words before a kind description's noun require of the actor it names: a country ("the Russian
/// army", "Russia's army": ISO-3), regions it must lie in ("the Central Asian country": ISO-2 sets), and for
/// "the kingdom" or "the republic" the word its official name must hold.
/// </summary>
internal sealed record KindQualifiers(string? Country, FrozenSet<string>[] Regions, string? OfficialWord)
{
    /// <summary>Whether a country (ISO-2, ISO-3) fits every qualifier; official names come from <paramref name="places"/>.</summary>
    public bool Fits(string iso2, string iso3, PlaceLinker places)
    {
        if (Country is not null && Country != iso3) return false;
        foreach (var region in Regions)
        {
            if (!region.Contains(iso2)) return false;
        }

        return OfficialWord is null || (places.OfficialName(iso2) is { } official && official.Contains(OfficialWord, StringComparison.OrdinalIgnoreCase));
    }
}
