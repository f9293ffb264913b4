using System.Globalization;
using Dossier.Pipeline;
using Dossier.Text;

namespace Dossier.Extraction.Actors;

/// <summary>
/// Fills each actor's attributes from its mentions and their neighbourhood (docs/actor-attributes.md):
/// roles with status and organisation, age (with the document date it holds for), country, nationality,
/// gender, relations to other actors, the place's gazetteer link (country, lat, lon, geonameid, feature)
/// and a CAMEO-style code. Every attribute carries evidence offsets and the rule or lexicon line behind
/// it. Loaded once from a <see cref="DossierHome"/>; immutable and thread-safe. The component that writes
/// Layer.Actors calls <see cref="Describe"/> just before Doc.SetActors.
/// </summary>
public sealed class ActorDescriber
{
    private readonly RoleFinder _roles;
    private readonly ActorCoder _coder;

    public ActorDescriber(ActorCodeLexicon lexicon, PlaceLinker places)
    {
        Lexicon = lexicon;
        Places = places;
        _roles = new RoleFinder(lexicon, places);
        _coder = new ActorCoder(lexicon, places, _roles);
    }

    public ActorCodeLexicon Lexicon { get; }

    public PlaceLinker Places { get; }

    /// <summary>The phrase reader, shared with coreference (which compares the roles mentions state).</summary>
    internal RoleFinder Roles => _roles;

    public static ActorDescriber Load(DossierHome home)
    {
        ArgumentNullException.ThrowIfNull(home);
        return new ActorDescriber(ActorCodeLexicon.Load(home.LexiconPath("actors")), PlaceLinker.Load(home.LexiconPath("gazetteer")));
    }

    /// <summary>Links a location phrase over tokens [start, end) to the gazetteer (for events without a place actor).</summary>
    public PlaceLink? ResolvePlace(Doc doc, int start, int end) => Places.Resolve(doc, start, end);

    public IReadOnlyList<Actor> Describe(Doc doc, IReadOnlyList<Actor> actors)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(actors);
        if (actors.Count == 0) return actors;
        var actorAt = new int[doc.Count];
        Array.Fill(actorAt, -1);
        for (int a = 0; a < actors.Count; a++)
        {
            foreach (var m in actors[a].Mentions)
            {
                if (m.Kind == MentionKind.Named)
                {
                    for (int t = m.TokenStart; t < m.TokenEnd && t < actorAt.Length; t++) actorAt[t] = a;
                }
            }
        }

