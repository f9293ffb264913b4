using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Dossier.Nlp.Gazetteers;

/// <summary>
/// The compact gazetteer (lexicon/gazetteer/): every country, demonym, admin1 division and city name,
/// case-insensitively, mapped to its candidate places. Lookups take a span (no string is built), so a
/// caller can probe token n-grams straight from the document text. Immutable and thread-safe.
/// </summary>
public sealed class Gazetteer
{
    public const string CountriesFile = "countries.tsv";
    public const string CitiesFile = "cities.tsv";
    public const string Admin1File = "admin1.tsv";
    public const string RenamesFile = "renames.tsv";
    public const string RenamesFormat = "dossier-gazetteer-renames/1";
    public const string CountryAliasesFile = "country-aliases.tsv";
    public const string CountryAliasesFormat = "dossier-gazetteer-country-aliases/1";
    public const string CountriesFormat = "dossier-gazetteer-countries/1";
    public const string CitiesFormat = "dossier-gazetteer-cities/1";
    public const string Admin1Format = "dossier-gazetteer-admin1/1";

    private readonly FrozenDictionary<string, Place[]> _byName;
    private readonly FrozenDictionary<string, Place[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly FrozenDictionary<string, PlaceKind>.AlternateLookup<ReadOnlySpan<char>> _kinds;
    private readonly FrozenDictionary<string, Place[]>.AlternateLookup<ReadOnlySpan<char>> _aliases;

    private Gazetteer(Dictionary<string, List<Place>> byName, Dictionary<string, Place> aliases)
    {
        // News names of countries ("Turkey", "U.S.", "UK") match as written only: "turkey" and "us" are other words.
        _aliases = aliases.ToFrozenDictionary(kv => kv.Key, kv => new[] { kv.Value }, StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        _byName = byName.ToFrozenDictionary(kv => kv.Key, kv => Order(kv.Value), StringComparer.OrdinalIgnoreCase);
        _lookup = _byName.GetAlternateLookup<ReadOnlySpan<char>>();
        var kinds = byName.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.Aggregate(PlaceKind.None, (k, p) => k | p.Kind), StringComparer.OrdinalIgnoreCase);
        _kinds = kinds.GetAlternateLookup<ReadOnlySpan<char>>();
        int max = 1;
        foreach (var name in byName.Keys.Concat(aliases.Keys)) max = Math.Max(max, name.Count(c => c == ' ') + 1);
        MaxWords = max;
    }

    /// <summary>Number of distinct names (case-insensitively).</summary>
    public int NameCount => _byName.Count;

    /// <summary>The most space-separated words in any name, the longest n-gram worth probing.</summary>
    public int MaxWords { get; }

    /// <summary>Candidates for a name (case-insensitive): countries, then admin1, then cities by population.</summary>
    public IReadOnlyList<Place> Find(ReadOnlySpan<char> name) =>
        _lookup.TryGetValue(name, out var places) ? places : IsAlias(name, out var alias) ? alias : [];

    /// <summary>The kinds of place a name can be (a bit set), or None.</summary>
    public PlaceKind KindsOf(ReadOnlySpan<char> name) =>
        _kinds.TryGetValue(name, out var kinds) ? kinds : IsAlias(name, out _) ? PlaceKind.Country : PlaceKind.None;

    /// <summary>
    /// A news name of a country, as written. Every alias is capitalised, so the NER features' probes of lower-case
    /// words (most of them) skip the second lookup.
    /// </summary>
    private bool IsAlias(ReadOnlySpan<char> name, out Place[] alias)
    {
        alias = [];
        return name.Length > 0 && char.IsUpper(name[0]) && _aliases.TryGetValue(name, out alias!);
    }

    public static Gazetteer Load(string folder)
    {
        var byName = new Dictionary<string, List<Place>>(StringComparer.OrdinalIgnoreCase);
        void Add(string name, Place place)
        {
            if (name.Length == 0) return;
            if (!byName.TryGetValue(name, out var list)) byName[name] = list = [];
            if (!list.Contains(place)) list.Add(place);
        }

        var admin1 = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (f, _) in Rows(Path.Combine(folder, Admin1File), Admin1Format, 2))
        {
            admin1[f[0]] = f[1];
            int dot = f[0].IndexOf('.', StringComparison.Ordinal);
            var place = new Place(f[0], f[1], PlaceKind.Admin1, dot > 0 ? f[0][..dot] : "", dot > 0 ? f[0][(dot + 1)..] : "", double.NaN, double.NaN, 0);
            Add(f[1], place);
        }

        var countries = new Dictionary<string, Place>(StringComparer.Ordinal);
        foreach (var (f, at) in Rows(Path.Combine(folder, CountriesFile), CountriesFormat, 9))
        {
            double lat = Coordinate(f[7], 90, at), lon = Coordinate(f[8], 180, at);
            var country = new Place(f[0], f[2], PlaceKind.Country, f[0], "", lat, lon, 0);
            countries[f[0]] = country;
            Add(f[2], country);
            Add(f[3], country);
            foreach (var a in Split(f[4])) Add(a, country);
            var demonym = country with { Kind = PlaceKind.Demonym };
            foreach (var d in Split(f[5])) Add(d, demonym);
        }

        var cities = new Dictionary<string, Place>(StringComparer.Ordinal);
        foreach (var (f, at) in Rows(Path.Combine(folder, CitiesFile), CitiesFormat, 10))
        {
            if (!long.TryParse(f[7], NumberStyles.None, CultureInfo.InvariantCulture, out long pop))
                throw new InvalidDataException($"DGZ004 {at}: population '{f[7]}' is not a whole number");
            var city = new Place(f[0], f[1], PlaceKind.City, f[2], f[3], Coordinate(f[5], 90, at), Coordinate(f[6], 180, at), pop);
            cities[f[0]] = city;
            Add(f[1], city);
            foreach (var a in Split(f[9])) Add(a, city);
        }

        // Hand-curated names newer than the GeoNames snapshot; optional, so a derived-only folder still loads.
        var renames = Path.Combine(folder, RenamesFile);
        if (File.Exists(renames))
        {
            foreach (var (f, at) in Rows(renames, RenamesFormat, 3))
            {
                if (!cities.TryGetValue(f[0], out var city))
                    throw new InvalidDataException($"DGZ006 {at}: no city with geonameid '{f[0]}' in {CitiesFile}");
                Add(f[1], city);
            }
        }

        return new Gazetteer(byName, LoadCountryAliases(folder, countries, byName));
    }

