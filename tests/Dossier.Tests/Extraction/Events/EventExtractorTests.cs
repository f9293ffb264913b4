using Dossier.Extraction.Actors;
using Dossier.Extraction.Events;
using Dossier.Pipeline;
using Dossier.Text;

namespace Dossier.Tests.Extraction.Events;

public sealed class EventExtractorTests
{
    private static readonly Lazy<EventExtractor> s_extractor = new(() => EventExtractor.Load(DossierHomeFor.Repo));

    private static IReadOnlyList<EventRecord> Extract(params string[] rows)
    {
        var doc = GoldTree.Build(rows);
        s_extractor.Value.Process(doc, new Workspace());
        return doc.Events;
    }

    [Fact]
    public void Active_voice_subject_is_source_and_object_is_target()
    {
        var e = Assert.Single(Extract(
            "Police police NOUN 2 nsubj", "arrested arrest VERB 0 root", "the the DET 4 det",
            "activist activist NOUN 2 obj", ". . PUNCT 2 punct"));
        Assert.Equal(("COERCE", "arrest", "173", 4), (e.Type, e.Mode, e.Cameo, e.QuadClass));
        Assert.Equal(("Police", "the activist"), (e.SourceText, e.TargetText));
        Assert.False(e.Negated);
        Assert.Equal("asserted", e.Modality);
        Assert.Equal("cur.arrest.v", e.Rule);
        Assert.Equal("v1", e.Id);
    }

    [Fact]
    public void Passive_voice_agent_is_source_and_subject_is_target()
    {
        var e = Assert.Single(Extract(
            "The the DET 2 det", "activist activist NOUN 4 nsubj:pass", "was be AUX 4 aux:pass",
            "arrested arrest VERB 0 root", "by by ADP 6 case", "police police NOUN 4 obl:agent", ". . PUNCT 4 punct"));
        Assert.Equal(("police", "The activist"), (e.SourceText, e.TargetText));
    }

    [Fact]
    public void Passive_without_agent_has_only_a_target()
    {
        var e = Assert.Single(Extract(
            "Protesters protester NOUN 3 nsubj:pass", "were be AUX 3 aux:pass", "detained detain VERB 0 root", ". . PUNCT 3 punct"));
        Assert.Null(e.SourceText);
        Assert.Equal("Protesters", e.TargetText);
    }

    [Fact]
    public void Nominal_trigger_takes_of_as_target_and_by_as_source()
    {
        var e = Assert.Single(Extract(
            "The the DET 2 det", "arrest arrest NOUN 9 nsubj", "of of ADP 5 case", "the the DET 5 det",
            "minister minister NOUN 2 nmod", "by by ADP 8 case", "the the DET 8 det", "agency agency NOUN 2 nmod",
            "surprised surprise VERB 0 root", "observers observer NOUN 9 obj", ". . PUNCT 9 punct"));
        Assert.Equal(("COERCE", "the agency", "the minister"), (e.Type, e.SourceText, e.TargetText));
    }

    [Fact]
    public void Coordinated_subjects_and_objects_give_one_event_per_pair()
    {
        var events = Extract(
            "Russia Russia PROPN 4 nsubj", "and and CCONJ 3 cc", "China China PROPN 1 conj", "condemned condemn VERB 0 root",
            "Britain Britain PROPN 4 obj", "and and CCONJ 7 cc", "France France PROPN 5 conj", ". . PUNCT 4 punct");
        Assert.Equal(4, events.Count);
        Assert.All(events, e => Assert.Equal(("ACCUSE", "criticize", "111"), (e.Type, e.Mode, e.Cameo)));
        Assert.Equal(["Russia>Britain", "Russia>France", "China>Britain", "China>France"],
            events.Select(e => e.SourceText + ">" + e.TargetText));
        Assert.Equal(["v1", "v2", "v3", "v4"], events.Select(e => e.Id));
    }

    [Fact]
    public void Clashes_between_two_sides_are_source_and_target()
    {
        var e = Assert.Single(Extract(
            "Clashes clash NOUN 6 nsubj", "between between ADP 3 case", "police police NOUN 1 nmod", "and and CCONJ 5 cc",
            "protesters protester NOUN 3 conj", "erupted erupt VERB 0 root", ". . PUNCT 6 punct"));
        Assert.Equal(("ASSAULT", "police", "protesters"), (e.Type, e.SourceText, e.TargetText));
    }

    [Fact]
    public void Controlled_infinitive_takes_the_controller_as_source()
    {
        var e = Assert.Single(Extract(
            "Demonstrators demonstrator NOUN 2 nsubj", "tried try VERB 0 root", "to to PART 4 mark", "storm storm VERB 2 xcomp",
            "the the DET 6 det", "building building NOUN 4 obj", ". . PUNCT 2 punct"));
        Assert.Equal(("ASSAULT", "Demonstrators", "the building"), (e.Type, e.SourceText, e.TargetText));
    }

    [Fact]
    public void Light_verb_with_a_nominal_trigger_lends_its_subject()
    {
        var events = Extract(
            "Prosecutors prosecutor NOUN 2 nsubj", "launched launch VERB 0 root", "an a DET 4 det", "investigation investigation NOUN 2 obj",
            "into into ADP 6 case", "ministers minister NOUN 4 nmod", ". . PUNCT 2 punct");
        Assert.Contains(events, e => e.Type == "ACCUSE" && e.Mode == "investigate" && e.SourceText == "Prosecutors" && e.TargetText == "ministers");
    }

    [Fact]
    public void Not_negates_the_event()
    {
        var e = Assert.Single(Extract(
            "Police police NOUN 4 nsubj", "did do AUX 4 aux", "not not PART 4 advmod", "arrest arrest VERB 0 root",
            "the the DET 6 det", "man man NOUN 4 obj", ". . PUNCT 4 punct"));
        Assert.True(e.Negated);
    }

    [Theory]
    [InlineData("will will AUX 3 aux", "planned")]
    [InlineData("could could AUX 3 aux", "hypothetical")]
    public void Auxiliaries_set_modality(string auxiliary, string modality)
    {
        var events = Extract("Police police NOUN 3 nsubj", auxiliary, "arrest arrest VERB 0 root", "him he PRON 3 obj", ". . PUNCT 3 punct");
        Assert.Equal(modality, Assert.Single(events).Modality);
    }

    [Fact]
    public void Said_that_makes_the_event_reported()
    {
        var events = Extract(
            "Officials official NOUN 2 nsubj", "said say VERB 0 root", "police police NOUN 4 nsubj", "arrested arrest VERB 2 ccomp",
            "him he PRON 4 obj", ". . PUNCT 2 punct");
        Assert.Equal("reported", Assert.Single(events).Modality);
    }

