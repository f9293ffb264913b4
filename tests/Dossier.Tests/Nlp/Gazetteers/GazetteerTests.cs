using Dossier.Nlp.Gazetteers;

namespace Dossier.Tests.Nlp.Gazetteers;

public sealed class GazetteerTests
{
    private static readonly Lazy<Gazetteer> s_committed = new(() => Gazetteer.Load(Path.Combine(TestPaths.Repo, "lexicon", "gazetteer")));

    [Fact]
    public void Finds_countries_demonyms_and_cities_by_any_case()
    {
        var g = s_committed.Value;
        var country = g.Find("kazakhstan")[0];
        Assert.Equal(("KZ", PlaceKind.Country), (country.Id, country.Kind));
        Assert.Equal(PlaceKind.Demonym, g.Find("Kazakhstani")[0].Kind);
        var almaty = g.Find("Almaty").First(p => p.Kind == PlaceKind.City);
        Assert.Equal("KZ", almaty.CountryCode);
        Assert.InRange(almaty.Latitude, 43, 44);
        Assert.True(almaty.Population > 1_000_000);
        Assert.True((g.KindsOf("Georgia") & PlaceKind.Country) != 0);
        Assert.Equal(PlaceKind.None, g.KindsOf("nowhere-at-all"));
    }

    [Fact]
    public void Former_names_in_GeoNames_alternates_find_the_city()
    {
        var g = s_committed.Value;
        Assert.Contains(g.Find("Tselinograd"), p => p.Kind == PlaceKind.City && p.CountryCode == "KZ");
        var astana = g.Find("Nursultan").Single(p => p.Kind == PlaceKind.City);
        Assert.Equal("Astana", astana.Name);
        Assert.Equal(PlaceKind.Demonym, g.Find("Kazakh")[0].Kind);
        var bigFirst = g.Find("Paris").Where(p => p.Kind == PlaceKind.City).ToList();
        Assert.Equal("FR", bigFirst[0].CountryCode);
    }

    [Fact]
    public void Building_is_deterministic_and_matches_the_committed_files()
    {
        var dir = Path.Combine(Path.GetTempPath(), $"dossier-gaz-{Environment.ProcessId}");
        try
        {
            GazetteerBuilder.Build(TestPaths.Shared("gazetteer"), dir);
            foreach (var file in new[] { Gazetteer.CountriesFile, Gazetteer.CitiesFile, Gazetteer.Admin1File })
            {
                Assert.True(File.ReadAllBytes(Path.Combine(dir, file)).AsSpan().SequenceEqual(
                    File.ReadAllBytes(Path.Combine(TestPaths.Repo, "lexicon", "gazetteer", file))), $"{file} differs from a fresh build");
            }
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void A_malformed_row_is_reported_with_file_and_line()
    {
        var dir = Path.Combine(Path.GetTempPath(), $"dossier-gaz-bad-{Environment.ProcessId}");
        Directory.CreateDirectory(dir);
        try
        {
            File.WriteAllText(Path.Combine(dir, Gazetteer.Admin1File), $"#format\t{Gazetteer.Admin1Format}\n#code\tname\nKZ.02\tAlmaty Oblysy\n");
            File.WriteAllText(Path.Combine(dir, Gazetteer.CountriesFile), $"#format\t{Gazetteer.CountriesFormat}\n#h\nKZ\tKAZ\tKazakhstan\tRepublic\t\tKazakhstani\tAstana\t48\t68\n");
            File.WriteAllText(Path.Combine(dir, Gazetteer.CitiesFile), $"#format\t{Gazetteer.CitiesFormat}\n#h\n1\tAlmaty\tKZ\t02\tx\t43.25\t76.9\tmany\tPPLA\t\n");
            var ex = Assert.Throws<InvalidDataException>(() => Gazetteer.Load(dir));
            Assert.Contains(Gazetteer.CitiesFile + ":3", ex.Message, StringComparison.Ordinal);
            Assert.StartsWith("DGZ004", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void News_names_of_countries_match_as_written_only()
    {
        var g = s_committed.Value;
        Assert.Equal("TR", Assert.Single(g.Find("Turkey")).CountryCode);
        Assert.Equal(PlaceKind.Country, g.KindsOf("U.S."));
        Assert.Equal("US", g.Find("US")[0].CountryCode);
        Assert.Equal("GB", g.Find("Britain")[0].CountryCode);
        // The bird and the pronoun are no countries.
        Assert.Empty(g.Find("turkey"));
        Assert.Equal(PlaceKind.None, g.KindsOf("us"));
    }

    [Fact]
    public void A_country_alias_of_an_unknown_country_or_an_existing_name_is_an_error()
    {
        var dir = Path.Combine(Path.GetTempPath(), $"dossier-gaz-alias-{Environment.ProcessId}");
        Directory.CreateDirectory(dir);
        try
        {
            File.WriteAllText(Path.Combine(dir, Gazetteer.Admin1File), $"#format\t{Gazetteer.Admin1Format}\n#code\tname\n");
            File.WriteAllText(Path.Combine(dir, Gazetteer.CountriesFile), $"#format\t{Gazetteer.CountriesFormat}\n#h\nKZ\tKAZ\tKazakhstan\tRepublic\t\tKazakhstani\tAstana\t48\t68\n");
            File.WriteAllText(Path.Combine(dir, Gazetteer.CitiesFile), $"#format\t{Gazetteer.CitiesFormat}\n#h\n");
            var aliases = Path.Combine(dir, Gazetteer.CountryAliasesFile);
            File.WriteAllText(aliases, $"#format\t{Gazetteer.CountryAliasesFormat}\n#h\nXX\tNowhere\tnote\n");
            var unknown = Assert.Throws<InvalidDataException>(() => Gazetteer.Load(dir));
            Assert.StartsWith("DGZ007", unknown.Message, StringComparison.Ordinal);
            Assert.Contains(Gazetteer.CountryAliasesFile + ":3", unknown.Message, StringComparison.Ordinal);
            File.WriteAllText(aliases, $"#format\t{Gazetteer.CountryAliasesFormat}\n#h\nKZ\tKazakhstan\tnote\n");
            Assert.StartsWith("DGZ008", Assert.Throws<InvalidDataException>(() => Gazetteer.Load(dir)).Message, StringComparison.Ordinal);
            File.WriteAllText(aliases, $"#format\t{Gazetteer.CountryAliasesFormat}\n#h\nKZ\tqazaqstan\tnote\n");
            Assert.StartsWith("DGZ009", Assert.Throws<InvalidDataException>(() => Gazetteer.Load(dir)).Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
