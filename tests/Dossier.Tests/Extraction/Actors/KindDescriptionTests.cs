using Dossier.Extraction.Actors;
using Dossier.Pipeline;
using Dossier.Text;

namespace Dossier.Tests.Extraction.Actors;

/// <summary>
/// Kind descriptions (docs/actors.md, sieve 6e; lexicon/actors/descriptions.tsv) and cataphoric roles (sieve 7b), with
/// the standard pipeline on sentences written for these tests. Each linking case has a tempting wrong candidate (a
/// more recent country, another organisation); each must-not-link case has one candidate the rule must refuse.
/// </summary>
public sealed class KindDescriptionTests
{
    private static readonly Lazy<Dossier.Pipeline.Pipeline> s_pipeline = new(() => StandardPipeline.Create(DossierHomeFor.Repo));

    private static Doc Analyse(string text) =>
        s_pipeline.Value.Process(new Doc(text, new DocumentInfo("t", Date: new DateOnly(2024, 5, 6))));

    /// <summary>The actor the phrase's first occurrence is a mention of, or null.</summary>
    private static Actor? ActorOf(Doc doc, string phrase)
    {
        int start = doc.Text.IndexOf(phrase, StringComparison.Ordinal);
        return doc.Actors.FirstOrDefault(a => a.Mentions.Any(m => m.Start == start && doc.Text[m.Start..m.End] == phrase));
    }

    private static void AssertLinked(Doc doc, string phrase, string name)
    {
        var actor = ActorOf(doc, phrase);
        Assert.True(actor is not null, $"'{phrase}' is no actor mention");
        Assert.Equal(name, actor.Name);
    }

    private static void AssertUnlinked(Doc doc, string phrase) =>
        Assert.False(ActorOf(doc, phrase)?.Mentions.Any(m => m.Kind == MentionKind.Named) ?? false, $"'{phrase}' is linked to a name");

    [Fact]
    public void The_country_is_the_country_its_paragraph_names_and_becomes_a_mention_of_the_place()
    {
        var doc = Analyse("Farmers blocked roads in France on Monday.\n\n"
            + "Protests spread in Moldova on Tuesday. Police detained dozens of people across the country, officials said.");
        var moldova = ActorOf(doc, "the country");
        Assert.NotNull(moldova);
        Assert.Equal("Moldova", moldova.Name);
        var mention = moldova.Mentions.Single(m => doc.Text[m.Start..m.End] == "the country");
        Assert.Equal(("coref:country-description", "country"), (mention.Rule, doc.Text[doc.Start[mention.Head]..doc.End[mention.Head]]));
    }

    [Fact]
    public void An_event_in_the_country_takes_the_country_as_its_place()
    {
        // Events map a locative's head token to its actor (docs/events.md): the description must be the place's mention.
        var doc = Analyse("Protests spread in Moldova on Tuesday.\n\nPolice detained dozens of protesters in the country, officials said.");
        var moldova = doc.Actors.Single(a => a.Name == "Moldova");
        Assert.Contains(doc.Events, e => e.Location == moldova.Id && e.Source is not null && doc.Actors.Single(a => a.Id == e.Source).Name == "Police");
    }

    [Fact]
    public void A_region_word_picks_the_country_it_fits_over_a_more_recent_one()
    {
        // Russia is named last, but it is no Central Asian country.
        var doc = Analyse("Troops were sent to Kyrgyzstan on Monday after Russia agreed to help. "
            + "The Central Asian country has seen three uprisings since 2005.");
        AssertLinked(doc, "The Central Asian country", "Kyrgyzstan");
    }

    [Fact]
    public void A_region_word_no_named_country_fits_leaves_the_description_alone()
    {
        var doc = Analyse("Farmers in France blocked roads on Monday. The Central Asian country has seen three uprisings since 2005.");
        AssertUnlinked(doc, "The Central Asian country");
    }

    [Fact]
    public void An_unknown_qualifier_leaves_the_description_alone()
    {
        // "the neighbouring country" is another country than the one the text is about.
        var doc = Analyse("Protests spread in Moldova on Tuesday. Many people fled to the neighbouring country.");
        AssertUnlinked(doc, "the neighbouring country");
    }

    [Fact]
    public void The_kingdom_needs_a_country_whose_official_name_holds_kingdom()
    {
        var saudi = Analyse("Officials in Saudi Arabia announced new rules on Monday. The kingdom will also open new airports.");
        AssertLinked(saudi, "The kingdom", "Saudi Arabia");
        var france = Analyse("Officials in France announced new rules on Monday. The kingdom will also open new airports.");
        AssertUnlinked(france, "The kingdom");
    }

    [Fact]
    public void A_country_that_is_the_subject_above_the_description_is_not_it()
    {
        // "India" is the only other country in the sentence; the United States is the subject that acts on the country.
        var doc = Analyse("Ministers met in India on Monday, as the United States tries to improve ties with the country.");
        Assert.NotEqual("United States", ActorOf(doc, "the country")?.Name);
    }