    [Fact]
    public void Denied_event_is_marked_denied_and_the_denial_is_coded()
    {
        var events = Extract(
            "The the DET 2 det", "army army NOUN 3 nsubj", "denied deny VERB 0 root", "that that SCONJ 6 mark", "it it PRON 6 nsubj",
            "shelled shell VERB 3 ccomp", "the the DET 8 det", "village village NOUN 6 obj", ". . PUNCT 3 punct");
        var shelling = Assert.Single(events, e => e.Type == "ASSAULT");
        Assert.Equal("denied", shelling.Modality);
        Assert.Equal("the village", shelling.TargetText);
        var denial = Assert.Single(events, e => e.Type == "REJECT");
        Assert.Equal(("deny", "The army"), (denial.Mode, denial.SourceText));
    }

    [Fact]
    public void If_clause_makes_the_event_conditional()
    {
        var events = Extract(
            "If if SCONJ 3 mark", "police police NOUN 3 nsubj", "arrest arrest VERB 6 advcl", "him he PRON 3 obj", "protests protest NOUN 6 nsubj",
            "follow follow VERB 0 root", ". . PUNCT 6 punct");
        Assert.Equal("conditional", Assert.Single(events, e => e.Type == "COERCE").Modality);
    }

    [Fact]
    public void A_verb_without_arguments_needs_a_bare_rule()
    {
        Assert.Empty(Extract("Arrest arrest VERB 0 root", "! ! PUNCT 1 punct"));
        var protest = Assert.Single(Extract("Protests protest NOUN 2 nsubj", "spread spread VERB 0 root", ". . PUNCT 2 punct"));
        Assert.Equal(("PROTEST", "demonstrate", "141"), (protest.Type, protest.Mode, protest.Cameo));
    }

    [Fact]
    public void Light_verb_constraint_picks_the_rule_by_object()
    {
        var e = Assert.Single(Extract(
            "Soldiers soldier NOUN 2 nsubj", "fired fire VERB 0 root", "warning warning NOUN 4 compound", "shots shot NOUN 2 obj", ". . PUNCT 2 punct"));
        Assert.Equal(("THREATEN", "force", "cur.fire.warning.shots"), (e.Type, e.Mode, e.Rule));
    }

    [Fact]
    public void Refused_to_negates_the_refused_event_instead_of_coding_a_refusal()
    {
        var e = Assert.Single(Extract(
            "Karzai Karzai PROPN 2 nsubj", "refused refuse VERB 0 root", "to to PART 4 mark", "sign sign VERB 2 xcomp",
            "the the DET 6 det", "agreement agreement NOUN 4 obj", ". . PUNCT 2 punct"));
        Assert.Equal(("AGREE", "Karzai", true), (e.Type, e.SourceText, e.Negated));
    }

    [Fact]
    public void Participle_after_a_noun_makes_the_noun_the_target()
    {
        var e = Assert.Single(Extract(
            "three three NUM 2 nummod", "workers worker NOUN 0 root", "kidnapped kidnap VERB 2 acl VBN",
            "in in ADP 5 case", "Iraq Iraq PROPN 3 obl"));
        Assert.Equal(("ASSAULT", null, "three workers"), (e.Type, e.SourceText, e.TargetText));
    }

    [Fact]
    public void Verbal_events_drop_abstract_targets_but_attacks_keep_property()
    {
        var criticism = Assert.Single(Extract(
            "Lawmakers lawmaker NOUN 2 nsubj", "criticized criticize VERB 0 root", "the the DET 4 det",
            "findings finding NOUN 2 obj", ". . PUNCT 2 punct"));
        Assert.Equal(("ACCUSE", "Lawmakers", null), (criticism.Type, criticism.SourceText, criticism.TargetText));
        var storming = Assert.Single(Extract(
            "Protesters protester NOUN 2 nsubj", "stormed storm VERB 0 root", "the the DET 4 det",
            "building building NOUN 2 obj", ". . PUNCT 2 punct"));
        Assert.Equal("the building", storming.TargetText);
    }

    [Fact]
    public void A_counted_group_is_the_actor()
    {
        var e = Assert.Single(Extract(
            "Police police NOUN 2 nsubj", "detained detain VERB 0 root", "a a DET 4 det", "pair pair NOUN 2 obj",
            "of of ADP 6 case", "ministers minister NOUN 4 nmod", ". . PUNCT 2 punct"));
        Assert.Equal("ministers", e.TargetText);
    }

    [Fact]
    public void Consequence_of_an_attack_and_a_requested_action_are_no_separate_events()
    {
        var attack = Assert.Single(Extract(
            "Rebels rebel NOUN 2 nsubj", "launched launch VERB 0 root", "an a DET 4 det", "attack attack NOUN 2 obj",
            "that that PRON 6 nsubj", "killed kill VERB 4 acl:relcl", "ten ten NUM 8 nummod", "soldiers soldier NOUN 6 obj", ". . PUNCT 2 punct"));
        Assert.Equal("ASSAULT", attack.Type);
        var request = Assert.Single(Extract(
            "Diplomats diplomat NOUN 2 nsubj", "urged urge VERB 0 root", "Syria Syria PROPN 2 obj", "to to PART 5 mark",
            "release release VERB 2 xcomp", "the the DET 7 det", "prisoners prisoner NOUN 5 obj", ". . PUNCT 2 punct"));
        Assert.Equal(("REQUEST", "Diplomats", "Syria"), (request.Type, request.SourceText, request.TargetText));
    }

    [Fact]
    public void Warning_shots_threaten_force_and_shots_at_people_are_an_assault()
    {
        var warning = Assert.Single(Extract(
            "Troops troop NOUN 2 nsubj", "fired fire VERB 0 root", "warning warning NOUN 4 compound", "shots shot NOUN 2 obj",
            ". . PUNCT 2 punct"));
        Assert.Equal(("THREATEN", "force", "138"), (warning.Type, warning.Mode, warning.Cameo));
        var shooting = Assert.Single(Extract(
            "Troops troop NOUN 2 nsubj", "fired fire VERB 0 root", "shots shot NOUN 2 obj", "at at ADP 5 case",
            "protesters protester NOUN 2 obl", ". . PUNCT 2 punct"));
        Assert.Equal(("ASSAULT", "firearms"), (shooting.Type, shooting.Mode));
    }

