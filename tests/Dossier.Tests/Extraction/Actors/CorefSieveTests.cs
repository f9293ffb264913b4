using Dossier.Extraction.Actors;
using Dossier.Nlp.Entities;
using Dossier.Pipeline;
using Dossier.Text;
using static Dossier.Nlp.Entities.EntityType;

namespace Dossier.Tests.Extraction.Actors;

/// <summary>Each coreference sieve on hand-parsed sentences (gold trees and entity spans, so no model is involved).</summary>
public sealed class CorefSieveTests
{
    private static readonly Lazy<ActorResolver> s_resolver = new(() => ActorResolver.Create(DossierHomeFor.Repo));

    private static Doc Resolve(string[] rows, params (EntityType, int, int)[] entities)
    {
        var doc = ParsedDoc.Build(rows, entities);
        s_resolver.Value.Process(doc, new Workspace());
        return doc;
    }

    private static Actor ActorWith(Doc doc, string text) =>
        doc.Actors.Single(a => a.Mentions.Any(m => doc.Text[m.Start..m.End] == text));

    [Fact]
    public void Exact_names_and_surnames_join_their_full_name_and_titles_are_not_part_of_the_name()
    {
        var doc = Resolve(
        [
            "President president PROPN NNP 2 compound", "Anna Anna PROPN NNP 4 nsubj", "Vogt Vogt PROPN NNP 2 flat",
            "met meet VERB VBD 0 root", "Jonas Jonas PROPN NNP 4 obj", "Keller Keller PROPN NNP 5 flat", ". . PUNCT . 4 punct", "",
            "Vogt Vogt PROPN NNP 2 nsubj", "thanked thank VERB VBD 0 root", "Keller Keller PROPN NNP 2 obj", ". . PUNCT . 2 punct", "",
            "Anna Anna PROPN NNP 2 nsubj", "Vogt Vogt PROPN NNP 1 flat", "left leave VERB VBD 0 root", ". . PUNCT . 3 punct",
        ], (PER, 0, 3), (PER, 4, 2), (PER, 7, 1), (PER, 9, 1), (PER, 11, 2));

        Assert.Equal(2, doc.Actors.Count);
        var vogt = doc.Actors[0];
        Assert.Equal(("e1", "President Anna Vogt", "PER"), (vogt.Id, vogt.Name, vogt.Type));
        Assert.Equal(["President Anna Vogt", "Vogt", "Anna Vogt"], ParsedDoc.Texts(doc, vogt));
        Assert.Equal(["Jonas Keller", "Keller"], ParsedDoc.Texts(doc, doc.Actors[1]));
    }

    [Fact]
    public void A_surname_shared_by_two_full_names_stays_unresolved()
    {
        var doc = Resolve(
        [
            "Bill Bill PROPN NNP 3 nsubj", "Clinton Clinton PROPN NNP 1 flat", "met meet VERB VBD 0 root",
            "Hillary Hillary PROPN NNP 3 obj", "Clinton Clinton PROPN NNP 4 flat", ". . PUNCT . 3 punct", "",
            "Clinton Clinton PROPN NNP 2 nsubj", "spoke speak VERB VBD 0 root", ". . PUNCT . 2 punct",
        ], (PER, 0, 2), (PER, 3, 2), (PER, 6, 1));

        Assert.Equal(3, doc.Actors.Count);
        Assert.All(doc.Actors, a => Assert.Single(a.Mentions));
    }

    [Fact]
    public void An_apposition_describes_the_name_and_a_bracketed_acronym_is_its_organisation()
    {
        var doc = Resolve(
        [
            "Karim Karim PROPN NNP 16 nsubj", "Massimov Massimov PROPN NNP 1 flat", ", , PUNCT , 6 punct", "the the DET DT 6 det",
            "former former ADJ JJ 6 amod", "head head NOUN NN 1 appos", "of of ADP IN 11 case", "the the DET DT 11 det",
            "National National PROPN NNP 11 compound", "Security Security PROPN NNP 11 compound", "Committee Committee PROPN NNP 6 nmod",
            "( ( PUNCT -LRB- 13 punct", "KNB KNB PROPN NNP 11 appos", ") ) PUNCT -RRB- 13 punct", ", , PUNCT , 6 punct",
            "resigned resign VERB VBD 0 root", ". . PUNCT . 16 punct",
        ], (PER, 0, 2), (ORG, 8, 3), (ORG, 12, 1));

        var massimov = ActorWith(doc, "Karim Massimov");
        var head = massimov.Mentions.Single(m => m.Kind == MentionKind.Nominal);
        Assert.StartsWith("the former head of the National Security Committee", doc.Text[head.Start..head.End], StringComparison.Ordinal);
        Assert.Equal("coref:appositive", head.Rule);
        Assert.Equal(5, head.Head);
        var knb = ActorWith(doc, "KNB");
        Assert.Equal(["National Security Committee", "KNB"], ParsedDoc.Texts(doc, knb));
        Assert.NotEqual(massimov.Id, knb.Id);
    }

