using System.Globalization;
using System.Text;
using Dossier.Nlp.Gazetteers;
using Dossier.Text;

namespace Dossier.Extraction.Actors;

/// <summary>A place phrase linked to the gazetteer: the place, its country's ISO-3 code and the name matched.</summary>
public sealed record PlaceLink(Place Place, string CountryIso3, string MatchedName, string Rule);

/// <summary>
/// Links place phrases to the compact gazetteer (lexicon/gazetteer/). Countries win outright; otherwise a
/// city or admin1 division is picked among the name's candidates by how often the document mentions the
/// candidate's country (by name or demonym), then by population. Names newer than the GeoNames snapshot
/// (renames.tsv: Nursultan → Astana) are alternates of the city, so they link the same way. Thread-safe.
/// </summary>
public sealed class PlaceLinker
{
    /// <summary>Cities below this size link only when the document mentions their country.</summary>
    public const long MinPopulationWithoutSupport = 100000;

    private readonly Dictionary<string, string> _iso3;
    private readonly HashSet<string> _iso3Codes;

    private readonly Dictionary<string, string> _names;
    private readonly Dictionary<string, long> _cityPopulation;
    private readonly Dictionary<string, string> _firstDemonym;
    private readonly Dictionary<string, string> _official;

    /// <param name="cityPopulation">ISO-2 → the summed population of the country's gazetteer cities (ranks countries sharing a demonym).</param>
    /// <param name="firstDemonym">ISO-2 → the first demonym countries.tsv lists for the country (its own, before languages).</param>
    /// <param name="official">ISO-2 → the country's official name ("Kingdom of Saudi Arabia"): "the kingdom" must fit it.</param>
    public PlaceLinker(Gazetteer gazetteer, Dictionary<string, string> iso2ToIso3, Dictionary<string, string> iso2ToName,
        Dictionary<string, long>? cityPopulation = null, Dictionary<string, string>? firstDemonym = null, Dictionary<string, string>? official = null)
    {
        _official = official ?? [];
        _names = iso2ToName;
        _cityPopulation = cityPopulation ?? [];
        _firstDemonym = firstDemonym ?? [];
        Gazetteer = gazetteer;
        _iso3 = iso2ToIso3;
        _iso3Codes = new HashSet<string>(iso2ToIso3.Values, StringComparer.Ordinal);
    }

    public Gazetteer Gazetteer { get; }