    [Fact]
    public void Ruled_out_negates_the_event_it_governs()
    {
        var e = Assert.Single(Extract(
            "NATO NATO PROPN 2 nsubj", "ruled rule VERB 0 root", "out out ADP 2 compound:prt", "sending send VERB 2 xcomp",
            "troops troop NOUN 4 obj", "to to ADP 7 case", "Ukraine Ukraine PROPN 4 obl", ". . PUNCT 2 punct"));
        Assert.True(e.Negated);
        Assert.Equal("NATO", e.SourceText);
    }

    [Fact]
    public void A_relative_pronoun_subject_of_a_root_verb_is_no_source()
    {
        // A misparse seen on crawled news: the relative clause became the root, so "who" modifies nothing.
        var e = Assert.Single(Extract(
            "who who PRON 2 nsubj WP", "arrested arrest VERB 0 root VBD", "the the DET 4 det",
            "activist activist NOUN 2 obj", ". . PUNCT 2 punct"));
        Assert.Equal(("COERCE", null, "the activist"), (e.Type, e.SourceText, e.TargetText));
    }

    [Fact]
    public void Evidence_is_the_clause_of_the_event()
    {
        var doc = GoldTree.Build(
            "Police police NOUN 2 nsubj", "arrested arrest VERB 0 root", "the the DET 4 det", "man man NOUN 2 obj",
            "and and CCONJ 7 cc", "protesters protester NOUN 7 nsubj", "burned burn VERB 2 conj", "a a DET 9 det",
            "car car NOUN 7 obj", ". . PUNCT 2 punct");
        s_extractor.Value.Process(doc, new Workspace());
        var arrest = Assert.Single(doc.Events, e => e.Type == "COERCE" && e.Mode == "arrest");
        Assert.Equal("Police arrested the man", doc.Text[arrest.Evidence.Start..arrest.Evidence.End]);
    }

    [Fact]
    public void Infinitive_on_a_noun_is_the_possessors_act()
    {
        var e = Assert.Single(Extract(
            "Their their PRON 2 nmod:poss PRP$", "refusal refusal NOUN 7 nsubj", "to to PART 4 mark TO", "arm arm VERB 2 acl VB",
            "the the DET 6 det", "rebels rebel NOUN 4 obj", "angered anger VERB 0 root VBD", "allies ally NOUN 7 obj", ". . PUNCT 7 punct"));
        Assert.Equal(("AID", "Their", "the rebels"), (e.Type, e.SourceText, e.TargetText));
        Assert.True(e.Negated);
    }

    [Fact]
    public void Infinitive_on_a_noun_without_possessor_has_no_source()
    {
        var e = Assert.Single(Extract(
            "The the DET 2 det", "plan plan NOUN 7 nsubj", "to to PART 4 mark TO", "arm arm VERB 2 acl VB",
            "the the DET 6 det", "rebels rebel NOUN 4 obj", "angered anger VERB 0 root VBD", "allies ally NOUN 7 obj", ". . PUNCT 7 punct"));
        Assert.Equal(("AID", null, "the rebels"), (e.Type, e.SourceText, e.TargetText));
    }

    [Fact]
    public void Nominal_act_in_a_transitive_clause_takes_the_clause_subject()
    {
        var events = Extract(
            "The the DET 2 det", "army army NOUN 3 nsubj", "used use VERB 0 root VBD", "tanks tank NOUN 3 obj",
            "in in ADP 7 case", "an a DET 7 det", "attack attack NOUN 3 obl", "on on ADP 9 case", "protesters protester NOUN 7 nmod",
            ". . PUNCT 3 punct");
        var e = Assert.Single(events, e => e.Type == "ASSAULT");
        Assert.Equal(("The army", "protesters"), (e.SourceText, e.TargetText));
    }

    [Fact]
    public void Nominal_act_in_a_passive_or_intransitive_clause_has_no_inherited_source()
    {
        var passive = Assert.Single(Extract(
            "Two two NUM 2 nummod", "protesters protester NOUN 4 nsubj:pass", "were be AUX 4 aux:pass", "injured injure VERB 0 root VBN",
            "in in ADP 7 case", "an a DET 7 det", "attack attack NOUN 4 obl", "on on ADP 9 case", "police police NOUN 7 nmod",
            ". . PUNCT 4 punct"), e => e.Rule == "cur.attack.n");
        Assert.Equal((null, "police"), (passive.SourceText, passive.TargetText));
    }

    [Fact]
    public void Possessive_its_counts_as_an_actor_only_as_a_possessor()
    {
        var e = Assert.Single(Extract(
            "Its its PRON 2 nmod:poss PRP$", "withdrawal withdrawal NOUN 3 nsubj", "surprised surprise VERB 0 root VBD",
            "observers observer NOUN 3 obj", ". . PUNCT 3 punct"));
        Assert.Equal(("RETREAT", "Its"), (e.Type, e.SourceText));
    }

    [Fact]
    public void Relative_clause_on_a_non_actor_noun_takes_its_possessor()
    {
        var e = Assert.Single(Extract(
            "She she PRON 2 nsubj PRP", "defended defend VERB 0 root VBD", "her her PRON 4 nmod:poss PRP$", "remarks remark NOUN 2 obj",
            "that that PRON 6 nsubj", "criticised criticise VERB 4 acl:relcl VBD", "the the DET 8 det", "ministry ministry NOUN 6 obj",
            ". . PUNCT 2 punct"), e => e.Type == "ACCUSE");
        Assert.Equal(("her", "the ministry"), (e.SourceText, e.TargetText));
    }

    [Fact]
    public void Dateline_mis_attached_as_a_subject_yields_to_the_real_one()
    {
        var e = Assert.Single(Extract(
            "LONDON London PROPN 9 nsubj:pass NNP", "( ( PUNCT 3 punct", "Reuters Reuters PROPN 1 appos NNP", ") ) PUNCT 3 punct",
            "- - PUNCT 9 punct", "Two two NUM 7 nummod", "protesters protester NOUN 9 nsubj:pass", "were be AUX 9 aux:pass",
            "arrested arrest VERB 0 root VBN", "by by ADP 11 case", "police police NOUN 9 obl:agent", ". . PUNCT 9 punct"));
        Assert.Equal(("police", "Two protesters"), (e.SourceText, e.TargetText));
    }

    [Fact]
    public void Participle_complement_makes_its_controller_the_target()
    {
        var e = Assert.Single(Extract(
            "Two two NUM 2 nummod", "soldiers soldier NOUN 4 nsubj:pass", "were be AUX 4 aux:pass", "reported report VERB 0 root VBN",
            "killed kill VERB 4 xcomp VBN", ". . PUNCT 4 punct"));
        Assert.Equal(("ASSAULT", null, "Two soldiers"), (e.Type, e.SourceText, e.TargetText));
    }