    [Fact]
    public void An_acronym_joins_the_name_it_abbreviates_across_sentences()
    {
        var doc = Resolve(
        [
            "The the DET DT 4 det", "European European PROPN NNP 4 compound", "Central Central PROPN NNP 4 compound",
            "Bank Bank PROPN NNP 5 nsubj", "raised raise VERB VBD 0 root", "rates rate NOUN NNS 5 obj", ". . PUNCT . 5 punct", "",
            "The the DET DT 2 det", "ECB ECB PROPN NNP 3 nsubj", "said say VERB VBD 0 root", "inflation inflation NOUN NN 5 nsubj",
            "fell fall VERB VBD 3 ccomp", ". . PUNCT . 3 punct",
        ], (ORG, 1, 3), (ORG, 8, 1));

        var bank = Assert.Single(doc.Actors);
        Assert.Equal(["European Central Bank", "ECB"], ParsedDoc.Texts(doc, bank));
    }

    [Fact]
    public void A_predicate_after_considered_describes_its_subject_and_not_the_person_inside_it()
    {
        var doc = Resolve(
        [
            "Keller Keller PROPN NNP 3 nsubj:pass", "is be AUX VBZ 3 aux:pass", "considered consider VERB VBN 0 root",
            "a a DET DT 6 det", "close close ADJ JJ 6 amod", "ally ally NOUN NN 3 xcomp", "of of ADP IN 8 case",
            "Vogt Vogt PROPN NNP 6 nmod", ". . PUNCT . 3 punct",
        ], (PER, 0, 1), (PER, 7, 1));

        var keller = ActorWith(doc, "Keller");
        var ally = Assert.Single(keller.Mentions, m => m.Kind == MentionKind.Nominal);
        Assert.Equal("a close ally of Vogt", doc.Text[ally.Start..ally.End]);
        Assert.Equal("coref:predicate", ally.Rule);
        Assert.Single(ActorWith(doc, "Vogt").Mentions);
    }

    [Fact]
    public void An_age_description_and_pronouns_agree_in_gender_and_avoid_their_co_arguments()
    {
        var doc = Resolve(
        [
            "Jonas Jonas PROPN NNP 4 nsubj:pass", "Keller Keller PROPN NNP 1 flat", "was be AUX VBD 4 aux:pass",
            "arrested arrest VERB VBN 0 root", ". . PUNCT . 4 punct", "",
            "The the DET DT 2 det", "63-year-old 63-year-old NOUN NN 3 nsubj", "denied deny VERB VBD 0 root",
            "the the DET DT 5 det", "charges charge NOUN NNS 3 obj", ". . PUNCT . 3 punct", "",
            "Anna Anna PROPN NNP 3 nsubj", "Vogt Vogt PROPN NNP 1 flat", "said say VERB VBD 0 root", "she she PRON PRP 6 nsubj",
            "had have AUX VBD 6 aux", "fired fire VERB VBN 3 ccomp", "him he PRON PRP 6 obj", ". . PUNCT . 3 punct",
        ], (PER, 0, 2), (PER, 11, 2));

        Assert.Equal(["Jonas Keller", "The 63-year-old", "him"], ParsedDoc.Texts(doc, ActorWith(doc, "Jonas Keller")));
        Assert.Equal(["Anna Vogt", "she"], ParsedDoc.Texts(doc, ActorWith(doc, "Anna Vogt")));
        Assert.Equal("coref:description", ActorWith(doc, "Jonas Keller").Mentions[1].Rule);
    }