    public static PlaceLinker Load(string gazetteerFolder)
    {
        var gazetteer = Gazetteer.Load(gazetteerFolder);
        var iso3 = new Dictionary<string, string>(StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var firstDemonym = new Dictionary<string, string>(StringComparer.Ordinal);
        var official = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(gazetteerFolder, Gazetteer.CountriesFile), Encoding.UTF8))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var fields = line.Split('\t');
            if (fields.Length > 5 && fields[5].Length > 0) firstDemonym[fields[0]] = fields[5].Split('|')[0];
            if (fields.Length > 3) official[fields[0]] = fields[3];
            int a = line.IndexOf('\t', StringComparison.Ordinal), b = a < 0 ? -1 : line.IndexOf('\t', a + 1);
            if (b > a) iso3[line[..a]] = line[(a + 1)..b];
            int c = b < 0 ? -1 : line.IndexOf('\t', b + 1);
            if (c > b) names[line[..a]] = line[(b + 1)..c];
        }

        var population = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(gazetteerFolder, Gazetteer.CitiesFile), Encoding.UTF8))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            // Gazetteer.Load has validated the rows: f[2] the country, f[7] the population.
            if (f.Length > 7 && long.TryParse(f[7], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long pop))
                population[f[2]] = population.GetValueOrDefault(f[2]) + pop;
        }

        return new PlaceLinker(gazetteer, iso3, names, population, firstDemonym, official);
    }

    /// <summary>The ISO-3 code of an ISO-2 country code, or null.</summary>
    public string? Iso3(string iso2) => _iso3.GetValueOrDefault(iso2);

    /// <summary>The ISO-2 code of an ISO-3 country code, or null.</summary>
    public string? Iso2(string iso3)
    {
        foreach (var (iso2, code) in _iso3)
        {
            if (code == iso3) return iso2;
        }

        return null;
    }

    /// <summary>True when the code is the ISO-3 code of a country in the gazetteer.</summary>
    public bool IsIso3(string code) => code.Length == 3 && _iso3Codes.Contains(code);

    /// <summary>
    /// Resolves the place phrase over tokens [start, end) (a leading "the" is skipped), disambiguated by the
    /// countries the whole document mentions. For callers with a location phrase but no actor (events).
    /// </summary>
    public PlaceLink? Resolve(Doc doc, int start, int end) => Resolve(doc, start, end, CountDocumentCountries(doc));

    /// <summary>As <see cref="Resolve(Doc,int,int)"/> with the document's country counts already taken.</summary>
    public PlaceLink? Resolve(Doc doc, int start, int end, Dictionary<string, int> documentCountries)
    {
        ArgumentNullException.ThrowIfNull(doc);
        if (start < end && doc[start].Text.Equals("the", StringComparison.OrdinalIgnoreCase)) start++;
        if (start >= end || !Adjacent(doc, start, end)) return null;
        var name = doc.Text.AsSpan(doc[start].Start, doc[end - 1].End - doc[start].Start);
        return ResolveName(name, documentCountries);
    }

    /// <summary>Links a place name (as written) among the document's countries.</summary>
    public PlaceLink? ResolveName(ReadOnlySpan<char> name, Dictionary<string, int> documentCountries)
    {
        var candidates = Gazetteer.Find(name);
        Place? best = null;
        int bestCount = -1;
        foreach (var p in candidates)
        {
            if (p.Kind == PlaceKind.Demonym) continue;
            if (p.Kind == PlaceKind.Country) { best = p; break; }
            int count = documentCountries.GetValueOrDefault(p.CountryCode);
            bool better = best is null || count > bestCount
                || (count == bestCount && best.Kind == PlaceKind.Admin1 && p.Kind == PlaceKind.City);
            if (better) { best = p; bestCount = count; }
        }

        if (best is null || Iso3(best.CountryCode) is not { } iso3) return null;
        // A small town in a country the text never mentions is more likely another word ("Asia", Philippines).
        if (best.Kind == PlaceKind.City && bestCount <= 0 && best.Population < MinPopulationWithoutSupport) return null;
        string matched = name.ToString();
        string rule = best.Kind == PlaceKind.Country ? "gazetteer:country"
            : candidates.Count(c => c.Kind is PlaceKind.City or PlaceKind.Admin1) > 1
                ? (bestCount > 0 ? "gazetteer:document-country" : "gazetteer:population") : "gazetteer:unique";
        if (!matched.Equals(best.Name, StringComparison.OrdinalIgnoreCase)) rule += "+alternate-name";
        return new PlaceLink(best, iso3, matched, rule);
    }

    /// <summary>
    /// The country of a demonym or country name as written ("Kazakh", "Russia"), as ISO-2, or null. A demonym
    /// several countries share goes to a country that lists it first (its own demonym, not a language it also
    /// speaks: "Slovak" → Slovakia, not Czechia; "Turkish" → Türkiye, not Cyprus), then to the one with the most
    /// people in its gazetteer cities ("Norwegian" → Norway, not Bouvet Island; "American" → the United States).
    /// </summary>
    public string? CountryOf(ReadOnlySpan<char> word)
    {
        string? best = null;
        (bool First, long Population) bestScore = (false, -1);
        foreach (var p in Gazetteer.Find(word))
        {
            if (p.Kind == PlaceKind.Country) return p.CountryCode;
            if (p.Kind != PlaceKind.Demonym) continue;
            bool first = word.Equals(_firstDemonym.GetValueOrDefault(p.CountryCode), StringComparison.OrdinalIgnoreCase);
            var score = (first, _cityPopulation.GetValueOrDefault(p.CountryCode));
            if (best is null || score.CompareTo(bestScore) > 0) (best, bestScore) = (p.CountryCode, score);
        }

        return best;
    }

    /// <summary>The official name of a country given as ISO-2 ("Republic of Kazakhstan"), or null.</summary>
    public string? OfficialName(string iso2) => _official.GetValueOrDefault(iso2);

    /// <summary>The ISO-2 code of a country's name as written ("Kazakhstan", "the Philippines" without "the"), or null for any other place or word.</summary>
    public string? CountryNamed(ReadOnlySpan<char> name)
    {
        foreach (var p in Gazetteer.Find(name))
        {
            if (p.Kind == PlaceKind.Country) return p.CountryCode;
        }

        return null;
    }

    /// <summary>The common name of a country given as ISO-2 ("Kazakhstan"), or null.</summary>
    public string? CountryName(string iso2) => _names.GetValueOrDefault(iso2);

    /// <summary>How often each country (ISO-2) is named or referred to by a demonym in capitalised words of the text.</summary>
    public Dictionary<string, int> CountDocumentCountries(Doc doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        int maxWords = Math.Min(3, Gazetteer.MaxWords);
        for (int i = 0; i < doc.Count; i++)
        {
            var first = doc[i].Text;
            if (first.Length == 0 || !char.IsUpper(first[0])) continue;
            for (int n = Math.Min(maxWords, doc.Count - i); n >= 1; n--)
            {
                if (!Adjacent(doc, i, i + n)) continue;
                var span = doc.Text.AsSpan(doc[i].Start, doc[i + n - 1].End - doc[i].Start);
                var kinds = Gazetteer.KindsOf(span);
                if ((kinds & (PlaceKind.Country | PlaceKind.Demonym | PlaceKind.Admin1)) == 0) continue;
                if ((CountryOf(span) ?? Admin1Country(span)) is { } iso2) counts[iso2] = counts.GetValueOrDefault(iso2) + 1;
                i += n - 1;
                break;
            }
        }

        return counts;
    }

    /// <summary>The country of an admin1 name ("Texas") when every admin1 of that name is in one country.</summary>
    private string? Admin1Country(ReadOnlySpan<char> name)
    {
        string? country = null;
        foreach (var p in Gazetteer.Find(name))
        {
            if (p.Kind != PlaceKind.Admin1) continue;
            if (country is not null && country != p.CountryCode) return null;
            country = p.CountryCode;
        }

        return country;
    }

    /// <summary>The attributes of a linked place: country, lat, lon, geonameid (cities), feature and its gazetteer name.</summary>
    public static void AddAttributes(PlaceLink link, int start, int end, List<ActorAttribute> into)
    {
        var p = link.Place;
        string feature = p.Kind switch { PlaceKind.Country => "country", PlaceKind.City => "city", _ => "admin1" };
        into.Add(new ActorAttribute("country", link.CountryIso3, start, end, link.Rule, Qualifier: p.CountryCode));
        into.Add(new ActorAttribute("feature", feature, start, end, link.Rule));
        into.Add(new ActorAttribute("place", p.Name, start, end, link.Rule, Qualifier: p.Id));
        if (p.Kind == PlaceKind.City) into.Add(new ActorAttribute("geonameid", p.Id, start, end, link.Rule));
        if (!double.IsNaN(p.Latitude))
        {
            into.Add(new ActorAttribute("lat", p.Latitude.ToString("0.#####", CultureInfo.InvariantCulture), start, end, link.Rule));
            into.Add(new ActorAttribute("lon", p.Longitude.ToString("0.#####", CultureInfo.InvariantCulture), start, end, link.Rule));
        }
    }

    /// <summary>True when tokens [start, end) are separated by at most single spaces, as gazetteer names are.</summary>
    private static bool Adjacent(Doc doc, int start, int end)
    {
        for (int t = start; t + 1 < end; t++)
        {
            int gap = doc[t + 1].Start - doc[t].End;
            if (gap > 1 || (gap == 1 && doc.Text[doc[t].End] != ' ')) return false;
        }

        return true;
    }
}
