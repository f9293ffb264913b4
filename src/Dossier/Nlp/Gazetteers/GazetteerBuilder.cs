using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Dossier.Nlp.Gazetteers;

/// <summary>
/// Builds the compact gazetteer shipped under lexicon/gazetteer/ from the full sources: mledoze countries
/// (ODbL), GeoNames cities1000 (CC BY 3.0) and GeoNames admin1 names (CC BY 4.0). Cities are kept when
/// they have at least <see cref="MinPopulation"/> people or are a capital or first-level admin seat;
/// only Latin-script alternate names that look like proper names are kept, and only for big cities and seats. Output is sorted, so the
/// same sources always give the same bytes.
/// </summary>
public static class GazetteerBuilder
{
    public const long MinPopulation = 15000;

    /// <summary>Languages spoken in more countries than this are not used as country adjectives.</summary>
    public const int MaxCountriesPerLanguageAdjective = 2;

    /// <summary>
    /// Alternate names are kept only for cities this large (or capitals and admin seats): the exonyms that
    /// news uses ("Munich", "Kiev") belong to big places, while small towns' alternates are mostly other
    /// words and person names ("Byron" for Výronas).
    /// </summary>
    public const long MinPopulationForAlternates = 100000;

    public static (int Countries, int Cities, int Admin1) Build(string sourceDir, string outDir)
    {
        Directory.CreateDirectory(outDir);
        var admin1 = ReadAdmin1(Path.Combine(sourceDir, "geonames-admin1.json"));
        int countries = WriteCountries(Path.Combine(sourceDir, "countries.json"), Path.Combine(outDir, Gazetteer.CountriesFile));
        int cities = WriteCities(Path.Combine(sourceDir, "geonames-cities1000.txt"), admin1, Path.Combine(outDir, Gazetteer.CitiesFile));
        WriteAdmin1(admin1, Path.Combine(outDir, Gazetteer.Admin1File));
        return (countries, cities, admin1.Count);
    }

    private static SortedDictionary<string, string> ReadAdmin1(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        var map = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in json.RootElement.EnumerateArray())
        {
            var code = e.GetProperty("code").GetString();
            var name = e.GetProperty("name").GetString();
            if (code is not null && name is not null && Clean(name) is { } n) map[code] = n;
        }

