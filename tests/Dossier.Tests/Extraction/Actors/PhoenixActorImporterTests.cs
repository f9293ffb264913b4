using Dossier.Extraction.Actors;

namespace Dossier.Tests.Extraction.Actors;

public sealed class PhoenixActorImporterTests
{
    [Fact]
    public void Actor_entries_keep_aliases_and_dated_codes()
    {
        string[] lines =
        [
            "# comment",
            "ALICE_EXAMPLE_  # CountryInfo.txt",
            "+A._EXAMPLE_",
            "\t[XYZGOV 910101-190319]",
            "\t[XYZELI]",
            "BOB_SAMPLE_ [IGOUNO >070201] [---]",
            "NO_CODE_",
            "CAROL_(CE)_TEST_\t[ABCMIL <991231] [ABCGOV 2004017-20061201]",
        ];
        var entries = new List<PhoenixActorImporter.Entry>();
        int skipped = PhoenixActorImporter.ReadActors(lines, "countries", entries);
        Assert.Equal(3, entries.Count);
        Assert.Equal("alice example", entries[0].Name);
        Assert.Equal(["a. example"], entries[0].Aliases);
        Assert.Equal(["XYZGOV@1991-01-01..2019-03-19", "XYZELI"], entries[0].Roles);
        Assert.Equal("countries:2", entries[0].Source);
        Assert.Equal(["IGOUNO@2007-02-01.."], entries[1].Roles);
        Assert.Equal("carol test", entries[2].Name);
        Assert.Equal(["ABCMIL@..1999-12-31"], entries[2].Roles);
        Assert.Equal(2, skipped); // [---] and the malformed 7-digit date
    }

    [Fact]
    public void Agents_expand_macros_and_plurals()
    {
        string[] lines =
        [
            "!PERSON! = MAN, WOMAN",
            "POLICE!PERSON!  [~COP]",
            "THIEF {THIEVES} [~CRM]",
            "AD!PERSON!RATIVE [~GOV]",
            "NO_CODE_HERE",
        ];
        var rows = new SortedSet<string>(StringComparer.Ordinal);
        int skipped = PhoenixActorImporter.ReadAgents(lines, rows);
        Assert.Equal(["policeman\tCOP\tagents:2", "policewoman\tCOP\tagents:2", "thief\tCRM\tagents:3", "thieves\tCRM\tagents:3"], rows);
        Assert.Equal(2, skipped);
    }

    [Fact]
    public void Dated_codes_pick_the_role_that_holds_on_the_document_date()
    {
        var codes = DatedCode.ParseAll("XYZGOV@1991-01-01..2019-03-19|XYZELI")!;
        Assert.Equal("XYZGOV", DatedCode.For(codes, new DateOnly(2010, 1, 1))!.Value.Code.Code);
        Assert.Equal("XYZELI", DatedCode.For(codes, new DateOnly(2020, 1, 1))!.Value.Code.Code);
        Assert.Equal("XYZGOV", DatedCode.For(codes, null)!.Value.Code.Code);
        Assert.Null(DatedCode.ParseAll("XYZGOV@1991-13-01.."));
    }

    [Fact]
    public void The_shipped_lexicon_loads_and_malformed_rows_name_file_and_line()
    {
        var lexicon = ActorCodeLexicon.Load(Path.Combine(TestPaths.Repo, "lexicon", "actors"));
        Assert.True(lexicon.NamedCount > 30000);
        Assert.Equal("~COP", lexicon.FindAgent("police")!.Code);
        var dir = Directory.CreateTempSubdirectory("actors-lexicon");
        try
        {
            foreach (var f in new[] { "roles.tsv", "organisations.tsv", "agents.tsv", "people.tsv" })
                File.Copy(Path.Combine(TestPaths.Repo, "lexicon", "actors", f), Path.Combine(dir.FullName, f));
            File.AppendAllText(Path.Combine(dir.FullName, "roles.tsv"), "chief\tboss\tx\n");
            var error = Assert.Throws<InvalidDataException>(() => ActorCodeLexicon.Load(dir.FullName));
            Assert.Contains("roles.tsv:", error.Message, StringComparison.Ordinal);
            Assert.Contains("DAC001", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