    [Fact]
    public void Violence_with_a_natural_cause_is_no_event_but_an_attack_or_army_is()
    {
        Assert.Empty(Extract(
            "The the DET 2 det", "drought drought NOUN 3 nsubj", "killed kill VERB 0 root VBD", "hundreds hundred NOUN 3 obj",
            ". . PUNCT 3 punct"));
        var army = Assert.Single(Extract(
            "The the DET 2 det", "army army NOUN 3 nsubj", "killed kill VERB 0 root VBD", "villagers villager NOUN 3 obj",
            ". . PUNCT 3 punct"));
        Assert.Equal(("The army", "villagers"), (army.SourceText, army.TargetText));
        var blast = Assert.Single(Extract(
            "The the DET 2 det", "bombing bombing NOUN 3 nsubj", "killed kill VERB 0 root VBD", "villagers villager NOUN 3 obj",
            ". . PUNCT 3 punct"), e => e.Rule == "cur.kill.v");
        Assert.Equal("villagers", blast.TargetText);
    }

    [Fact]
    public void Past_form_in_a_headline_reads_as_passive_but_not_in_a_sentence()
    {
        var headline = Assert.Single(Extract(
            "Activists activist NOUN 2 nsubj", "detained detain VERB 0 root VBD", "after after ADP 4 case", "protest protest NOUN 2 obl",
            "turns turn VERB 2 obj VBZ", "violent violent ADJ 5 xcomp"), e => e.Type == "COERCE");
        Assert.Equal((null, "Activists"), (headline.SourceText, headline.TargetText));
        var sentence = Assert.Single(Extract(
            "Police police NOUN 2 nsubj", "detained detain VERB 0 root VBD", "after after ADP 4 case", "midnight midnight NOUN 2 obl",
            ". . PUNCT 2 punct"), e => e.Type == "COERCE");
        Assert.Equal(("Police", null), (sentence.SourceText, sentence.TargetText));
    }

    [Fact]
    public void Requested_infinitive_parsed_as_adverbial_clause_is_no_event()
    {
        var e = Assert.Single(Extract(
            "They they PRON 2 nsubj PRP", "called call VERB 0 root VBD", "on on ADP 5 case", "the the DET 5 det",
            "rebels rebel NOUN 2 obl", "to to PART 7 mark TO", "sign sign VERB 2 advcl VB", "the the DET 9 det",
            "deal deal NOUN 7 obj", ". . PUNCT 2 punct"));
        Assert.Equal(("REQUEST", "They", "the rebels"), (e.Type, e.SourceText, e.TargetText));
    }

    [Fact]
    public void Relative_clause_hung_on_the_verb_takes_the_noun_before_the_pronoun()
    {
        var e = Assert.Single(Extract(
            "Jones Jones PROPN 7 nsubj NNP", ", , PUNCT 4 punct", "who who PRON 4 nsubj WP", "stepped step VERB 7 advcl VBD",
            "down down ADP 4 compound:prt RP", ", , PUNCT 4 punct", "said say VERB 0 root VBD", "nothing nothing PRON 7 obj NN",
            ". . PUNCT 7 punct"));
        Assert.Equal(("CONCEDE", "Jones"), (e.Type, e.SourceText));
    }

    [Fact]
    public void Whose_threat_belongs_to_the_noun_before_it_and_aims_at_the_threatened_object()
    {
        var e = Assert.Single(Extract(
            "Smith Smith PROPN 9 nsubj NNP", ", , PUNCT 4 punct", "whose whose PRON 4 nmod:poss WP$", "threats threat NOUN 7 nsubj NNS",
            "to to PART 6 mark TO", "destroy destroy VERB 4 acl VB", "alarmed alarm VERB 1 acl:relcl VBD", "Iran Iran PROPN 6 obj NNP",
            "spoke speak VERB 0 root VBD", ". . PUNCT 9 punct"), e => e.Type == "THREATEN");
        Assert.Equal(("Smith", "Iran"), (e.SourceText, e.TargetText));
    }

    [Fact]
    public void Passive_subject_hung_as_an_apposition_of_a_place_is_the_target_and_no_main_subject_is_the_source()
    {
        var e = Assert.Single(Extract(
            "In in ADP 2 case IN", "Peru Peru PROPN 14 obl NNP", ", , PUNCT 5 punct", "the the DET 5 det DT", "minister minister NOUN 2 appos NN",
            ", , PUNCT 7 punct", "Carlos Carlos PROPN 5 appos NNP", "Mendoza Mendoza PROPN 7 flat NNP", ", , PUNCT 2 punct",
            "was be AUX 11 aux:pass VBD", "arrested arrest VERB 14 advcl VBN", ", , PUNCT 11 punct", "prosecutors prosecutor NOUN 14 nsubj NNS",
            "said say VERB 0 root VBD", ". . PUNCT 14 punct"));
        Assert.Equal(("COERCE", null, "Carlos Mendoza"), (e.Type, e.SourceText, e.TargetText));
    }

    [Fact]
    public void Passive_clause_parsed_under_another_clause_inherits_no_source()
    {
        var e = Assert.Single(Extract(
            "Morales Morales PROPN 2 nsubj NNP", "reshuffled reshuffle VERB 0 root VBD", "the the DET 4 det DT", "cabinet cabinet NOUN 2 obj NN",
            ": : PUNCT 6 punct", "allies ally NOUN 2 appos NNS", "of of ADP 8 case IN", "rivals rival NOUN 6 nmod NNS",
            "are be AUX 10 aux:pass VBP", "arrested arrest VERB 2 advcl VBN", ". . PUNCT 2 punct"));
        Assert.Equal((null, "allies"), (e.SourceText, e.TargetText));
    }

    [Fact]
    public void Subject_hung_on_a_dateline_is_its_apposition()
    {
        var e = Assert.Single(Extract(
            "AFP AFP PROPN 6 nsubj NNP", "- - PUNCT 3 punct :", "commissioner commissioner NOUN 1 appos NN", "Anna Anna PROPN 3 appos NNP",
            "Berg Berg PROPN 4 flat NNP", "hailed hail VERB 0 root VBD", "the the DET 8 det DT", "union union NOUN 6 obj NN", ". . PUNCT 6 punct"));
        Assert.Equal(("SUPPORT", "Anna Berg", "the union"), (e.Type, e.SourceText, e.TargetText));
    }