    [Fact]
    public void Groups_become_actors_once_per_head_and_a_lone_indefinite_person_does_not()
    {
        var doc = Resolve(
        [
            "Demonstrators demonstrator NOUN NNS 2 nsubj", "gathered gather VERB VBD 0 root", "in in ADP IN 5 case",
            "the the DET DT 5 det", "square square NOUN NN 2 obl", ". . PUNCT . 2 punct", "",
            "A a DET DT 2 det", "man man NOUN NN 4 nsubj:pass", "was be AUX VBD 4 aux:pass", "injured injure VERB VBN 0 root",
            ". . PUNCT . 4 punct", "",
            "The the DET DT 2 det", "demonstrators demonstrator NOUN NNS 3 nsubj", "dispersed disperse VERB VBD 0 root",
            ". . PUNCT . 3 punct",
        ]);

        var group = Assert.Single(doc.Actors);
        Assert.Equal(("GROUP", "Demonstrators"), (group.Type, group.Name));
        Assert.Equal(["Demonstrators", "The demonstrators"], ParsedDoc.Texts(doc, group));
        Assert.Equal("coref:same-head", group.Mentions[1].Rule);
    }

    [Fact]
    public void It_refers_to_an_organisation_but_pleonastic_it_refers_to_nothing()
    {
        var doc = Resolve(
        [
            "The the DET DT 2 det", "ministry ministry NOUN NN 3 nsubj", "said say VERB VBD 0 root", "it it PRON PRP 6 nsubj",
            "would would AUX MD 6 aux", "appeal appeal VERB VB 3 ccomp", ". . PUNCT . 3 punct", "",
            "It it PRON PRP 3 nsubj", "is be AUX VBZ 3 cop", "clear clear ADJ JJ 0 root", "that that SCONJ IN 7 mark",
            "the the DET DT 6 det", "ruling ruling NOUN NN 7 nsubj", "stands stand VERB VBZ 3 ccomp", ". . PUNCT . 3 punct",
        ]);

        var ministry = Assert.Single(doc.Actors);
        Assert.Equal(("ORG", "ministry"), (ministry.Type, ministry.Name));
        Assert.Equal(["The ministry", "it"], ParsedDoc.Texts(doc, ministry));
    }

    [Fact]
    public void First_person_pronouns_in_one_quotation_are_one_speaker_and_apart_from_the_narrator()
    {
        var doc = ParsedDoc.Build(
        [
            "\" \" PUNCT `` 4 punct", "I I PRON PRP 4 nsubj", "will will AUX MD 4 aux", "keep keep VERB VB 0 root",
            "my my PRON PRP$ 5 nmod:poss", "word word NOUN NN 4 obj", ", , PUNCT , 4 punct", "\" \" PUNCT '' 4 punct",
            ". . PUNCT . 4 punct", "",
            "I I PRON PRP 2 nsubj", "doubt doubt VERB VBP 0 root", "it it PRON PRP 2 obj", ". . PUNCT . 2 punct",
        ]);

        var clusters = s_resolver.Value.Clusters(doc);
        var speaker = clusters.Single(c => c.Any(m => m.Head == 1));
        Assert.Equal([1, 4], speaker.Select(m => m.Head));
        Assert.DoesNotContain(speaker, m => m.Head == 9);
    }

    [Fact]
    public void An_age_description_skips_the_speaker_of_its_clause_and_continues_the_earlier_topic()
    {
        var doc = Resolve(
        [
            "Smith Smith PROPN NNP 5 nsubj:pass", "has have AUX VBZ 5 aux", "not not PART RB 5 advmod", "been be AUX VBN 5 aux:pass",
            "seen see VERB VBN 0 root", "since since ADP IN 7 case", "Monday Monday PROPN NNP 5 obl", ". . PUNCT . 5 punct", "",
            "Ann Ann PROPN NNP 7 nsubj", "Lee Lee PROPN NNP 1 flat", ", , PUNCT , 5 punct", "his he PRON PRP$ 5 nmod:poss",
            "lawyer lawyer NOUN NN 1 appos", ", , PUNCT , 5 punct", "said say VERB VBD 0 root", "the the DET DT 9 det",
            "74-year-old 74-year-old NOUN NN 12 nsubj", "was be AUX VBD 12 cop", "at at ADP IN 12 case", "home home NOUN NN 7 ccomp",
            ". . PUNCT . 7 punct",
        ], (PER, 0, 1), (PER, 8, 2));

        var smith = ActorWith(doc, "Smith");
        Assert.Contains("the 74-year-old", ParsedDoc.Texts(doc, smith));
        Assert.DoesNotContain("the 74-year-old", ParsedDoc.Texts(doc, ActorWith(doc, "Ann Lee")));
    }

