using Dossier.Extraction.Actors;
using Dossier.Pipeline;
using Dossier.Text;

namespace Dossier.Tests.Extraction.Actors;

/// <summary>
/// Descriptions linked to the actor they describe (docs/actors.md, sieves 3b, 6 and 6d), security groups and
/// organisation descriptions, with the standard pipeline on sentences written for these tests. Each linking case
/// is built so that plain salience would choose someone else; each must-not-link case has one tempting candidate.
/// </summary>
public sealed class DescriptionLinkTests
{
    private static readonly Lazy<Dossier.Pipeline.Pipeline> s_pipeline = new(() => StandardPipeline.Create(DossierHomeFor.Repo));

    private static Doc Analyse(string text) =>
        s_pipeline.Value.Process(new Doc(text, new DocumentInfo("t", Date: new DateOnly(2024, 5, 6))));

    private static string[] Texts(Doc doc, Actor actor) => [.. actor.Mentions.Select(m => doc.Text[m.Start..m.End])];

    private static Actor Named(Doc doc, string name) => doc.Actors.Single(a => a.Name == name);

    private static bool Linked(Doc doc, string phrase) =>
        doc.Actors.Any(a => a.Mentions.Any(m => doc.Text[m.Start..m.End] == phrase) && a.Mentions.Any(m => m.Kind == MentionKind.Named));

    [Fact]
    public void An_age_in_a_relation_s_report_describes_the_person_the_relation_speaks_for()
    {
        // Salience alone would take Vik (the previous subject); Sorensen's spokesman speaks about Sorensen.
        var doc = Analyse("Karl Vik visited Emil Sorensen on Monday. Sorensen's spokesman later denied that the 79-year-old was ill.");
        var sorensen = Named(doc, "Emil Sorensen");
        Assert.Contains("the 79-year-old", Texts(doc, sorensen));
        var age = sorensen.Attributes.Single(a => a.Key == "age");
        Assert.Equal(("79", "2024-05-06"), (age.Value, age.Qualifier));
        Assert.DoesNotContain(Named(doc, "Karl Vik").Attributes, a => a.Key == "age");
    }

    [Fact]
    public void An_age_goes_to_the_person_in_apposition_to_the_previous_sentence_s_topic()
    {
        // Vik is a person in the window too; Olsen, in apposition to the fronted phrase of a subjectless passive, is the topic.
        var doc = Analyse("Eva Lund named a new cabinet on Sunday, and Karl Vik resigned. In Norland, the former head of the army, Jan Olsen, "
            + "was arrested on Monday. The 56-year-old is suspected of treason, prosecutors said.");
        Assert.Contains("The 56-year-old", Texts(doc, Named(doc, "Jan Olsen")));
        Assert.Equal("56", Named(doc, "Jan Olsen").Attributes.Single(a => a.Key == "age").Value);
    }

    [Fact]
    public void An_age_stays_unresolved_between_two_coordinated_people()
    {
        var doc = Analyse("Anna Berg and Maria Holm met in Oslo on Monday. Analysts said the 60-year-old had lost influence.");
        Assert.False(Linked(doc, "the 60-year-old"));
    }

    [Fact]
    public void A_new_office_holder_is_the_one_never_called_former()
    {
        // "Daud met Sayed": Daud is the topic, but Daud is a former president and the description says "new".
        var doc = Analyse("Former President Omar Daud ruled the country for two decades. President Hamid Sayed, his successor, took office in March. "
            + "Daud met Sayed on Friday. The new president later dismissed the army chief.");
        Assert.Contains("The new president", Texts(doc, Named(doc, "Hamid Sayed")));
        Assert.DoesNotContain("The new president", Texts(doc, Named(doc, "Omar Daud")));
    }

    [Fact]
    public void A_country_adjective_picks_the_holder_from_that_country()
    {
        var doc = Analyse("Kenyan President William Ruto met French President Emmanuel Macron in Paris on Monday. "
            + "The French president later thanked his guest for the visit.");
        Assert.Contains("The French president", Texts(doc, Named(doc, "Emmanuel Macron")));
        Assert.DoesNotContain("The French president", Texts(doc, Named(doc, "William Ruto")));
    }

    [Fact]
    public void Ruler_president_and_boss_head_are_one_office_class()
    {
        var ruler = Analyse("Prime Minister Eva Lund received President Ali Demir in Ankara. The ruler later flew home.");
        Assert.Contains("The ruler", Texts(ruler, Named(ruler, "Ali Demir")));

        var boss = Analyse("Tom Berg was dismissed as head of the FSB in May. Jan Holm, a businessman, met Berg on Monday. "
            + "The former FSB boss was arrested on Tuesday.");
        Assert.Contains("The former FSB boss", Texts(boss, Named(boss, "Tom Berg")));
    }

    [Fact]
    public void A_description_whose_status_or_country_contradicts_the_only_candidate_stays_unresolved()
    {
        Assert.False(Linked(Analyse("Former President Omar Daud spoke to reporters on Monday. The current president was abroad."), "The current president"));
        Assert.False(Linked(Analyse("French President Emmanuel Macron arrived in Nairobi on Monday. The Kenyan president was abroad."), "The Kenyan president"));
    }

    [Fact]
    public void Security_forces_and_police_are_group_actors_with_their_sector_and_prepositional_tails_are_no_name()
    {
        var doc = Analyse("Riot police fired tear gas at protesters in the capital. Security forces later withdrew from the square. "
            + "Protests critical of the government across the country continued on Sunday.");
        var forces = doc.Actors.Single(a => a.Name == "Security forces");
        Assert.Equal("GROUP", forces.Type);
        var code = forces.Attributes.Single(a => a.Key == "code");
        Assert.Equal(("COP", "no country in the text"), (code.Value, code.Qualifier));
        Assert.Equal("GROUP", doc.Actors.Single(a => a.Name == "Riot police").Type);
        Assert.Contains(doc.Actors, a => a.Name == "government");
        Assert.DoesNotContain(doc.Actors, a => a.Name.Contains("across", StringComparison.Ordinal));
    }

    [Fact]
    public void Organisation_descriptions_join_the_organisation_they_name()
    {
        var doc = Analyse("The Norwegian Foreign Ministry summoned the ambassador on Monday. The ministry said the remarks were unacceptable. "
            + "The Western military alliance NATO held talks in Brussels.");
        Assert.Contains(doc.Actors, a => Texts(doc, a).Contains("The ministry") && a.Name.EndsWith("Foreign Ministry", StringComparison.Ordinal));
        var nato = Named(doc, "NATO");
        Assert.Contains("The Western military alliance", Texts(doc, nato));
        Assert.Equal("IGO", nato.Attributes.Single(a => a.Key == "code").Value);
    }

    [Fact]
    public void An_acronym_and_its_expansion_from_the_lexicon_are_one_actor_without_brackets()
    {
        // "AF" ≠ "AFP": only organisation-aliases.tsv ties the two; "FSB" is a Phoenix alias of the Federal Security Service.
        var afp = Analyse("Agence France-Presse reported the deaths on Monday. Two days later, AFP said the toll had risen.");
        Assert.Equal(["Agence France-Presse", "AFP"], Texts(afp, Named(afp, "Agence France-Presse")));
        var fsb = Analyse("The Federal Security Service detained two men on Monday. The FSB said they had planned an attack.");
        Assert.Contains("FSB", Texts(fsb, Named(fsb, "Federal Security Service")));
    }
}