    [Fact]
    public void Warning_shots_mis_parsed_as_a_clause_on_a_place_are_a_threat_by_the_agent_not_the_place()
    {
        var e = Assert.Single(Extract(
            "In in ADP 2 case IN", "town town NOUN 10 obl NN", ", , PUNCT 2 punct", "Santa Santa PROPN 10 nsubj:pass NNP", "Cruz Cruz PROPN 4 flat NNP",
            ", , PUNCT 7 punct", "warning warn VERB 4 acl VBG", "shots shot NOUN 7 obj NNS", "were be AUX 10 aux:pass VBD",
            "fired fire VERB 0 root VBN", "by by ADP 12 case IN", "soldiers soldier NOUN 10 obl NNS", ". . PUNCT 10 punct"));
        Assert.Equal(("THREATEN", "force", "soldiers"), (e.Type, e.Mode, e.SourceText));
    }

    [Fact]
    public void Order_to_fire_tagged_as_a_noun_phrase_is_the_givers_order_and_no_shooting()
    {
        var e = Assert.Single(Extract(
            "Morales Morales PROPN 2 nsubj NNP", "gave give VERB 0 root VBD", "the the DET 4 det DT", "police police NOUN 2 iobj NN",
            "an a DET 6 det DT", "order order NOUN 2 obj NN", "to to PART 8 case TO", "fire fire NOUN 6 nmod NN", "on on ADP 11 case IN",
            "the the DET 11 det DT", "marchers marcher NOUN 6 nmod NNS", ". . PUNCT 2 punct"));
        Assert.Equal(("COERCE", "repress", "Morales"), (e.Type, e.Mode, e.SourceText));
    }

    [Fact]
    public void Preposition_hung_on_a_title_still_marks_the_partner()
    {
        var e = Assert.Single(Extract(
            "The the DET 3 det DT", "new new ADJ 3 amod JJ", "ruler ruler NOUN 4 nsubj NN", "conferred confer VERB 0 root VBD",
            "with with ADP 6 case IN", "President President PROPN 7 nmod:desc NNP", "Lula Lula PROPN 4 obl NNP", "by by ADP 9 case IN",
            "telephone telephone NOUN 4 obl NN", ". . PUNCT 4 punct"));
        Assert.Equal(("CONSULT", "phone", "The new ruler", "President Lula"), (e.Type, e.Mode, e.SourceText, e.TargetText));
    }

    [Fact]
    public void An_as_phrase_labelled_agent_is_no_source()
    {
        var e = Assert.Single(Extract(
            "Mendoza Mendoza PROPN 3 nsubj:pass NNP", "was be AUX 3 aux:pass VBD", "sacked sack VERB 0 root VBN", "as as ADP 6 case IN",
            "army army NOUN 6 compound NN", "chief chief NOUN 3 obl:agent NN", ". . PUNCT 3 punct"));
        Assert.Equal((null, "Mendoza"), (e.SourceText, e.TargetText));
    }

    [Fact]
    public void A_verb_rule_naming_its_object_codes_one_event()
    {
        var e = Assert.Single(Extract(
            "Ministers minister NOUN 2 nsubj NNS", "concluded conclude VERB 0 root VBD", "the the DET 4 det DT",
            "negotiation negotiation NOUN 2 obj NN", "with with ADP 6 case IN", "Japan Japan PROPN 2 obl NNP", ". . PUNCT 2 punct"));
        Assert.Equal(("AGREE", "Ministers", "Japan"), (e.Type, e.SourceText, e.TargetText));
    }

    [Fact]
    public void Gerund_after_from_is_done_by_the_governors_object()
    {
        var e = Assert.Single(Extract(
            "Troops troop NOUN 2 nsubj NNS", "kept keep VERB 0 root VBD", "rebels rebel NOUN 2 obj NNS", "from from SCONJ 5 mark IN",
            "attacking attack VERB 2 advcl VBG", "villages village NOUN 5 obj NNS", ". . PUNCT 2 punct"));
        Assert.Equal(("ASSAULT", "rebels", "villages"), (e.Type, e.SourceText, e.TargetText));
    }

    [Fact]
    public void A_when_clause_is_a_cause_of_its_own_not_a_consequence()
    {
        var events = Extract(
            "Soldiers soldier NOUN 3 nsubj:pass NNS", "were be AUX 3 aux:pass VBD", "killed kill VERB 0 root VBN", "when when ADV 6 advmod WRB",
            "militants militant NOUN 6 nsubj NNS", "blew blow VERB 3 advcl VBD", "up up ADP 6 compound:prt RP", "a a DET 9 det DT",
            "tunnel tunnel NOUN 6 obj NN", ". . PUNCT 3 punct");
        Assert.Equal(["cur.kill.v", "cur.blow.up"], events.Select(e => e.Rule));
        Assert.Equal("militants", events[1].SourceText);
    }

    [Fact]
    public void Threatened_action_is_the_threats_content()
    {
        var all = Extract(
            "He he PRON 2 nsubj PRP", "threatened threaten VERB 0 root VBD", "to to PART 4 mark TO", "impose impose VERB 2 xcomp VB",
            "sanctions sanction NOUN 4 obj NNS", "on on ADP 7 case IN", "Iran Iran PROPN 4 obl NNP", ". . PUNCT 2 punct");
        var e = Assert.Single(all);
        Assert.Equal(("THREATEN", "He"), (e.Type, e.SourceText));
    }

    [Fact]
    public void Subjectless_adverbial_clause_shares_the_subject_of_its_governor()
    {
        var e = Assert.Single(Extract(
            "Putin Putin PROPN 2 nsubj NNP", "escalated escalate VERB 0 root VBD", "the the DET 4 det DT", "war war NOUN 2 obj NN",
            "by by SCONJ 6 mark IN", "launching launch VERB 2 advcl VBG", "a a DET 8 det DT", "bombardment bombardment NOUN 6 obj NN",
            ". . PUNCT 2 punct"));
        Assert.Equal(("ASSAULT", "artillery", "Putin"), (e.Type, e.Mode, e.SourceText));
    }

    [Fact]
    public void Warning_shots_hung_on_an_in_phrase_still_pick_the_warning_rule()
    {
        var e = Assert.Single(Extract(
            "In in ADP 2 case IN", "town town NOUN 7 obl NN", ", , PUNCT 4 punct", "warning warn VERB 2 acl VBG", "shots shot NOUN 4 obj NNS",
            "were be AUX 7 aux:pass VBD", "fired fire VERB 0 root VBN", "by by ADP 9 case IN", "police police NOUN 7 obl NNS", ". . PUNCT 7 punct"));
        Assert.Equal(("THREATEN", "force", "police"), (e.Type, e.Mode, e.SourceText));
    }