        return map;
    }

    private static int WriteCountries(string path, string outPath)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        var rows = new List<string>();
        var languageUse = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in json.RootElement.EnumerateArray())
        {
            foreach (var lang in Languages(c)) languageUse[lang] = languageUse.GetValueOrDefault(lang) + 1;
        }

        foreach (var c in json.RootElement.EnumerateArray())
        {
            var name = c.GetProperty("name");
            string common = name.GetProperty("common").GetString() ?? "";
            string official = name.GetProperty("official").GetString() ?? "";
            var alt = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var a in c.GetProperty("altSpellings").EnumerateArray())
            {
                // Two-letter codes ("KZ") are kept out: as words they are mostly not country names.
                if (a.GetString() is { Length: > 2 } s && LooksLikeName(s) && s != common && s != official) alt.Add(s);
            }

            var demonyms = new SortedSet<string>(StringComparer.Ordinal);
            if (c.TryGetProperty("demonyms", out var dem) && dem.TryGetProperty("eng", out var eng))
            {
                foreach (var g in eng.EnumerateObject())
                {
                    if (g.Value.GetString() is { Length: > 0 } s && LooksLikeName(s)) demonyms.Add(s);
                }
            }

            // The name of a language spoken in at most two countries doubles as their adjective ("Kazakh",
            // "Uzbek"), which the source's demonyms ("Kazakhstani") miss; "English" or "Arabic" say nothing.
            foreach (var lang in Languages(c))
            {
                if (languageUse[lang] <= MaxCountriesPerLanguageAdjective && LooksLikeName(lang) && !lang.Contains(' ', StringComparison.Ordinal)) demonyms.Add(lang);
            }

            string capital = c.TryGetProperty("capital", out var cap) && cap.GetArrayLength() > 0 ? cap[0].GetString() ?? "" : "";
            var ll = c.GetProperty("latlng");
            rows.Add(string.Join('\t',
                c.GetProperty("cca2").GetString(), c.GetProperty("cca3").GetString(), common, official,
                string.Join('|', alt), string.Join('|', demonyms), capital,
                Num(ll[0].GetDouble()), Num(ll[1].GetDouble())));
        }

        rows.Sort(StringComparer.Ordinal);
        Write(outPath, Gazetteer.CountriesFormat, "iso2\tiso3\tcommon\tofficial\talternatives\tdemonyms\tcapital\tlat\tlon", rows);
        return rows.Count;
    }

    private static IEnumerable<string> Languages(JsonElement country)
    {
        if (!country.TryGetProperty("languages", out var langs) || langs.ValueKind != JsonValueKind.Object) yield break;
        foreach (var l in langs.EnumerateObject())
        {
            if (l.Value.GetString() is { Length: > 0 } name) yield return name;
        }
    }

    private static int WriteCities(string path, SortedDictionary<string, string> admin1, string outPath)
    {
        var rows = new List<(long Id, string Row)>();
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            var f = line.Split('\t');
            if (f.Length < 19) continue;
            long pop = long.TryParse(f[14], NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 0;
            string code = f[7];
            bool seat = code is "PPLC" or "PPLA";
            if (pop < MinPopulation && !seat) continue;
            if (Clean(f[1]) is not { } name) continue;
            var alt = new SortedSet<string>(StringComparer.Ordinal);
            bool alternates = seat || pop >= MinPopulationForAlternates;
            foreach (var a in alternates ? f[3].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [])
            {
                if (a != name && a.Length > 2 && LooksLikeName(a)) alt.Add(a);
            }

            if (f[2] != name && LooksLikeName(f[2])) alt.Add(f[2]);
            string country = f[8], adminCode = f[10];
            string adminName = admin1.GetValueOrDefault(country + "." + adminCode, "");
            long id = long.Parse(f[0], CultureInfo.InvariantCulture);
            rows.Add((id, string.Join('\t', f[0], name, country, adminCode, adminName, f[4], f[5],
                pop.ToString(CultureInfo.InvariantCulture), code, string.Join('|', alt))));
        }

        rows.Sort((a, b) => a.Id.CompareTo(b.Id));
        Write(outPath, Gazetteer.CitiesFormat, "geonameid\tname\tcountry\tadmin1\tadmin1_name\tlat\tlon\tpopulation\tfeature\talternatives",
            [.. rows.Select(r => r.Row)]);
        return rows.Count;
    }

    private static void WriteAdmin1(SortedDictionary<string, string> admin1, string outPath) =>
        Write(outPath, Gazetteer.Admin1Format, "code\tname", [.. admin1.Select(kv => kv.Key + "\t" + kv.Value)]);

    private static void Write(string path, string format, string header, List<string> rows)
    {
        var sb = new StringBuilder();
        sb.Append("#format\t").Append(format).Append('\n');
        sb.Append('#').Append(header).Append('\n');
        foreach (var r in rows) sb.Append(r).Append('\n');
        File.WriteAllText(path, sb.ToString(), new UTF8Encoding(false));
    }

    private static string Num(double v) => v.ToString("0.#####", CultureInfo.InvariantCulture);

    private static string? Clean(string s)
    {
        s = s.Trim();
        return s.Length == 0 || s.Contains('\t', StringComparison.Ordinal) || s.Contains('|', StringComparison.Ordinal) ? null : s;
    }

    /// <summary>
    /// A Latin-script proper name: starts with an upper-case letter, has a lower-case letter (so airport
    /// codes and romanisation keys like "a si ta na" are out) and only letters, spaces, hyphens,
    /// apostrophes and dots.
    /// </summary>
    private static bool LooksLikeName(string s)
    {
        if (s.Length == 0 || !char.IsUpper(s[0]) || s.Contains('|', StringComparison.Ordinal)) return false;
        bool lower = false;
        foreach (char c in s)
        {
            if (c > '\u024F' && c != '\u2019') return false; // beyond Latin Extended-B
            if (char.IsLower(c)) lower = true;
            else if (!char.IsLetter(c) && c is not (' ' or '-' or '\'' or '.' or '\u2019')) return false;
        }

        return lower;
    }
}