    [Fact]
    public void An_intelligence_service_description_is_the_one_named_spy_agency()
    {
        var doc = Analyse("The Security and Intelligence Service said it had arrested two foreigners. "
            + "The interior ministry said the men had entered the country illegally. "
            + "Vlad Rusu, a former head of the intelligence service, was detained on Tuesday.");
        AssertLinked(doc, "the intelligence service", "Security and Intelligence Service");
    }

    [Fact]
    public void Two_named_spy_agencies_leave_the_description_alone()
    {
        var doc = Analyse("The CIA and the FSB traded accusations on Monday. Officials said the intelligence service had lied.");
        AssertUnlinked(doc, "the intelligence service");
    }

    [Fact]
    public void The_alliance_is_the_named_alliance_and_the_bloc_with_two_blocs_stays_alone()
    {
        var alliance = Analyse("NATO leaders met in Brussels on Thursday. The alliance agreed to send more troops to its eastern flank.");
        AssertLinked(alliance, "The alliance", "NATO");
        var bloc = Analyse("The European Union and NATO held talks on Thursday. Diplomats said the bloc would send more aid.");
        AssertUnlinked(bloc, "the bloc");
    }

    [Fact]
    public void A_country_adjective_must_be_the_organisation_s_country()
    {
        var egypt = Analyse("The Egyptian Army deployed tanks in Cairo on Monday. Protesters said the army had fired on them.");
        AssertLinked(egypt, "the army", "Egyptian Army");
        var russian = Analyse("The Egyptian Army deployed tanks in Cairo on Monday. Officials said the Russian army had sent advisers.");
        AssertUnlinked(russian, "the Russian army");
    }

    [Fact]
    public void A_named_country_possessor_must_be_the_organisation_s_country()
    {
        var russia = Analyse("The Russian Armed Forces held drills on Monday. Officials said Russia's army had moved tanks to the border.");
        AssertLinked(russia, "Russia's army", "Russian Armed Forces");
        var ukraine = Analyse("The Russian Armed Forces held drills on Monday. Officials said Ukraine's army had moved tanks to the border.");
        AssertUnlinked(ukraine, "Ukraine's army");
    }

    [Fact]
    public void The_interior_ministry_is_not_the_foreign_ministry_named_before()
    {
        var doc = Analyse("The Foreign Ministry summoned the ambassador on Monday. Hours later, the interior ministry said two diplomats were expelled.");
        Assert.NotEqual("Foreign Ministry", ActorOf(doc, "the interior ministry")?.Name);
    }

    [Fact]
    public void A_possessed_role_before_the_name_joins_the_holder_named_later()
    {
        var doc = Analyse("His spokesman denied the reports on Friday.\n\n"
            + "The president has not appeared in public for a week.\n\n"
            + "\"The president is working as usual,\" his spokesman Erlan Batyrov told reporters on Saturday.");
        AssertLinked(doc, "His spokesman", "Erlan Batyrov");
        Assert.Equal("coref:cataphoric-role", ActorOf(doc, "His spokesman")!.Mentions[0].Rule);
    }

    [Fact]
    public void A_possessed_role_of_another_possessor_stays_alone()
    {
        // "her lawyer" is Maria Holm's; the lawyer named later is Anna Berg's.
        var doc = Analyse("Maria Holm travelled to Oslo with her lawyer on Monday. "
            + "Anna Berg's lawyer Jan Olsen said the trip was private.");
        Assert.NotEqual("Jan Olsen", ActorOf(doc, "her lawyer")?.Name);
    }

    [Fact]
    public void Two_pronoun_possessors_resolved_to_two_people_are_two_possessors()
    {
        // Each "his" has its own antecedent (the farmer, the teacher): the farmer's wife is not the teacher's.
        var doc = Analyse("A farmer from Kent said his wife was ill. A teacher from Leeds said his wife Anna Keller had recovered.");
        Assert.NotEqual("Anna Keller", ActorOf(doc, "his wife")?.Name);
    }

    [Fact]
    public void An_unresolved_possessor_with_a_person_before_it_is_not_cataphoric()
    {
        // "his" in the man's own phrase finds no antecedent, but it is the man's: his wife is not Tom Keller's.
        var doc = Analyse("Among the dead was a man from Utah on a trip with his wife. "
            + "Tom Keller, 62, and his wife Anna Keller, 59, were injured.");
        Assert.NotEqual("Anna Keller", ActorOf(doc, "his wife")?.Name);
    }

    [Fact]
    public void A_malformed_description_row_names_file_line_and_code()
    {
        var dir = Directory.CreateTempSubdirectory("descriptions");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, DescriptionLexicon.File),
                "# dossier-tsv/1\nnoun\tcountry\tcountry\nregion\tbaltic\tEE|Latvia\nnoun\tcountry\tcountry\n");
            var error = Assert.Throws<InvalidDataException>(() => DescriptionLexicon.Load(dir.FullName));
            Assert.Contains("descriptions.tsv:3: DAC009", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