    /// <summary>Hand-curated news names of countries (optional file), matched case-sensitively.</summary>
    private static Dictionary<string, Place> LoadCountryAliases(string folder, Dictionary<string, Place> countries,
        Dictionary<string, List<Place>> byName)
    {
        var aliases = new Dictionary<string, Place>(StringComparer.Ordinal);
        var path = Path.Combine(folder, CountryAliasesFile);
        if (!File.Exists(path)) return aliases;
        foreach (var (f, at) in Rows(path, CountryAliasesFormat, 3))
        {
            if (!countries.TryGetValue(f[0], out var country))
                throw new InvalidDataException($"DGZ007 {at}: no country with ISO-2 code '{f[0]}' in {CountriesFile}");
            if (f[1].Length == 0 || !char.IsUpper(f[1][0]))
                throw new InvalidDataException($"DGZ009 {at}: '{f[1]}' must start with a capital letter (aliases match as written)");
            if (byName.ContainsKey(f[1]) || !aliases.TryAdd(f[1], country))
                throw new InvalidDataException($"DGZ008 {at}: '{f[1]}' is already a gazetteer name");
        }

        return aliases;
    }

    private static Place[] Order(List<Place> places) =>
        [.. places.OrderBy(p => p.Kind switch { PlaceKind.Country => 0, PlaceKind.Demonym => 1, PlaceKind.Admin1 => 2, _ => 3 })
            .ThenByDescending(p => p.Population).ThenBy(p => p.Id, StringComparer.Ordinal)];

    private static string[] Split(string field) => field.Length == 0 ? [] : field.Split('|');

    private static double Coordinate(string text, double limit, string at)
    {
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) || Math.Abs(v) > limit)
            throw new InvalidDataException($"DGZ003 {at}: '{text}' is not a coordinate within ±{limit}");
        return v;
    }

    /// <summary>The data rows of a gazetteer file with their "file:line" location, after checking the format line.</summary>
    private static IEnumerable<(string[] Fields, string At)> Rows(string path, string format, int fields)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"DGZ001 gazetteer file not found: {path}", path);
        int line = 0;
        foreach (var text in File.ReadLines(path, Encoding.UTF8))
        {
            line++;
            string at = $"{path}:{line.ToString(CultureInfo.InvariantCulture)}";
            if (line == 1)
            {
                if (text != "#format\t" + format)
                    throw new InvalidDataException($"DGZ002 {at}: expected format line '#format<TAB>{format}'");
                continue;
            }

            if (text.Length == 0 || text[0] == '#') continue;
            var f = text.Split('\t');
            if (f.Length != fields)
                throw new InvalidDataException($"DGZ005 {at}: expected {fields} tab-separated fields, found {f.Length}");
            yield return (f, at);
        }

        if (line == 0) throw new InvalidDataException($"DGZ002 {path}:1: file is empty");
    }
}
