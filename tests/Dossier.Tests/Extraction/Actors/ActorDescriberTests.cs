using Dossier.Extraction.Actors;
using Dossier.Pipeline;
using Dossier.Text;

namespace Dossier.Tests.Extraction.Actors;

/// <summary>Attributes, places and codes on sentences written for these tests (docs/actor-attributes.md).</summary>
public sealed class ActorDescriberTests
{
    private static readonly Lazy<Dossier.Pipeline.Pipeline> s_pipeline = new(() => StandardPipelineFor.Repo);
    private static readonly Lazy<ActorDescriber> s_describer = new(() => ActorDescriber.Load(DossierHomeFor.Repo));

    private static Doc Analyse(string text, string? date = "2021-06-01") =>
        s_pipeline.Value.Process(new Doc(text, new DocumentInfo("t", Date: date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture))));

    private static Actor Actor(Doc doc, string name) => doc.Actors.Single(a => a.Name == name);

    private static ActorAttribute Attr(Actor actor, string key) => actor.Attributes.Single(a => a.Key == key);

    [Fact]
    public void Apposition_gives_a_former_role_with_its_organisation_and_an_elite_code()
    {
        const string text = "Nikolai Smirnov, the former head of the FSB, was detained on Monday.";
        var doc = Analyse(text);
        var role = Attr(Actor(doc, "Nikolai Smirnov"), "role");
        Assert.Equal("head", role.Value);
        Assert.Equal("former", role.Status);
        Assert.Equal("FSB", role.Qualifier);
        Assert.Equal("former head of the FSB", text[role.Start!.Value..role.End!.Value]);
        Assert.Equal("RUSELI", Attr(Actor(doc, "Nikolai Smirnov"), "code").Value);
        Assert.Equal("RUSSPY", Attr(Actor(doc, "FSB"), "code").Value);
    }

    [Fact]
    public void Copular_role_keeps_deputy_in_the_office_and_as_status()
    {
        var doc = Analyse("Maria Lopez is the deputy secretary of the Security Council, officials said.");
        var role = Attr(Actor(doc, "Maria Lopez"), "role");
        Assert.Equal("deputy secretary", role.Value);
        Assert.Equal("deputy", role.Status);
        Assert.Equal("Security Council", role.Qualifier);
    }

    [Fact]
    public void Ages_come_from_appositions_and_premodifiers_with_the_document_date()
    {
        const string text = "Pedro Alvarez, 61, resigned on Friday. The 47-year-old Laura Chen will replace him.";
        var doc = Analyse(text);
        var age = Attr(Actor(doc, "Pedro Alvarez"), "age");
        Assert.Equal("61", age.Value);
        Assert.Equal("2021-06-01", age.Qualifier);
        Assert.Equal("61", text[age.Start!.Value..age.End!.Value]);
        Assert.Equal("47", Attr(Actor(doc, "Laura Chen"), "age").Value);
        Assert.Null(Analyse("Pedro Alvarez, 61, resigned.", null).Actors.Single(a => a.Name == "Pedro Alvarez").Attributes.Single(a => a.Key == "age").Qualifier);
    }

    [Fact]
    public void Demonym_title_gives_country_nationality_and_a_government_code()
    {
        var doc = Analyse("French President Emmanuel Macron visited Berlin on Tuesday.");
        var macron = Actor(doc, "Emmanuel Macron");
        Assert.Equal("FRA", Attr(macron, "country").Value);
        Assert.Equal("French", Attr(macron, "nationality").Value);
        Assert.Equal("president", Attr(macron, "role").Value);
        Assert.Equal("FRAGOV", Attr(macron, "code").Value);
        Assert.Contains("roles.tsv", Attr(macron, "code").Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Named_codes_depend_on_the_document_date()
    {
        const string text = "Donald Trump spoke to reporters on Tuesday.";
        var during = Attr(Actor(Analyse(text, "2018-05-02"), "Donald Trump"), "code");
        var after = Attr(Actor(Analyse(text, "2023-05-02"), "Donald Trump"), "code");
        var undated = Attr(Actor(Analyse(text, null), "Donald Trump"), "code");
        Assert.Equal("USAGOV", during.Value);
        Assert.Equal("USAELI", after.Value);
        Assert.Equal("USAGOV", undated.Value);
        Assert.Equal("no document date: latest role", undated.Qualifier);
        Assert.StartsWith("people.tsv:", during.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void A_city_name_in_two_countries_is_picked_by_the_countries_the_document_mentions()
    {
        var us = Actor(Analyse("Storms hit Paris overnight. Officials in Texas said roads were closed across the state."), "Paris");
        var fr = Actor(Analyse("Storms hit Paris overnight. French officials said roads were closed across France."), "Paris");
        Assert.Equal("USA", Attr(us, "country").Value);
        Assert.Equal("FRA", Attr(fr, "country").Value);
        Assert.Equal("city", Attr(fr, "feature").Value);
        Assert.Equal("2988507", Attr(fr, "geonameid").Value);
        Assert.StartsWith("48.8", Attr(fr, "lat").Value, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relation_points_past_the_other_person_s_own_description_and_gives_no_code()
    {
        var doc = Analyse("Maria Keller is considered a close ally of the authoritarian ex-President Barack Obama.");
        var olsen = Actor(doc, "Maria Keller");
        var ally = Attr(olsen, "ally_of");
        Assert.Equal(Actor(doc, "Barack Obama").Id, ally.Value);
        Assert.DoesNotContain(olsen.Attributes, a => a.Key == "code");
    }

    [Fact]
    public void A_demonym_several_countries_share_goes_to_the_country_it_names()
    {
        var places = s_describer.Value.Places;
        // Shared in the gazetteer's demonym lists: Norwegian (Bouvet Island, Svalbard), Greek and Turkish (Cyprus),
        // American (Northern Mariana Islands), Dutch (Caribbean Netherlands), Slovak (Czechia).
        Assert.Equal("NO GR TR US NL SK FR KZ",
            string.Join(' ', new[] { "Norwegian", "Greek", "Turkish", "American", "Dutch", "Slovak", "French", "Kazakh" }.Select(d => places.CountryOf(d) ?? "-")));
    }

    [Fact]
    public void Renamed_cities_link_to_the_gazetteer_place()
    {
        var doc = Analyse("Shelling hit Dnipro on Monday, Ukrainian officials said.");
        int at = Enumerable.Range(0, doc.Count).Single(t => doc[t].Text.SequenceEqual("Dnipro"));
        var link = s_describer.Value.ResolvePlace(doc, at, at + 1);
        Assert.NotNull(link);
        Assert.Equal("709930", link.Place.Id);
        Assert.Equal("UKR", link.CountryIso3);
        Assert.Contains("alternate-name", link.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Relations_point_at_the_other_actor_and_organisations_get_curated_codes()
    {
        var doc = Analyse("Jane Doyle, spokeswoman for the White House, said the talks went well.");
        var doyle = Actor(doc, "Jane Doyle");
        var house = Actor(doc, "White House");
        Assert.Equal(house.Id, Attr(doyle, "spokesman_of").Value);
        Assert.Equal("USAGOV", Attr(house, "code").Value);
        Assert.Equal("USAGOV", Attr(doyle, "code").Value);
    }

    [Fact]
    public void Sector_only_organisations_need_a_country_in_the_text()
    {
        var doc = Analyse("The Russian Foreign Ministry said it was following the events. The Foreign Ministry declined to comment.");
        var withCountry = doc.Actors.First(a => a.Name.Contains("Foreign Ministry", StringComparison.Ordinal));
        Assert.Equal("RUSGOV", Attr(withCountry, "code").Value);
        var bare = Analyse("The Foreign Ministry declined to comment.").Actors.Where(a => a.Name.Contains("Foreign Ministry", StringComparison.Ordinal));
        Assert.All(bare, a => Assert.DoesNotContain(a.Attributes, x => x.Key == "code"));
    }

    [Fact]
    public void Titles_show_gender_only_when_the_text_does()
    {
        var doc = Analyse("Mrs. Helen Park met Omar Said in Cairo.");
        Assert.Equal("female", Attr(Actor(doc, "Helen Park"), "gender").Value);
        Assert.DoesNotContain(Actor(doc, "Omar Said").Attributes, a => a.Key == "gender");
    }

    [Fact]
    public void Location_phrases_without_an_actor_resolve_through_a_token_span()
    {
        var doc = Analyse("Fighting was reported near the city of Kharkiv in Ukraine.");
        int start = -1;
        for (int t = 0; t < doc.Count; t++) if (doc[t].Text.SequenceEqual("Kharkiv")) start = t;
        var link = s_describer.Value.ResolvePlace(doc, start, start + 1);
        Assert.NotNull(link);
        Assert.Equal("UKR", link.CountryIso3);
        Assert.Null(s_describer.Value.ResolvePlace(doc, 0, 1));
    }

    [Fact]
    public void Nominal_mentions_are_read_as_descriptions()
    {
        const string text = "The 68-year-old former KNB boss was detained.";
        var doc = s_pipeline.Value.Process(new Doc(text, new DocumentInfo("t")));
        var mention = new Mention(0, 9, 0, text.IndexOf(" was", StringComparison.Ordinal), MentionKind.Nominal, "test", 8);
        int knb = 0;
        for (int t = 0; t < doc.Count; t++) if (doc[t].Text.SequenceEqual("KNB")) knb = t;
        var org = new Actor("e2", "KNB", "ORG", [new Mention(knb, knb + 1, doc[knb].Start, doc[knb].End, MentionKind.Named, "test", knb)], []);
        var nominal = new Actor("e1", "the 68-year-old", "PER", [mention with { TokenEnd = knb + 2, Head = knb + 1 }], []);
        var described = s_describer.Value.Describe(doc, [nominal, org]);
        Assert.Equal("68", described[0].Attributes.Single(a => a.Key == "age").Value);
        var role = described[0].Attributes.Single(a => a.Key == "role");
        Assert.Equal("boss", role.Value);
        Assert.Equal("former", role.Status);
        Assert.Equal("KAZELI", described[0].Attributes.Single(a => a.Key == "code").Value);
    }

    [Fact]
    public void Agents_get_a_country_only_when_the_text_ties_them_to_one()
    {
        var tied = DescribeNominal("Thousands of demonstrators in Almaty defied the curfew.", "demonstrators", "Almaty");
        Assert.Equal("KAZPRT", tied.Attributes.Single(a => a.Key == "code").Value);
        var untied = DescribeNominal("Thousands of demonstrators defied the curfew in Almaty.", "demonstrators", "Almaty");
        Assert.DoesNotContain(untied.Attributes, a => a.Key == "code");
        var demonym = DescribeNominal("Kazakh police fired tear gas in the capital.", "Kazakh police", null);
        Assert.Equal("KAZCOP", demonym.Attributes.Single(a => a.Key == "code").Value);
    }

    /// <summary>Describes a nominal mention of the phrase, with the place (if any) as a named LOC actor.</summary>
    private static Actor DescribeNominal(string text, string phrase, string? place)
    {
        var doc = s_pipeline.Value.Process(new Doc(text, new DocumentInfo("t")));
        (int Start, int End) Tokens(string s)
        {
            int c = text.IndexOf(s, StringComparison.Ordinal);
            int a = Enumerable.Range(0, doc.Count).First(t => doc[t].Start == c);
            int b = Enumerable.Range(0, doc.Count).First(t => doc[t].End == c + s.Length) + 1;
            return (a, b);
        }

        var (ps, pe) = Tokens(phrase);
        var actors = new List<Actor> { new("e1", phrase, "MISC", [new Mention(ps, pe, doc[ps].Start, doc[pe - 1].End, MentionKind.Nominal, "test", pe - 1)], []) };
        if (place is not null)
        {
            var (ls, le) = Tokens(place);
            actors.Add(new Actor("e2", place, "LOC", [new Mention(ls, le, doc[ls].Start, doc[le - 1].End, MentionKind.Named, "test", le - 1)], []));
        }

        return s_describer.Value.Describe(doc, actors)[0];
    }

    [Fact]
    public void Descriptions_before_the_name_and_dismissals_give_roles()
    {
        var doc = Analyse("In Peru, the former head of government and ex-head of the national police, Jorge Ramos, was arrested on Monday.");
        var roles = Actor(doc, "Jorge Ramos").Attributes.Where(a => a.Key == "role").ToList();
        Assert.Contains(roles, r => r.Value == "head of government" && r.Status == "former");
        Assert.Contains(roles, r => r.Value == "head" && r.Status == "ex" && r.Qualifier == "national police");
        Assert.DoesNotContain(doc.Actors.Single(a => a.Name == "Peru").Attributes, a => a.Key == "role");

        var dismissed = Attr(Actor(Analyse("Ivan Petrov was dismissed as head of the FSB last week."), "Ivan Petrov"), "role");
        Assert.Equal("former", dismissed.Status);
        Assert.Equal("FSB", dismissed.Qualifier);
    }

    [Fact]
    public void Lists_of_names_and_generic_nouns_give_no_role()
    {
        var doc = Analyse("Leaders including Emma Stone, Paul Grant, and Lisa Wong met in Geneva. Paul Grant, the new strong man, spoke first.");
        Assert.DoesNotContain(Actor(doc, "Emma Stone").Attributes, a => a.Key == "role");
        Assert.DoesNotContain(Actor(doc, "Paul Grant").Attributes, a => a.Key == "role");
    }

    [Fact]
    public void Named_entries_match_whole_names_only()
    {
        // "Latin" is also a demonym (of the Vatican); what is left, "America", must not match the USA entry.
        var doc = Analyse("Migrants from Latin America waited at the border on Tuesday.");
        var region = doc.Actors.Single(a => a.Name == "Latin America");
        Assert.DoesNotContain(region.Attributes, a => a.Key == "code" && a.Value == "USA");
    }

    [Fact]
    public void A_title_before_another_name_is_not_an_apposition()
    {
        var doc = Analyse("In a phone call with President Anna Berg, Chinese President Li Wei urged restraint.");
        Assert.DoesNotContain(Actor(doc, "Anna Berg").Attributes, a => a.Key == "country" && a.Value == "CHN");
        Assert.Equal("CHNGOV", Attr(Actor(doc, "Li Wei"), "code").Value);
    }

    [Theory]
    [InlineData("US Secretary of State Jane Roe warned the envoys on Monday.", "Jane Roe", "secretary of state", "USAGOV")]
    [InlineData("Russian Foreign Minister Ivan Petrov replied on Tuesday.", "Ivan Petrov", "foreign minister", "RUSGOV")]
    [InlineData("French President Paul Martin arrived late.", "Paul Martin", "president", "FRAGOV")]
    [InlineData("UN Secretary-General Tom Berg spoke to reporters.", "Tom Berg", "secretary-general", "IGOUNO")]
    [InlineData("Kazakh Minister of Foreign Affairs Arman Seitov resigned.", "Arman Seitov", "minister of foreign affairs", "KAZGOV")]
    [InlineData("US Secretary of State Jane Roe warned the envoys on Monday.", "US Secretary of State Jane Roe", "secretary of state", "USAGOV")]
    public void Country_titles_before_or_inside_a_name_give_role_country_and_code(string text, string name, string role, string code)
    {
        // The recogniser may or may not keep the country and title in the person's span: both are read.
        var person = Describe(text, ("e1", "PER", [(name, MentionKind.Named)]));
        Assert.Equal(role, Attr(person, "role").Value);
        Assert.Equal(code, Attr(person, "code").Value);
    }

    [Fact]
    public void Organisations_are_coded_through_every_named_form()
    {
        const string text = "The National Security Committee said the KNB had detained two men.";
        var org = Describe(text, ("e1", "ORG", [("National Security Committee", MentionKind.Named), ("KNB", MentionKind.Named)]));
        Assert.Equal("KAZSPY", Attr(org, "code").Value);
        var one = Describe(text, ("e1", "ORG", [("National Security Committee", MentionKind.Named)]));
        Assert.DoesNotContain(one.Attributes, a => a.Key == "code");
    }

    [Fact]
    public void Places_ignore_person_descriptions_in_their_chain()
    {
        const string text = "Kazakhstan held talks, and the head of government said they went well.";
        var place = Describe(text, ("e1", "LOC", [("Kazakhstan", MentionKind.Named), ("the head of government", MentionKind.Nominal)]));
        Assert.DoesNotContain(place.Attributes, a => a.Key == "role");
        Assert.Equal("KAZ", Attr(place, "country").Value);
        var org = Describe(text, ("e1", "ORG", [("Kazakhstan", MentionKind.Named), ("the head of government", MentionKind.Nominal)]));
        Assert.DoesNotContain(org.Attributes, a => a.Key == "role");
    }

    [Theory]
    [InlineData("Officials said the Kazakh government would respond.", "the Kazakh government", "KAZGOV")]
    [InlineData("Officials said Russia's foreign ministry would respond.", "Russia's foreign ministry", "RUSGOV")]
    [InlineData("Officials in Moscow said the foreign ministry would respond.", "the foreign ministry", null)]
    [InlineData("Officials in Astana said the government would respond.", "the government", null)]
    public void Nominal_organisations_are_coded_only_with_a_country_in_their_own_words(string text, string phrase, string? code)
    {
        var org = Describe(text, ("e1", "ORG", [(phrase, MentionKind.Nominal)]));
        if (code is null) Assert.DoesNotContain(org.Attributes, a => a.Key == "code");
        else Assert.Equal(code, Attr(org, "code").Value);
    }

    /// <summary>Describes hand-built actors (mentions located by their text) over the pipeline's tokens, so the test does not depend on the recogniser.</summary>
    private static Actor Describe(string text, params (string Id, string Type, (string Text, MentionKind Kind)[] Mentions)[] specs)
    {
        var doc = s_pipeline.Value.Process(new Doc(text, new DocumentInfo("t", Date: new DateOnly(2021, 6, 1))));
        var actors = new List<Actor>();
        foreach (var (id, type, mentions) in specs)
        {
            var list = new List<Mention>();
            foreach (var (phrase, kind) in mentions)
            {
                int c = text.IndexOf(phrase, StringComparison.Ordinal);
                int a = Enumerable.Range(0, doc.Count).First(t => doc[t].Start == c);
                int b = Enumerable.Range(0, doc.Count).First(t => doc[t].End == c + phrase.Length) + 1;
                list.Add(new Mention(a, b, doc[a].Start, doc[b - 1].End, kind, "test", b - 1));
            }

            actors.Add(new Actor(id, mentions[0].Text, type, list, []));
        }

        return s_describer.Value.Describe(doc, actors)[0];
    }
}
