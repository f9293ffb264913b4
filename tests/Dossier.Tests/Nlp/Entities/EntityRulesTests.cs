using Dossier.Extraction.Actors;
using Dossier.Nlp.Entities;
using Dossier.Nlp.Gazetteers;
using Dossier.Pipeline;
using Dossier.Text;
using Dossier.Text.Tokenization;

namespace Dossier.Tests.Nlp.Entities;

/// <summary>Corrections after decoding: local place evidence, adjectival names, institutions, crawl residue.</summary>
public sealed class EntityRulesTests
{
    private static readonly Lazy<EntityRules> s_rules = new(() => EntityRules.Load(DossierHomeFor.Repo.LexiconPath(EntityRules.Folder)));
    private static readonly Lazy<Gazetteer> s_gazetteer = new(() => Gazetteer.Load(DossierHomeFor.Repo.LexiconPath("gazetteer")));
    private static readonly Lazy<Dossier.Pipeline.Pipeline> s_pipeline = new(() => new PipelineBuilder()
        .Add(Tokenizer.Create(DossierHomeFor.Repo)).Add(new SentenceSplitter())
        .Add(EntityRecognizer.Load(DossierHomeFor.Repo)).Add(ActorResolver.Create(DossierHomeFor.Repo)).Build());

    /// <summary>Whitespace-separated tokens as one sentence, with spans given by token index.</summary>
    private static (NerText Text, List<(int Start, int End, EntityType Type)> Spans) Tokens(string text, params (int, int, EntityType)[] spans)
    {
        var starts = new List<int>();
        var ends = new List<int>();
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == ' ' || (i > 0 && text[i - 1] != ' ')) continue;
            int e = text.IndexOf(' ', i);
            starts.Add(i);
            ends.Add(e < 0 ? text.Length : e);
        }

        return (new NerText(text, [.. starts], [.. ends], [0], [starts.Count]), [.. spans]);
    }

    [Fact]
    public void A_city_after_a_place_cue_is_a_place_even_when_the_document_made_it_a_name()
    {
        var (text, spans) = Tokens("Abraham Lincoln spoke . He lives in the capital , Lincoln .",
            (0, 2, EntityType.PER), (10, 11, EntityType.PER));
        s_rules.Value.ApplyLocal(text, s_gazetteer.Value, spans, 0);
        Assert.Equal(EntityType.PER, spans[0].Type);
        Assert.Equal(EntityType.LOC, spans[1].Type);
    }

    [Theory]
    [InlineData("We met in Lincoln 's office .")] // a possessive: the model's reading stands
    [InlineData("We met Lincoln yesterday .")]    // no place cue
    public void Without_local_evidence_the_model_reading_stands(string sentence)
    {
        int at = Array.IndexOf(sentence.Split(' '), "Lincoln");
        var (text, spans) = Tokens(sentence, (at, at + 1, EntityType.PER));
        s_rules.Value.ApplyLocal(text, s_gazetteer.Value, spans, 0);
        Assert.Equal(EntityType.PER, spans[0].Type);
    }

    [Theory]
    [InlineData("the Central Asian country", 1, 3, EntityType.ORG, EntityType.MISC)]
    [InlineData("Western diplomats said", 0, 1, EntityType.ORG, EntityType.MISC)]
    [InlineData("Kazakh troops arrived", 0, 1, EntityType.LOC, EntityType.MISC)]
    [InlineData("the European Union said", 1, 3, EntityType.ORG, EntityType.ORG)]
    [InlineData("Western Sahara is disputed", 0, 2, EntityType.LOC, EntityType.LOC)]
    [InlineData("John English said", 0, 2, EntityType.PER, EntityType.PER)]
    public void Names_used_as_adjectives_are_misc(string sentence, int start, int end, EntityType model, EntityType expected)
    {
        var (text, spans) = Tokens(sentence, (start, end, model));
        s_rules.Value.ApplyLocal(text, s_gazetteer.Value, spans, 0);
        Assert.Equal(expected, spans[0].Type);
    }

    public static TheoryData<string, (int, int, EntityType)[], (int, int, EntityType)[]> InstitutionCases => new()
    {
        // split by the model: demonym MISC + institution ORG
        { "the Russian Foreign Ministry said", [(1, 2, EntityType.MISC), (2, 4, EntityType.ORG)], [(1, 4, EntityType.ORG)] },
        // head lost after a demonym
        { "the Turkish Parliament approved the bill", [(1, 2, EntityType.MISC)], [(1, 3, EntityType.ORG)] },
        // a country name, not only a demonym
        { "the US State Department said", [(1, 2, EntityType.LOC)], [(1, 4, EntityType.ORG)] },
        { "the Ukrainian Armed Forces said", [(1, 2, EntityType.MISC)], [(1, 4, EntityType.ORG)] },
        // "of" tail of the head
        { "the Russian Ministry of Foreign Affairs said", [(1, 2, EntityType.MISC), (2, 6, EntityType.ORG)], [(1, 6, EntityType.ORG)] },
        // possessive: a place and its institution stay two names
        { "Iran 's Foreign Ministry said", [(0, 1, EntityType.LOC), (2, 4, EntityType.ORG)], [(0, 1, EntityType.LOC), (2, 4, EntityType.ORG)] },
        // a longer name of the model's own, and a person inside, are left alone
        { "the BBC Russian Service reported", [(1, 4, EntityType.ORG)], [(1, 4, EntityType.ORG)] },
        { "Russian Defence Minister Sergei Shoigu Office", [(0, 1, EntityType.MISC), (3, 5, EntityType.PER)], [(0, 1, EntityType.MISC), (3, 5, EntityType.PER)] },
        // a title-case headline: another name between place and head
        { "Hong Kong Police Warn Protesters Not To Occupy Government", [(0, 3, EntityType.ORG)], [(0, 3, EntityType.ORG)] },
        // no head, or a lower-case one
        { "Russian troops entered the town", [(0, 1, EntityType.MISC)], [(0, 1, EntityType.MISC)] },
        { "the Russian foreign ministry said", [(1, 2, EntityType.MISC)], [(1, 2, EntityType.MISC)] },
    };

    [Theory]
    [MemberData(nameof(InstitutionCases))]
    public void A_country_or_demonym_and_an_institution_head_are_one_organisation(string sentence, (int, int, EntityType)[] model, (int, int, EntityType)[] expected)
    {
        var (text, spans) = Tokens(sentence, model);
        s_rules.Value.ApplyLocal(text, s_gazetteer.Value, spans, 0);
        Assert.Equal(expected, spans.Select(s => (s.Start, s.End, s.Type)).ToArray());
    }

    [Fact]
    public void Institution_names_come_out_whole_in_the_pipeline()
    {
        var found = Entities("The Kazakh Interior Ministry said on Monday that the French Defence Ministry had been told.");
        Assert.Contains(("Kazakh Interior Ministry", EntityType.ORG), found);
        Assert.Contains(("French Defence Ministry", EntityType.ORG), found);
    }

    /// <summary>Sentences of whitespace-separated tokens as one document; spans by document token index.</summary>
    private static NerText Document(params string[] sentences)
    {
        var (text, _) = Tokens(string.Join(" ", sentences));
        var sentStart = new List<int>();
        var sentEnd = new List<int>();
        int at = 0;
        foreach (var sentence in sentences)
        {
            int n = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            sentStart.Add(at);
            sentEnd.Add(at + n);
            at += n;
        }

        return new NerText(text.Text, text.Start, text.End, [.. sentStart], [.. sentEnd]);
    }

    private static (int, int, EntityType)[] Corrected(NerText text, params (int, int, EntityType)[] model)
    {
        var spans = model.ToList();
        s_rules.Value.ApplyLocal(text, s_gazetteer.Value, spans, 0);
        return [.. spans];
    }

    [Fact]
    public void Ordinary_words_strung_together_in_a_title_case_headline_are_no_name()
    {
        // Coup0 In1 Thailand2 :3 Military4 Seizes5 Control6 Of7 Country8 | The9 military10 took11 control12 of13 the14 country15 in16 Thailand17 .18
        var text = Document("Coup In Thailand : Military Seizes Control Of Country", "The military took control of the country in Thailand .");
        Assert.Equal([(2, 3, EntityType.LOC), (17, 18, EntityType.LOC)],
            Corrected(text, (2, 3, EntityType.LOC), (4, 9, EntityType.ORG), (17, 18, EntityType.LOC)));
    }

    [Fact]
    public void A_headline_span_shrinks_to_the_name_the_body_gives_with_its_type()
    {
        // While0 Spain1 Struggles2 ,3 The4 Basque5 Region6 Shines7 | The8 region9 of10 Spain11 struggles12 while13 the14 Basque15 economy16 shines17 .18
        var text = Document("While Spain Struggles , The Basque Region Shines", "The region of Spain struggles while the Basque economy shines .");
        Assert.Equal([(1, 2, EntityType.LOC), (5, 6, EntityType.MISC), (11, 12, EntityType.LOC), (15, 16, EntityType.MISC)],
            Corrected(text, (1, 3, EntityType.PER), (5, 8, EntityType.ORG), (11, 12, EntityType.LOC), (15, 16, EntityType.MISC)));
    }

    [Fact]
    public void Names_the_body_confirms_stay_whole_and_bylines_are_no_headlines()
    {
        // Kremlin0 Says1 Vladimir2 Putin3 Will4 Visit5 Paris6 | Vladimir7 Putin8 will9 travel10 to11 Paris12 ,13 the14 Kremlin15 says16 .17
        var headline = Document("Kremlin Says Vladimir Putin Will Visit Paris", "Vladimir Putin will travel to Paris , the Kremlin says .");
        (int, int, EntityType)[] spans = [(0, 1, EntityType.ORG), (2, 4, EntityType.PER), (6, 7, EntityType.LOC), (7, 9, EntityType.PER), (12, 13, EntityType.LOC), (15, 16, EntityType.LOC)];
        Assert.Equal(spans, Corrected(headline, spans));
        // Jane0 Roe1 ,2 The3 Daily4 Courier5 | The6 report7 appeared8 on9 Monday10 .11 — the body writes none of its words in lower case
        var byline = Document("Jane Roe , The Daily Courier", "The report appeared on Monday .");
        (int, int, EntityType)[] names = [(0, 2, EntityType.PER), (3, 6, EntityType.ORG)];
        Assert.Equal(names, Corrected(byline, names));
    }

    private static readonly Lazy<Dossier.Text.Readers.Boilerplate.BoilerplateRules> s_boilerplate =
        new(() => Dossier.Text.Readers.Boilerplate.BoilerplateRules.Load(DossierHomeFor.Repo));

    /// <summary>Entities of a text whose boilerplate lines are marked as the readers mark them.</summary>
    private static List<(string Text, EntityType Type)> Entities(string text)
    {
        var doc = s_pipeline.Value.Process(new Doc(text, new DocumentInfo("t"), s_boilerplate.Value.Mark(text)));
        return [.. doc.Entities.Select(e => (text[doc[e.Start].Start..doc[e.End - 1].End], e.Type))];
    }

    [Fact]
    public void Seats_of_power_acting_are_organisations_and_places_after_a_locative()
    {
        var acting = Entities("The Kremlin announced on Monday that the talks would resume.");
        Assert.Contains(("Kremlin", EntityType.ORG), acting);
        var place = Entities("The two leaders met in the Kremlin on Monday.");
        Assert.Contains(("Kremlin", EntityType.LOC), place);
    }

    [Fact]
    public void Platforms_are_organisations_tagged_or_not()
    {
        var found = Entities("The ministry wrote on Facebook and later on Telegram that the border was closed.");
        Assert.Contains(("Facebook", EntityType.ORG), found);
        Assert.Contains(("Telegram", EntityType.ORG), found);
    }

    [Fact]
    public void Photo_credit_lines_yield_no_entities()
    {
        var found = Entities("Protesters gathered in Lagos on Monday.\n\nPhoto: AFP/Getty Images\n\nReuters/Jane Roe\n\nThe curfew stays.");
        Assert.DoesNotContain(found, e => e.Text.Contains("Getty", StringComparison.Ordinal) || e.Text.Contains("Roe", StringComparison.Ordinal));
        Assert.Contains(("Lagos", EntityType.LOC), found);
    }

    [Fact]
    public void Share_buttons_are_not_platform_mentions()
    {
        var found = Entities("Facebook Twitter Pinterest\nThe minister spoke to reporters in Rome.");
        Assert.DoesNotContain(found, e => e.Text is "Twitter" or "Pinterest");
    }
}
