using Dossier.Extraction.Actors;

namespace Dossier.Tests.Extraction.Actors;

public sealed class ActorLexiconTests
{
    [Fact]
    public void The_shipped_lexicon_knows_people_organisations_and_gendered_nouns()
    {
        var lexicon = ActorLexicon.Load(DossierHomeFor.Repo);
        Assert.Equal(NounClass.Person, lexicon.ClassOf("minister"));
        Assert.Equal(NounClass.Person, lexicon.ClassOf("protester"));
        Assert.Equal(NounClass.Organization, lexicon.ClassOf("government"));
        Assert.Equal(NounClass.None, lexicon.ClassOf("road"));
        Assert.True(lexicon.IsRole("head"));
        Assert.True(lexicon.IsRole("minister"));
        Assert.False(lexicon.IsRole("capital"));
        Assert.Equal(Gender.Feminine, lexicon.GenderOf("woman"));
        Assert.Equal(Gender.Masculine, lexicon.GenderOf("father"));
    }

    [Fact]
    public void Bad_rows_are_reported_with_file_and_line()
    {
        var dir = Directory.CreateTempSubdirectory("actors-lexicon").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "nouns.tsv"), "# dossier-tsv/1\nminister\t5\t0\t0\t1\t0\nroad\tmany\t0\t3\t0\t0\n");
            File.WriteAllText(Path.Combine(dir, "names.tsv"), "# dossier-tsv/1\n");
            File.WriteAllText(Path.Combine(dir, "curated.tsv"), "# dossier-tsv/1\n");
            var ex = Assert.Throws<InvalidDataException>(() => ActorLexicon.Load(dir));
            Assert.Contains("nouns.tsv:3: counts must be non-negative integers", ex.Message, StringComparison.Ordinal);

            File.WriteAllText(Path.Combine(dir, "nouns.tsv"), "# dossier-tsv/1\n");
            File.WriteAllText(Path.Combine(dir, "curated.tsv"), "# dossier-tsv/1\nrebel\tperson\tm\njunta\tcompany\t-\n");
            ex = Assert.Throws<InvalidDataException>(() => ActorLexicon.Load(dir));
            Assert.Contains("curated.tsv:3: class must be person, organization, group or none", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