        var countries = Places.CountDocumentCountries(doc);
        var facts = new ActorFacts[actors.Count];
        for (int a = 0; a < actors.Count; a++) facts[a] = Read(doc, actors[a], actorAt, countries);
        for (int a = 0; a < actors.Count; a++) facts[a].NameCode = NameCode(doc, actors[a], facts[a]);
        var result = new Actor[actors.Count];
        for (int a = 0; a < actors.Count; a++) result[a] = Compose(doc, actors, a, facts, actorAt);
        return result;
    }

    /// <summary>What one actor's mentions say before codes are chosen.</summary>
    private sealed class ActorFacts
    {
        public List<(RoleReading Reading, Mention Mention)> Readings { get; } = [];

        public PlaceLink? Place { get; set; }

        public Mention? PlaceMention { get; set; }

        public ActorCode? NameCode { get; set; }

        public List<(string Gender, int Start, int End, string Rule)> Genders { get; } = [];
    }

    private ActorFacts Read(Doc doc, Actor actor, int[] actorAt, Dictionary<string, int> countries)
    {
        var facts = new ActorFacts();
        foreach (var m in actor.Mentions)
        {
            switch (m.Kind)
            {
                case MentionKind.Named:
                    if (facts.Place is null && actor.Type is "LOC" or "ORG" or "MISC" && Places.Resolve(doc, m.TokenStart, m.TokenEnd, countries) is { } link
                        && (actor.Type == "LOC" || link.Place.Kind == Nlp.Gazetteers.PlaceKind.Country))
                    {
                        facts.Place = link;
                        facts.PlaceMention = m;
                    }

                    // Places have no roles; an organisation's neighbourhood only tells its country ("Russian Foreign Ministry").
                    if (actor.Type == "LOC") break;
                    // "Chinese President" right before another actor's name is that actor's title, whatever the chain says.
                    if (m.TokenEnd < actorAt.Length && actorAt[m.TokenEnd] >= 0 && !OwnsToken(actor, m.TokenEnd)) break;
                    foreach (var r in _roles.ReadNamed(doc, m.TokenStart, m.TokenEnd, actorAt))
                    {
                        if (actor.Type != "PER") { r.Role = null; r.Relation = null; r.Age = null; }
                        if (r.HasRole || r.Age is not null || r.Country is not null || r.Gender is not null) facts.Readings.Add((r, m));
                    }

                    break;
                case MentionKind.Nominal:
                    // A place never takes a person's description, even when coreference put one in its chain.
                    if (actor.Type == "LOC") break;
                    // "Chinese President" right before another actor's name is that actor's title, whatever the chain says.
                    if (m.TokenEnd < actorAt.Length && actorAt[m.TokenEnd] >= 0 && !OwnsToken(actor, m.TokenEnd)) break;
                    if (_roles.ReadNominal(doc, m.TokenStart, m.TokenEnd, actorAt) is { } nominal)
                    {
                        if (nominal.Country is null) TieToPlace(doc, m, nominal, actorAt, countries);
                        facts.Readings.Add((nominal, m));
                    }

                    break;
                case MentionKind.Pronominal:
                    string word = RoleFinder.Lower(doc, m.TokenStart, m.TokenEnd);
                    if (Lexicon.FindWord(word) is { Kind: "pronoun" } p) facts.Genders.Add((p.Value, m.Start, m.End, "actors:gender-pronoun " + p.Rule));
                    break;
            }
        }

        // An organisation named after a country ("Kazakhstan" tagged ORG) becomes a place: no person roles.
        if (facts.Place?.Place.Kind == Nlp.Gazetteers.PlaceKind.Country)
            facts.Readings.RemoveAll(x => x.Mention.Kind == MentionKind.Nominal);
        foreach (var (r, _) in facts.Readings)
        {
            if (r.Gender is { } g) facts.Genders.Add((g, doc[r.GenderToken].Start, doc[r.GenderToken].End, "actors:gender-title " + r.GenderRule));
        }

        return facts;
    }

    private static bool OwnsToken(Actor actor, int token)
    {
        foreach (var m in actor.Mentions)
        {
            if (m.Kind == MentionKind.Named && m.TokenStart <= token && token < m.TokenEnd) return true;
        }

        return false;
    }

    /// <summary>"demonstrators in Almaty": a place named right after a nominal mention gives its country.</summary>
    private void TieToPlace(Doc doc, Mention m, RoleReading reading, int[] actorAt, Dictionary<string, int> countries)
    {
        int at = m.TokenEnd;
        if (at + 1 >= doc.Count || !(doc[at].Text.Equals("in", StringComparison.OrdinalIgnoreCase) || doc[at].Text.Equals("from", StringComparison.OrdinalIgnoreCase))) return;
        int start = at + 1, owner = actorAt[start];
        if (owner < 0) return;
        int end = start;
        while (end < doc.Count && actorAt[end] == owner) end++;
        if (Places.Resolve(doc, start, end, countries) is not { } link) return;
        reading.Country = link.Place.CountryCode;
        reading.CountryStart = start;
        reading.CountryEnd = end;
        reading.Touch(start, end);
    }

    private ActorCode? NameCode(Doc doc, Actor actor, ActorFacts facts)
    {
        if (facts.Place is { } place) return new ActorCode(place.CountryIso3, place.Rule, facts.PlaceMention!.TokenStart, facts.PlaceMention.TokenEnd);
        if (actor.Type == "MISC") return null;
        string? contextCountry = null;
        foreach (var (r, _) in facts.Readings)
        {
            if (r.Country is { } iso2) { contextCountry = Places.Iso3(iso2); break; }
        }

        // Every named form counts, longest first: "National Security Committee" is coded through its "KNB".
        var named = new List<Mention>();
        foreach (var m in actor.Mentions)
        {
            if (m.Kind == MentionKind.Named) named.Add(m);
        }

        named.Sort((x, y) => (y.TokenEnd - y.TokenStart).CompareTo(x.TokenEnd - x.TokenStart) is var c and not 0 ? c : x.TokenStart.CompareTo(y.TokenStart));
        var tried = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in named)
        {
            if (!tried.Add(RoleFinder.Lower(doc, m.TokenStart, m.TokenEnd))) continue;
            if (_coder.FromName(doc, actor, m, contextCountry) is { } code) return code;
        }

        // "the Kazakh government", "Russia's foreign ministry": a nominal organisation whose own words name its country.
        if (actor.Type is not ("ORG" or "GROUP")) return null;
        foreach (var (r, m) in facts.Readings)
        {
            if (m.Kind == MentionKind.Nominal && r.Country is { } iso2 && r.CountryEnd <= m.TokenEnd && r.CountryStart >= m.TokenStart
                && _coder.FromNominal(doc, m, Places.Iso3(iso2)) is { } code) return code;
        }

        // "security forces", "riot police" with no country in the text: the agent's sector alone.
        if (named.Count > 0) return null;
        foreach (var (r, m) in facts.Readings)
        {
            if (m.Kind == MentionKind.Nominal && r.Country is null && _coder.SectorOnly(doc, m) is { } sector) return sector;
        }

        return null;
    }

    private Actor Compose(Doc doc, IReadOnlyList<Actor> actors, int index, ActorFacts[] facts, int[] actorAt)
    {
        var actor = actors[index];
        var f = facts[index];
        var attributes = new List<ActorAttribute>();
        string type = actor.Type;
        if (f.Place is { } place)
        {
            PlaceLinker.AddAttributes(place, f.PlaceMention!.Start, f.PlaceMention.End, attributes);
            if (type is "ORG" or "MISC" && place.Place.Kind == Nlp.Gazetteers.PlaceKind.Country) type = "LOC";
        }

        string? textCountry = null;
        ActorCode? roleCode = null, formerCode = null;
        bool roleMarkedCurrent = false;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (r, m) in f.Readings)
        {
            int start = doc[r.Start].Start, end = doc[r.End - 1].End;
            string rule = "actors:" + r.Context;
            if (r.Role is { } role)
            {
                string? qualifier = r.OrgStart >= 0 ? OrgText(doc, r.OrgStart, r.OrgEnd)
                    : r.Country is { } c ? Places.CountryName(c) : null;
                if (seen.Add("role\t" + role + "\t" + r.Status + "\t" + qualifier))
                    attributes.Add(new ActorAttribute("role", role, start, end, rule + " " + r.RoleRule, r.Status, qualifier));
                if (r.Relation is { } relation && Other(r, actorAt, index) is int other
                    && seen.Add(relation + "\t" + actors[other].Id))
                    attributes.Add(new ActorAttribute(relation, actors[other].Id, start, end, rule + " " + r.RoleRule, r.Status, actors[other].Name));
                // The organisation's code: its actor's, or its words looked up directly ("UN Secretary-General X"
                // when the recogniser gave "UN" no actor of its own).
                var org = Other(r, actorAt, index) is int o ? facts[o].NameCode
                    : r.OrgStart >= 0 ? _coder.FromOrganisationWords(doc, r.OrgStart, r.OrgEnd) : null;
                // An ally, successor or predecessor shares no office with the other person: no code from theirs.
                bool peer = r.Relation is "ally_of" or "successor_of" or "predecessor_of";
                if (!peer && _coder.FromRole(doc, r, org, null) is { } code)
                {
                    if (r.Former) formerCode ??= code;
                    else if (roleCode is null) (roleCode, roleMarkedCurrent) = (code, r.Statuses.Contains("new") || r.Statuses.Contains("current") || r.Statuses.Contains("acting"));
                }
            }

            if (r.Age is { } age && seen.Add("age\t" + age.ToString(CultureInfo.InvariantCulture)))
            {
                attributes.Add(new ActorAttribute("age", age.ToString(CultureInfo.InvariantCulture), doc[r.AgeStart].Start, doc[r.AgeEnd - 1].End,
                    rule + " actors:age", Qualifier: doc.Info.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            }

            if (r.Country is { } iso2 && Places.Iso3(iso2) is { } iso3 && f.Place is null)
            {
                int cs = doc[r.CountryStart].Start, ce = doc[r.CountryEnd - 1].End;
                if (textCountry is null)
                {
                    textCountry = iso3;
                    attributes.Add(new ActorAttribute("country", iso3, cs, ce, rule + (r.Demonym is null ? " gazetteer:country" : " gazetteer:demonym"), Qualifier: iso2));
                }

                if (r.Demonym is { } demonym && actor.Type == "PER" && seen.Add("nationality\t" + demonym))
                    attributes.Add(new ActorAttribute("nationality", demonym, cs, ce, rule + " gazetteer:demonym", Qualifier: iso3));
            }
        }

        // A demonym actor ("Kazakh") names a country but is no place.
        if (actor.Type == "MISC" && f.Place is null && textCountry is null)
        {
            foreach (var m in actor.Mentions)
            {
                if (m.Kind != MentionKind.Named || Places.CountryOf(doc.Text.AsSpan(m.Start, m.End - m.Start)) is not { } iso2 || Places.Iso3(iso2) is not { } iso3) continue;
                attributes.Add(new ActorAttribute("country", iso3, m.Start, m.End, "gazetteer:demonym", Qualifier: iso2));
                textCountry = iso3;
                break;
            }
        }

        AddGender(f, attributes);
        // "the long-time ruler" of someone whose entry says the office ended before the document date: a past office.
        if (roleCode is not null && !roleMarkedCurrent && f.NameCode is { } entry && entry.Code != roleCode.Code
            && Array.IndexOf(entry.Past, roleCode.Code) >= 0) roleCode = null;
        var chosen = Choose(doc, f.NameCode, roleCode, formerCode);
        if (chosen is not null)
        {
            int start = doc[chosen.Start].Start, end = doc[chosen.End - 1].End;
            if (textCountry is null && f.Place is null && chosen.Country(Places) is { } cc)
                attributes.Add(new ActorAttribute("country", cc, start, end, "actors:code-country " + chosen.Rule));
            attributes.Add(new ActorAttribute("code", chosen.Code, start, end, chosen.Rule, Qualifier: chosen.Qualifier));
        }

        return actor with { Type = type, Attributes = [.. actor.Attributes.Where(a => !Owned(a.Key)), .. attributes] };
    }

    /// <summary>
    /// Precedence: a current role stated in the text, then a named entry that holds on the document date,
    /// then a former role (ELI), then the entry's latest or undated code.
    /// </summary>
    private static ActorCode? Choose(Doc doc, ActorCode? name, ActorCode? role, ActorCode? former)
    {
        if (name is not null && name.Qualifier is null) return name;
        if (role is not null) return role;
        if (name is not null && name.Qualifier?.StartsWith("holds on", StringComparison.Ordinal) == true) return name;
        if (name is not null && name.Qualifier == "country from the text") return name;
        return former ?? name;
    }

    private static void AddGender(ActorFacts f, List<ActorAttribute> attributes)
    {
        if (f.Genders.Count == 0) return;
        var first = f.Genders[0];
        foreach (var g in f.Genders)
        {
            if (g.Gender != first.Gender) return;
        }

        attributes.Add(new ActorAttribute("gender", first.Gender, first.Start, first.End, first.Rule));
    }

    /// <summary>The other actor a reading's organisation or possessor tokens name, if any.</summary>
    private static int? Other(RoleReading r, int[] actorAt, int self)
    {
        for (int t = r.OrgStart; t >= 0 && t < r.OrgEnd; t++)
        {
            if (actorAt[t] >= 0 && actorAt[t] != self) return actorAt[t];
        }

        return null;
    }

    private static string OrgText(Doc doc, int start, int end)
    {
        while (start < end && doc[start].Pos == Upos.DET) start++;
        return start < end ? doc.Text[doc[start].Start..doc[end - 1].End] : "";
    }

    /// <summary>Keys this class computes; stale values from an earlier stage are replaced.</summary>
    private static bool Owned(string key) => key is "role" or "age" or "country" or "nationality" or "gender" or "code"
        or "lat" or "lon" or "geonameid" or "feature" or "place" || key.EndsWith("_of", StringComparison.Ordinal);
}