    [Fact]
    public void An_age_description_prefers_the_subject_of_the_previous_sentence()
    {
        var doc = Resolve(
        [
            "Jones Jones PROPN NNP 2 nsubj", "replaced replace VERB VBD 0 root", "Brown Brown PROPN NNP 2 obj",
            "in in ADP IN 5 case", "2019 2019 NUM CD 2 obl", ". . PUNCT . 2 punct", "",
            "Analysts analyst NOUN NNS 2 nsubj", "say say VERB VBP 0 root", "the the DET DT 4 det", "60-year-old 60-year-old NOUN NN 6 nsubj",
            "is be AUX VBZ 6 aux", "consolidating consolidate VERB VBG 2 ccomp", "power power NOUN NN 6 obj", ". . PUNCT . 2 punct",
        ], (PER, 0, 1), (PER, 2, 1));

        Assert.Equal(["Jones", "the 60-year-old"], ParsedDoc.Texts(doc, ActorWith(doc, "Jones")));
        Assert.Equal(["Brown"], ParsedDoc.Texts(doc, ActorWith(doc, "Brown")));
    }

    [Fact]
    public void An_age_description_with_two_equally_likely_people_stays_unresolved()
    {
        var doc = Resolve(
        [
            "Talks talk NOUN NNS 6 nsubj", "between between ADP IN 3 case", "Jones Jones PROPN NNP 1 nmod", "and and CCONJ CC 5 cc",
            "Brown Brown PROPN NNP 3 conj", "ended end VERB VBD 0 root", "on on ADP IN 8 case", "Friday Friday PROPN NNP 6 obl",
            ". . PUNCT . 6 punct", "",
            "The the DET DT 2 det", "60-year-old 60-year-old NOUN NN 3 nsubj", "left leave VERB VBD 0 root", "the the DET DT 5 det",
            "capital capital NOUN NN 3 obj", ". . PUNCT . 3 punct",
        ], (PER, 2, 1), (PER, 4, 1));

        Assert.Equal(["Jones"], ParsedDoc.Texts(doc, ActorWith(doc, "Jones")));
        Assert.Equal(["Brown"], ParsedDoc.Texts(doc, ActorWith(doc, "Brown")));
        Assert.DoesNotContain(doc.Actors, a => ParsedDoc.Texts(doc, a).Contains("The 60-year-old"));
    }

    [Fact]
    public void A_place_never_takes_an_office_in_apposition_even_when_the_parse_attaches_it_there()
    {
        // A frequent misparse: the description after a fronted place is attached to the place as its apposition.
        var doc = Resolve(
        [
            "In in ADP IN 2 case", "Kazakhstan Kazakhstan PROPN NNP 14 obl", ", , PUNCT , 6 punct", "the the DET DT 6 det",
            "former former ADJ JJ 6 amod", "head head NOUN NN 2 appos", "of of ADP IN 8 case", "government government NOUN NN 6 nmod",
            ", , PUNCT , 10 punct", "Karim Karim PROPN NNP 6 appos", "Massimov Massimov PROPN NNP 10 flat", ", , PUNCT , 10 punct",
            "was be AUX VBD 14 aux:pass", "arrested arrest VERB VBN 0 root", ". . PUNCT . 14 punct",
        ], (LOC, 1, 1), (PER, 9, 2));

        Assert.Equal(["Kazakhstan"], ParsedDoc.Texts(doc, ActorWith(doc, "Kazakhstan")));
        var massimov = ParsedDoc.Texts(doc, ActorWith(doc, "Karim Massimov"));
        Assert.Contains(massimov, t => t.StartsWith("the former head of government", StringComparison.Ordinal));
    }
}