    [Fact]
    public void Declaring_a_group_a_terrorist_organization_outlaws_it()
    {
        var e = Assert.Single(Extract(
            "The the DET 2 det DT", "government government NOUN 3 nsubj NN", "declared declare VERB 0 root VBD", "the the DET 5 det DT",
            "Brotherhood Brotherhood PROPN 3 obj NNP", "a a DET 8 det DT", "terrorist terrorist ADJ 8 amod JJ", "organization organization NOUN 3 xcomp NN",
            ". . PUNCT 3 punct"));
        Assert.Equal(("COERCE", "ban-party", "The government", "the Brotherhood"), (e.Type, e.Mode, e.SourceText, e.TargetText));
    }

    // events4 generalisation round: each test is a sentence written for its rule.

    [Fact]
    public void A_killing_in_a_clause_on_an_attack_noun_is_its_consequence_even_when_the_attack_names_no_one()
    {
        // "the assault that killed the envoy": the assault has no doer or target, and the killing is part of it.
        var events = Extract(
            "Officials official NOUN 2 nsubj", "recalled recall VERB 0 root", "the the DET 4 det", "assault assault NOUN 2 obj",
            "that that PRON 6 nsubj", "killed kill VERB 4 acl:relcl", "the the DET 8 det", "envoy envoy NOUN 6 obj", ". . PUNCT 2 punct");
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void A_killing_that_follows_a_crash_is_no_political_event()
    {
        // "A bus crashed into a ravine, killing 12 people": the consequence of an accident (mishaps.tsv).
        Assert.Empty(Extract(
            "A a DET 2 det", "bus bus NOUN 3 nsubj", "crashed crash VERB 0 root", "into into ADP 6 case", "a a DET 6 det",
            "ravine ravine NOUN 3 obl", ", , PUNCT 8 punct", "killing kill VERB 3 advcl VBG", "12 12 NUM 10 nummod",
            "people people NOUN 8 obj", ". . PUNCT 3 punct"));
    }

    [Fact]
    public void A_passive_injury_caused_by_an_earthquake_or_during_a_stampede_is_no_political_event()
    {
        Assert.Empty(Extract(
            "Ten ten NUM 2 nummod", "villagers villager NOUN 4 nsubj:pass", "were be AUX 4 aux:pass", "injured injure VERB 0 root VBN",
            "after after SCONJ 8 mark", "an a DET 7 det", "earthquake earthquake NOUN 8 nsubj", "struck strike VERB 4 advcl",
            ". . PUNCT 4 punct"));
        Assert.Empty(Extract(
            "Ten ten NUM 2 nummod", "pilgrims pilgrim NOUN 4 nsubj:pass", "were be AUX 4 aux:pass", "killed kill VERB 0 root VBN",
            "during during ADP 7 case", "a a DET 7 det", "stampede stampede NOUN 4 obl", ". . PUNCT 4 punct"));
        // Without such a cause the passive killing stays an event.
        Assert.Single(Extract(
            "Ten ten NUM 2 nummod", "pilgrims pilgrim NOUN 4 nsubj:pass", "were be AUX 4 aux:pass", "killed kill VERB 0 root VBN",
            "during during ADP 7 case", "the the DET 7 det", "siege siege NOUN 4 obl", ". . PUNCT 4 punct"));
    }

    [Fact]
    public void A_named_storm_that_kills_is_a_natural_cause()
    {
        Assert.Empty(Extract(
            "Cyclone Cyclone PROPN 2 compound", "Ida Ida PROPN 3 nsubj", "killed kill VERB 0 root", "40 40 NUM 5 nummod",
            "fishermen fisherman NOUN 3 obj", ". . PUNCT 3 punct"));
    }

    [Fact]
    public void Sanctions_targeting_officials_are_no_attack()
    {
        var events = Extract(
            "The the DET 3 det", "president president NOUN 3 nsubj", "signed sign VERB 0 root", "new new ADJ 5 amod",
            "sanctions sanction NOUN 3 obj", "targeting target VERB 5 acl VBG", "army army NOUN 8 compound",
            "officers officer NOUN 6 obj", ". . PUNCT 3 punct");
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void A_participle_after_with_modifies_the_name_that_follows_it()
    {
        // "a news conference with visiting Prime Minister Ana Costa": Costa visits; the speaker is no visitor.
        var e = Assert.Single(Extract(
            "Obama Obama PROPN 2 nsubj", "spoke speak VERB 0 root", "with with SCONJ 4 mark", "visiting visit VERB 2 advcl VBG",
            "Prime Prime ADJ 7 amod", "Minister Minister PROPN 7 nmod:desc", "Costa Costa PROPN 4 obj", ". . PUNCT 2 punct"));
        Assert.Equal(("CONSULT", "Prime Minister Costa", null), (e.Type, e.SourceText, e.TargetText));
    }

    [Fact]
    public void An_on_phrase_hung_on_the_by_agent_of_an_attack_is_its_target()
    {
        // "the attack by gunmen on the embassy" parsed with "on the embassy" under "gunmen".
        var e = Assert.Single(Extract(
            "Police police NOUN 2 nsubj", "described describe VERB 0 root", "the the DET 4 det", "attack attack NOUN 2 obj",
            "by by ADP 6 case", "gunmen gunman NOUN 4 nmod", "on on ADP 9 case", "the the DET 9 det", "embassy embassy NOUN 6 nmod",
            ". . PUNCT 2 punct"));
        Assert.Equal(("ASSAULT", "gunmen", "the embassy"), (e.Type, e.SourceText, e.TargetText));
    }

    [Fact]
    public void A_promise_to_act_is_a_pledge_by_its_subject()
    {
        var events = Extract(
            "The the DET 2 det", "unions union NOUN 3 nsubj", "promised promise VERB 0 root", "to to PART 5 mark",
            "end end VERB 3 xcomp", "the the DET 7 det", "strike strike NOUN 5 obj", ". . PUNCT 3 punct");
        var e = Assert.Single(events, e => e.Type == "AGREE");
        Assert.Equal(("pledge", "The unions"), (e.Mode, e.SourceText));
    }

    [Fact]
    public void The_agent_of_a_light_verb_participle_on_an_attack_noun_is_its_doer()
    {
        // "Officials condemned the attacks carried out by militias": the militias attacked.
        var e = Assert.Single(Extract(
            "Officials official NOUN 2 nsubj", "condemned condemn VERB 0 root", "the the DET 4 det", "attacks attack NOUN 2 obj",
            "carried carry VERB 4 acl VBN", "out out ADP 5 compound:prt", "by by ADP 8 case", "militias militia NOUN 5 obl:agent",
            ". . PUNCT 2 punct"), e => e.Type == "ASSAULT");
        Assert.Equal("militias", e.SourceText);
    }

    [Fact]
    public void A_target_phrase_hung_on_the_light_verb_belongs_to_its_nominal_act()
    {
        // "The army launched strikes into the valley" with "into the valley" on the verb.
        var e = Assert.Single(Extract(
            "The the DET 2 det", "army army NOUN 3 nsubj", "launched launch VERB 0 root", "airstrikes airstrike NOUN 3 obj",
            "against against ADP 7 case", "the the DET 7 det", "rebels rebel NOUN 3 obl", ". . PUNCT 3 punct"));
        Assert.Equal(("ASSAULT", "The army", "the rebels"), (e.Type, e.SourceText, e.TargetText));
    }

    [Fact]
    public void A_target_phrase_hung_on_the_object_belongs_to_the_verb()
    {
        // "The council imposed sanctions on the junta" with "on the junta" under "sanctions": not "sanctions" as target.
        var e = Assert.Single(Extract(
            "The the DET 2 det", "council council NOUN 3 nsubj", "imposed impose VERB 0 root", "sanctions sanction NOUN 3 obj",
            "on on ADP 7 case", "the the DET 7 det", "junta junta NOUN 4 nmod", ". . PUNCT 3 punct"));
        Assert.Equal(("SANCTION", "The council", "the junta"), (e.Type, e.SourceText, e.TargetText));
    }

    [Fact]
    public void An_object_constraint_looks_through_a_quantity_of_phrase()
    {
        // "The council imposed a raft of sanctions": the object's counted noun picks the sanctions rule.
        var e = Assert.Single(Extract(
            "The the DET 2 det", "council council NOUN 3 nsubj", "imposed impose VERB 0 root", "a a DET 5 det",
            "raft raft NOUN 3 obj", "of of ADP 7 case", "sanctions sanction NOUN 5 nmod", ". . PUNCT 3 punct"));
        Assert.Equal(("SANCTION", "cur.impose.sanctions"), (e.Type, e.Rule));
    }

    [Fact]
    public void Coordinated_nouns_share_the_possessor_and_a_threat_contains_its_infinitive()
    {
        // "They cited Tehran's arrests and threats to expel the envoys".
        var events = Extract(
            "They they PRON 2 nsubj", "cited cite VERB 0 root", "Tehran Tehran PROPN 6 nmod:poss", "'s 's PART 3 case",
            "recent recent ADJ 6 amod", "arrests arrest NOUN 2 obj", "and and CCONJ 8 cc", "threats threat NOUN 6 conj",
            "to to PART 10 mark", "expel expel VERB 8 acl", "the the DET 12 det", "envoys envoy NOUN 10 obj", ". . PUNCT 2 punct");
        var threat = Assert.Single(events, e => e.Type == "THREATEN");
        Assert.Equal(("Tehran", "the envoys"), (threat.SourceText, threat.TargetText));
        Assert.DoesNotContain(events, e => e.Type == "SANCTION");
    }

    [Fact]
    public void A_weapons_test_is_a_show_of_force()
    {
        var e = Assert.Single(Extract(
            "Analysts analyst NOUN 2 nsubj", "expect expect VERB 0 root", "Moscow Moscow PROPN 6 nmod:poss", "'s 's PART 3 case",
            "missile missile NOUN 6 compound", "test test NOUN 2 obj", ". . PUNCT 2 punct"));
        Assert.Equal(("MOBILIZE", "show-force", "Moscow"), (e.Type, e.Mode, e.SourceText));
    }

    [Fact]
    public void A_mishap_hung_on_a_coordinated_passive_is_the_cause_of_both()
    {
        // "Four people were killed and ten injured during a stampede".
        Assert.DoesNotContain(Extract(
            "Four four NUM 2 nummod", "people people NOUN 4 nsubj:pass", "were be AUX 4 aux:pass", "killed kill VERB 0 root VBN",
            "and and CCONJ 7 cc", "ten ten NUM 7 nsubj:pass", "injured injure VERB 4 conj VBN", "during during ADP 10 case",
            "a a DET 10 det", "stampede stampede NOUN 7 obl", ". . PUNCT 4 punct"), e => e.Type == "ASSAULT");
    }

    [Fact]
    public void A_bare_protest_verb_with_an_object_or_a_that_clause_is_another_sense()
    {
        // "The navy demonstrated its strength": no protest; "Students demonstrated against the law": a protest.
        Assert.Empty(Extract(
            "The the DET 2 det", "navy navy NOUN 3 nsubj", "demonstrated demonstrate VERB 0 root", "its its PRON 5 nmod:poss",
            "strength strength NOUN 3 obj", ". . PUNCT 3 punct"));
        Assert.Single(Extract(
            "Students student NOUN 2 nsubj", "demonstrated demonstrate VERB 0 root", "against against ADP 5 case", "the the DET 5 det",
            "law law NOUN 2 obl", ". . PUNCT 2 punct"));
    }

    [Fact]
    public void A_means_clause_hung_on_a_speech_verb_takes_the_reported_subject()
    {
        // "The envoys spoke out, saying Berlin is using pressure by threatening to expel them."
        var e = Assert.Single(Extract(
            "Envoys envoy NOUN 2 nsubj", "objected object VERB 0 root", ", , PUNCT 4 punct", "saying say VERB 2 advcl VBG",
            "Berlin Berlin PROPN 7 nsubj", "is be AUX 7 aux", "using use VERB 4 ccomp VBG", "pressure pressure NOUN 7 obj",
            "by by SCONJ 10 mark", "threatening threaten VERB 4 advcl VBG", "to to PART 12 mark", "expel expel VERB 10 xcomp",
            "diplomats diplomat NOUN 12 obj", ". . PUNCT 2 punct"), e => e.Type == "THREATEN");
        Assert.Equal("Berlin", e.SourceText);
    }

    [Fact]
    public void A_war_whose_against_phrase_hangs_on_the_light_verb_is_still_a_war_on_that_side()
    {
        // "The regime escalated its war against the rebels" with "against the rebels" on the verb.
        var e = Assert.Single(Extract(
            "The the DET 2 det", "regime regime NOUN 3 nsubj", "escalated escalate VERB 0 root", "its its PRON 5 nmod:poss",
            "war war NOUN 3 obj", "against against ADP 8 case", "the the DET 8 det", "rebels rebel NOUN 3 obl", ". . PUNCT 3 punct"));
        Assert.Equal(("ASSAULT", "its", "the rebels"), (e.Type, e.SourceText, e.TargetText));
    }

    [Fact]
    public void A_past_form_whose_subject_carries_a_preposition_is_a_participle_on_that_noun()
    {
        // "Troops searched villages in a hunt for two reporters abducted last week", with "abducted" tagged VBD as a
        // conjunct clause whose subject is "reporters".
        var e = Assert.Single(Extract(
            "Troops troop NOUN 2 nsubj", "searched search VERB 0 root VBD", "villages village NOUN 2 obj", "for for ADP 6 case",
            "two two NUM 6 nummod", "reporters reporter NOUN 7 nsubj", "abducted abduct VERB 2 conj VBD", "last last ADJ 9 amod",
            "week week NOUN 7 obl:unmarked", ". . PUNCT 2 punct"), e => e.Type == "ASSAULT");
        Assert.Equal((null, "two reporters"), (e.SourceText, e.TargetText));
    }

    [Fact]
    public void A_killing_clause_hung_on_the_by_agent_of_an_attack_is_its_consequence()
    {
        // "an attack by the militia that killed 30 people", the relative clause parsed under "militia".
        var events = Extract(
            "Officials official NOUN 2 nsubj", "condemned condemn VERB 0 root", "an a DET 4 det", "attack attack NOUN 2 obj",
            "by by ADP 7 case", "the the DET 7 det", "militia militia NOUN 4 nmod", "that that PRON 9 nsubj",
            "killed kill VERB 7 acl:relcl", "30 30 NUM 11 nummod", "people people NOUN 9 obj", ". . PUNCT 2 punct");
        var e = Assert.Single(events, e => e.Type == "ASSAULT");
        Assert.Equal("cur.attack.n", e.Rule);
    }

    [Fact]
    public void A_coordinated_title_before_a_name_stands_for_the_name()
    {
        // "EU trade and energy commissioner Ana Silva praised the accord": one speaker, not "EU trade" and "energy commissioner".
        var e = Assert.Single(Extract(
            "EU EU PROPN 2 compound", "trade trade NOUN 8 nsubj", "and and CCONJ 5 cc", "energy energy NOUN 5 compound",
            "commissioner commissioner NOUN 2 conj", "Ana Ana PROPN 2 appos", "Silva Silva PROPN 6 flat", "praised praise VERB 0 root",
            "the the DET 10 det", "minister minister NOUN 8 obj", ". . PUNCT 8 punct"));
        Assert.Equal(("SUPPORT", "Ana Silva"), (e.Type, e.SourceText));
    }

    [Fact]
    public void Marches_are_protests_that_stand_alone()
    {
        var e = Assert.Single(Extract(
            "Three three NUM 2 nummod", "marches march NOUN 3 nsubj", "converged converge VERB 0 root", "on on ADP 6 case",
            "the the DET 6 det", "square square NOUN 3 obl", ". . PUNCT 3 punct"));
        Assert.Equal(("PROTEST", "demonstrate", null, null), (e.Type, e.Mode, e.SourceText, e.TargetText));
    }

    [Fact]
    public void A_case_against_a_state_is_a_suit_by_the_one_who_files_it()
    {
        // "Georgia filed a case against Russia", with "against Russia" on the verb.
        var e = Assert.Single(Extract(
            "Georgia Georgia PROPN 2 nsubj", "filed file VERB 0 root", "a a DET 4 det", "case case NOUN 2 obj",
            "against against ADP 6 case", "Russia Russia PROPN 2 obl", ". . PUNCT 2 punct"));
        Assert.Equal(("ACCUSE", "sue", "Georgia", "Russia"), (e.Type, e.Mode, e.SourceText, e.TargetText));
    }

    [Fact]
    public void The_of_phrase_of_a_noun_does_its_infinitive()
    {
        // "They regretted the refusal of Iran to release the prisoners": Iran would release them (negated by "refusal").
        var e = Assert.Single(Extract(
            "They they PRON 2 nsubj", "regretted regret VERB 0 root", "the the DET 4 det", "refusal refusal NOUN 2 obj",
            "of of ADP 6 case", "Iran Iran PROPN 4 nmod", "to to PART 8 mark", "release release VERB 4 acl",
            "the the DET 10 det", "prisoners prisoner NOUN 8 obj", ". . PUNCT 2 punct"), e => e.Type == "CONCEDE");
        Assert.Equal(("Iran", "the prisoners", true), (e.SourceText, e.TargetText, e.Negated));
    }

    [Fact]
    public void A_demand_is_a_request_by_its_possessor()
    {
        var e = Assert.Single(Extract(
            "Officials official NOUN 2 nsubj", "rejected reject VERB 0 root", "Moscow Moscow PROPN 5 nmod:poss", "'s 's PART 3 case",
            "demand demand NOUN 2 obj", ". . PUNCT 2 punct"), e => e.Type == "REQUEST");
        Assert.Equal("Moscow", e.SourceText);
    }

    [Fact]
    public void A_place_phrase_with_another_preposition_is_no_second_filler()
    {
        var doc = GoldTree.Build(
            "Envoys envoy NOUN 2 nsubj", "met meet VERB 0 root", "with with ADP 4 case", "me I PRON 2 obl PRP",
            "at at ADP 6 case", "Geneva Geneva PROPN 2 obl", ". . PUNCT 2 punct");
        int at = doc.Text.IndexOf("Geneva", StringComparison.Ordinal);
        doc.SetActors([new Actor("e1", "Geneva", "LOC", [new Mention(5, 6, at, at + 6, MentionKind.Named, "test", 5)], [])]);
        s_extractor.Value.Process(doc, new Workspace());
        var e = Assert.Single(doc.Events);
        Assert.Equal(("Envoys", "me"), (e.SourceText, e.TargetText));
    }

    [Theory]
    [InlineData("officials", "official", 1)]
    [InlineData("marriages", "marriage", 0)]
    public void One_sanctions_actors_and_a_law_sanctioning_marriages_approves_them(string form, string lemma, int count)
    {
        var events = Extract(
            "Washington Washington PROPN 2 nsubj", "sanctioned sanction VERB 0 root", form + " " + lemma + " NOUN 2 obj", ". . PUNCT 2 punct");
        Assert.Equal(count, events.Count(e => e.Type == "SANCTION"));
    }
}
