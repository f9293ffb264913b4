using Dossier.Text;

namespace Dossier.Extraction.Actors;

/// <summary>
/// Deterministic coreference sieves, run in order from the most to the least precise (in the spirit of
/// the Stanford multi-pass sieve); each later sieve sees the clusters the earlier ones built.
/// 1 exact name, 2 apposition and predication, 3 acronyms, 4 name variants (surname ↔ full name), 4b kind
/// descriptions ("the country", "the intelligence service"; CorefSieves.Kinds.cs), 5 same-head nominals,
/// 6 descriptions → the person or organisation they describe, 7 third-person pronouns, 7b cataphoric roles,
/// 8 first and second person by speaker. docs/actors.md describes each.
/// </summary>
internal sealed partial class CorefSieves
{
    private const int PronounWindow = 2;
    private const int DescriptionWindow = 2;
    private const int SameHeadWindow = 3;

    private readonly Doc _doc;
    private readonly List<CorefMention> _m;
    private readonly CorefClusters _clusters;
    private readonly ChildIndex? _children;
    private readonly int[] _byHead;
    private readonly int[] _paragraph;

    private readonly Func<string, (string Key, bool Curated)?>? _organisationKey;
    private readonly PlaceLinker? _places;

    /// <param name="organisationKey">The lexicon's organisation aliases (<see cref="ActorCodeLexicon.OrganisationKey"/>), or null.</param>
    /// <param name="places">The gazetteer's countries, for kind descriptions ("the kingdom"); null leaves them unresolved.</param>
    public CorefSieves(Doc doc, List<CorefMention> mentions, ChildIndex? children, Func<string, (string Key, bool Curated)?>? organisationKey = null,
        PlaceLinker? places = null)
    {
        _places = places;
        _organisationKey = organisationKey;
        _doc = doc;
        _m = mentions;
        _children = children;
        _clusters = new CorefClusters(mentions);
        _byHead = new int[doc.Count];
        Array.Fill(_byHead, -1);
        for (int i = 0; i < mentions.Count; i++)
        {
            if (_byHead[mentions[i].Head] < 0) _byHead[mentions[i].Head] = i;
        }

        _paragraph = new int[doc.SentenceCount];
        for (int s = 1; s < doc.SentenceCount; s++)
        {
            bool starts = (doc.Flags[doc.SentStart[s]] & TokenFlags.ParagraphStart) != 0;
            _paragraph[s] = _paragraph[s - 1] + (starts ? 1 : 0);
        }
    }

    public CorefClusters Clusters => _clusters;

    public void RunAll()
    {
        ExactNames();
        if (_children is not null)
        {
            Appositions();
            RoleAppositions();
            OrganisationAppositions();
            TitlesBeforeNames();
            Predicates();
        }

        Acronyms();
        OrganisationAliases();
        NameVariants();
        if (_children is null) return;
        // Before same heads: each "the country" is read in its own paragraph, and a linked one no longer chains with the rest.
        if (_places is not null)
        {
            CountryDescriptions();
            OrganisationDescriptions();
        }

        SameHeads();
        Descriptions();
        PronounsSieve();
        // After pronouns, so that "his" in "his spokesman" knows whose spokesman it is.
        CataphoricRoles();
        // After pronouns, so that "He" … "the 81-year-old" sees who "He" is.
        SalientDescriptions();
        Speakers();
    }

    /// <summary>Sieve 1: the same name (titles stripped, case folded) is the same actor.</summary>
    private void ExactNames()
    {
        var first = new Dictionary<(bool, string), int>();
        for (int i = 0; i < _m.Count; i++)
        {
            var m = _m[i];
            // Plural names ("Americans", "Senators") are mostly generic groups, not one actor each time.
            if (m.Kind != MentionKind.Named || m.NameWords.Length == 0 || m.Plural) continue;
            var key = (m.IsPerson, string.Join(' ', m.NameWords));
            if (first.TryGetValue(key, out int j)) _clusters.Link(j, i, "coref:exact-name");
            else first[key] = i;
        }
    }

    /// <summary>Sieve 2a: "Karim Massimov, the former head of …", "National Security Committee (KNB)".</summary>
    private void Appositions()
    {
        for (int i = 0; i < _m.Count; i++)
        {
            var m = _m[i];
            if (m.Kind == MentionKind.Pronominal || _doc.Deprel[m.Head] != "appos") continue;
            int g = _doc.Head[m.Head];
            if (g < 0 || _byHead[g] is not (int n and >= 0) || _m[n].Blocker || _m[n].Kind == MentionKind.Pronominal) continue;
            // "Portland, Oregon" names a place and the place it lies in, not one place twice.
            if (m.Kind == MentionKind.Named && _m[n].Kind == MentionKind.Named && (m.Type == "LOC" || _m[n].Type == "LOC")) continue;
            if (!_clusters.CanLink(n, i)) continue;
            m.Anchored = true;
            if (m.Blocker) Adopt(m, _m[n]);
            _clusters.Link(n, i, "coref:appositive");
        }
    }

    /// <summary>Sieve 2a': a role noun followed by the name in apposition ("her lawyer Maria Lindqvist"), the name being the anaphor.</summary>
    private void RoleAppositions()
    {
        for (int i = 0; i < _m.Count; i++)
        {
            var name = _m[i];
            if (name.Kind != MentionKind.Named || !name.IsPerson) continue;
            int g = _doc.Head[name.Head];
            if (g < 0 || g >= name.Start || _byHead[g] is not (int n and >= 0) || _m[n].Kind != MentionKind.Nominal) continue;
            if (_doc.Deprel[name.Head] != "appos") continue;
            if ((_m[n].Type != "PER" && !_m[n].Blocker) || !_clusters.CanLink(n, i)) continue;
            _m[n].Anchored = true;
            if (_m[n].Blocker) Adopt(_m[n], name);
            _clusters.Link(n, i, "coref:role-apposition");
        }
    }

    /// <summary>
    /// Sieve 2a''': a person description written right before a person's name ("Foreign Ministry spokesman Hong
    /// Lei", "Myanmar leader Aung San Suu Kyi") is that person's title, however the parser attached the two.
    /// </summary>
    private void TitlesBeforeNames()
    {
        for (int i = 0; i + 1 < _m.Count; i++)
        {
            var d = _m[i];
            if (d.Kind != MentionKind.Nominal || d.Type != "PER" || d.Plural || d.Anchored) continue;
            for (int j = i + 1; j < _m.Count && _m[j].Start <= d.End; j++)
            {
                var name = _m[j];
                if (name.Start != d.End || name.Kind != MentionKind.Named || !name.IsPerson || !_clusters.CanLink(i, j)) continue;
                d.Anchored = true;
                if (_clusters.Link(i, j, "coref:role-apposition")) d.Rule = "coref:role-apposition";
            }
        }
    }

    /// <summary>
    /// Sieve 2a'': an organisation description written right before an organisation's name ("the Russian-led
    /// military alliance CSTO", "the ruling party Nur Otan") describes that organisation, however the parser
    /// attached the two.
    /// </summary>
    private void OrganisationAppositions()
    {
        for (int i = 0; i + 1 < _m.Count; i++)
        {
            var d = _m[i];
            if (d.Kind != MentionKind.Nominal || d.Type != "ORG" || d.Plural) continue;
            for (int j = i + 1; j < _m.Count && _m[j].Start <= d.End; j++)
            {
                var name = _m[j];
                if (name.Start != d.End || name.Kind != MentionKind.Named || name.Type is not ("ORG" or "MISC") || !_clusters.CanLink(i, j)) continue;
                d.Anchored = true;
                if (_clusters.Link(i, j, "coref:appositive")) d.Rule = "coref:appositive";
            }
        }
    }

    /// <summary>
    /// Sieve 2b: predicates. "X is the head of …" (copula), "X is considered a close ally of Y", "X was
    /// named prime minister", "appointed X head of …" (xcomp with its controller: the object, else the subject).
    /// </summary>
    private void Predicates()
    {
        for (int i = 0; i < _m.Count; i++)
        {
            var m = _m[i];
            // A prepositional predicate ("was in the building") says where, not who.
            if (m.Kind != MentionKind.Nominal || m.Indefinite && m.Blocker && m.Plural || Negated(m.Head) || HasChild(m.Head, "case")) continue;
            int subject = -1;
            if (HasChild(m.Head, "cop")) subject = Child(m.Head, "nsubj");
            else if (_doc.Deprel[m.Head] == "xcomp" && _doc.Head[m.Head] is int g and >= 0)
                subject = Child(g, "obj") is int o and >= 0 ? o : Child(g, "nsubj:pass") is int p and >= 0 ? p : Child(g, "nsubj");
            if (subject < 0 || _byHead[subject] is not (int n and >= 0) || _m[n].Blocker || _m[n].Kind == MentionKind.Pronominal) continue;
            if (!_clusters.CanLink(n, i)) continue;
            m.Anchored = true;
            if (m.Blocker) Adopt(m, _m[n]);
            _clusters.Link(n, i, "coref:predicate");
        }
    }

    /// <summary>
    /// A noun the lexicon does not know as an actor noun ("head", "ally") that the text equates with an actor
    /// describes that actor: it takes the actor's type.
    /// </summary>
    private static void Adopt(CorefMention description, CorefMention actor)
    {
        if (actor.Type is not ("PER" or "ORG" or "GROUP") || (description.Plural != actor.Plural && actor.IsPerson)) return;
        description.Blocker = false;
        description.Type = actor.Type;
    }

    /// <summary>Sieve 3: an all-capitals name and the name whose initials it spells ("OSCE", "Organization for Security and Co-operation in Europe").</summary>
    private void Acronyms()
    {
        for (int i = 0; i < _m.Count; i++)
        {
            var a = _m[i];
            if (a.Kind != MentionKind.Named || a.IsPerson || a.End - a.Start != 1) continue;
            string letters = Letters(_doc[a.Start].Text);
            if (letters.Length is < 2 or > 8) continue;
            for (int j = 0; j < _m.Count; j++)
            {
                var b = _m[j];
                if (j == i || b.Kind != MentionKind.Named || b.IsPerson || b.End - b.Start < 2) continue;
                if (string.Equals(Initials(b), letters, StringComparison.Ordinal))
                {
                    _clusters.Link(Math.Min(i, j), Math.Max(i, j), "coref:acronym");
                    break;
                }
            }
        }
    }

    /// <summary>
    /// Sieve 3b: names the lexicon knows as one organisation ("AFP" and "Agence France-Presse", "CSTO" and
    /// "Collective Security Treaty Organization") are one actor even when the text never pairs them.
    /// organisation-aliases.tsv is trusted as it is; a Phoenix entry's aliases only when one of the two is an
    /// acronym (its other aliases are too loose to join two spelled-out names).
    /// </summary>
    private void OrganisationAliases()
    {
        if (_organisationKey is null) return;
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < _m.Count; i++)
        {
            var m = _m[i];
            if (m.Kind != MentionKind.Named || m.Type is not ("ORG" or "MISC") || m.NameWords.Length == 0) continue;
            int skip = m.NameWords[0] == "the" ? 1 : 0;
            if (_organisationKey(string.Join(' ', m.NameWords.Skip(skip))) is not { } key) continue;
            bool acronym = m.End - m.Start == 1 && Letters(_doc[m.Start].Text).Length >= 2;
            string slot = key.Curated ? key.Key : key.Key + (acronym ? "\tA" : "\tN");
            string other = key.Curated ? key.Key : key.Key + (acronym ? "\tN" : "\tA");
            if (first.TryGetValue(other, out int j)) _clusters.Link(Math.Min(i, j), Math.Max(i, j), "coref:alias");
            first.TryAdd(slot, i);
        }
    }

    /// <summary>
    /// Sieve 4: a surname alone joins the one full name that ends in it, before or after it; with two full
    /// names sharing the surname ("Bill Clinton", "Hillary Clinton") the surname stays unresolved.
    /// </summary>
    private void NameVariants()
    {
        var full = new Dictionary<string, (string Key, int Mention, bool Ambiguous)>(StringComparer.Ordinal);
        for (int i = 0; i < _m.Count; i++)
        {
            var m = _m[i];
            if (m.Kind != MentionKind.Named || !m.IsPerson || m.NameWords.Length < 2) continue;
            string surname = m.NameWords[^1], key = string.Join(' ', m.NameWords);
            if (!full.TryGetValue(surname, out var f)) full[surname] = (key, i, false);
            else if (f.Key != key && !_clusters.Same(f.Mention, i)) full[surname] = (f.Key, f.Mention, true);
        }

        for (int i = 0; i < _m.Count; i++)
        {
            var m = _m[i];
            if (m.Kind != MentionKind.Named || !m.IsPerson || m.NameWords.Length == 0) continue;
            if (full.TryGetValue(m.NameWords[^1], out var f) && !f.Ambiguous)
                _clusters.Link(Math.Min(i, f.Mention), Math.Max(i, f.Mention), "coref:name-variant");
        }
    }

    /// <summary>
    /// Sieve 6: a definite description joins a named actor. An age ("the 56-year-old") goes to the person
    /// stated to have that age; a person description to the named person whose mentions share its head noun
    /// ("the president" … "President X"), or a name inside it ("the former KNB boss" … "head of the KNB")
    /// when only one person has that name beside them. Otherwise an age, or a definite description that is a
    /// subject, goes to the most salient named person of the last sentences that agrees (gender, age), or stays
    /// unresolved when several agree and none is preferred (<see cref="SalientPerson"/>). An
    /// organisation noun ("the ministry") joins the latest organisation whose name holds that noun.
    /// </summary>
    private void Descriptions()
    {
        for (int i = 0; i < _m.Count; i++)
        {
            var m = _m[i];
            if (m.Kind != MentionKind.Nominal || m.Blocker || m.Indefinite || m.Plural || m.Anchored || _clusters.HasNamed(i)) continue;
            string head = m.HeadLemma;
            if (m.Type == "ORG")
            {
                // "the interior ministry" is not the Foreign Ministry: a description of a kind needs an organisation of it.
                if (m.Definite && LatestNamed(i, j => Array.IndexOf(_m[j].NameWords, head) >= 0 && (m.Classes.Length == 0 || Array.IndexOf(_m[j].Classes, m.Classes[0]) >= 0)) is int org and >= 0)
                    _clusters.Link(org, i, "coref:description");
                continue;
            }

            if (m.Type != "PER") continue;
            int best = m.Age > 0 ? LatestNamed(i, j => _m[j].IsPerson && _clusters.AgeOf(j) == m.Age) : -1;
            if (best < 0) best = RoleMatch(i);
            if (best < 0) best = LatestNamed(i, j => _m[j].IsPerson && _clusters.Said(j, head) && !RoleConflict(j, m));
            if (best < 0 && UniqueNamedWithName(i) is int named and >= 0 && !RoleConflict(named, m)) best = named;
            if (best >= 0) _clusters.Link(best, i, "coref:description");
        }
    }

    /// <summary>
    /// Sieve 6d, after pronouns: an age, or a definite description that is a subject, not tied to a name by
    /// the lexical rules goes to the most salient person that agrees (<see cref="SalientPerson"/>).
    /// </summary>
    private void SalientDescriptions()
    {
        for (int i = 0; i < _m.Count; i++)
        {
            var m = _m[i];
            if (m.Kind != MentionKind.Nominal || m.Blocker || m.Indefinite || m.Plural || m.Anchored || m.Type != "PER" || _clusters.HasNamed(i)) continue;
            // "his spokesman" … "the spokesman": a relation to someone (usually the salient person), never that person.
            if (!(m.IsAge || (m.Definite && m.IsSubject)) || AnyPossessed(i)) continue;
            // An office ("the minister") or an age says who; "the victim", "the group" say too little to guess.
            if (!m.IsAge && !m.Role && m.Roles.Length == 0) continue;
            if (SalientPerson(i) is int c and >= 0) _clusters.Link(c, i, "coref:description");
        }
    }

    /// <summary>
    /// Sieve 6b': a role description ("the Kazakh President", "the former KNB boss", "the new ruler") joins the
    /// person named earlier whose stated roles share an office class with its role noun (role-classes.tsv:
    /// ruler ~ president ~ head of state, boss ~ head ~ chief) and agree with it: "former" needs a former
    /// holder, "new"/"current" one who holds it and was never called former; its country must be the
    /// person's, its organisation the role's. A co-argument of its own verb ("the new ruler conferred with
    /// X") is never the referent. The best-matching person wins (country and organisation agreeing, a
    /// current holder over a former one for an unmarked description); a tie leaves it to the next rules.
    /// </summary>
    private int RoleMatch(int i)
    {
        var m = _m[i];
        // "the Kazakh President", "Kazakhstan's new leader"; not a bare title ("director at Y") nor a relation ("his successor").
        if (m.Roles.Length == 0 || !((m.Definite && !m.Possessed) || PlacePossessor(m))) return -1;
        int best = -1, bestRank = -1;
        bool tie = false;
        var seen = new HashSet<int>();
        for (int j = i - 1; j >= 0; j--)
        {
            var x = _m[j];
            if (x.Kind != MentionKind.Named || !x.IsPerson || x.End > m.Start || !seen.Add(_clusters.Find(j))) continue;
            if (!_clusters.CanLink(j, i) || CoArgument(j, m)) continue;
            int rank = RoleRank(j, m.Roles[0]);
            if (rank < 0) continue;
            if (rank > bestRank) (best, bestRank, tie) = (j, rank, false);
            else if (rank == bestRank) tie = true;
        }

        return tie ? -1 : best;
    }

    /// <summary>
    /// How well cluster c's roles fit the description's role d: -1 when they do not (no role of d's class, a
    /// status, country or organisation that contradicts it), else a rank: +1 a current holder, +2 the same
    /// country, +4 the same organisation.
    /// </summary>
    private int RoleRank(int c, RoleFact d)
    {
        bool any = false, held = false, holds = false, orgKnown = false, orgMatch = false;
        foreach (int k in _clusters.Members(c))
        {
            foreach (var f in _m[k].Roles)
            {
                if (!f.SharesClass(d)) continue;
                any = true;
                if (f.Former) held = true;
                else holds = true;
                if (d.Org is null || f.Org is null) continue;
                orgKnown = true;
                orgMatch |= f.Org == d.Org || (f.OrgMention >= 0 && d.OrgMention >= 0 && _clusters.Same(f.OrgMention, d.OrgMention));
            }
        }

        if (!any || CountryConflict(c, d) || (orgKnown && !orgMatch)) return -1;
        bool current = holds && !held;
        if ((d.Former && !held) || (d.Current && !current)) return -1;
        return (current ? 1 : 0) + (d.Country is not null && Countries(c).Contains(d.Country) ? 2 : 0) + (orgMatch ? 4 : 0);
    }

    /// <summary>
    /// True when description m states a role that cluster c's own roles or country contradict: a country of its
    /// own, an office of the class held with another status, or only offices of other classes ("the treasury
    /// secretary" is not the person the text calls president).
    /// </summary>
    private bool RoleConflict(int c, CorefMention m)
    {
        if (m.Roles.Length == 0) return false;
        var d = m.Roles[0];
        if (CountryConflict(c, d)) return true;
        bool any = false;
        foreach (int k in _clusters.Members(c))
        {
            foreach (var f in _m[k].Roles)
            {
                if (f.SharesClass(d)) return RoleRank(c, d) < 0;
                any = true;
            }
        }

        return any;
    }

    /// <summary>"Kazakhstan's President": the phrase's possessor is a named place.</summary>
    private bool PlacePossessor(CorefMention m)
    {
        if (!m.Possessed) return false;
        int p = Possessor(m.Head);
        return p >= 0 && _m[p].Kind == MentionKind.Named && _m[p].Type == "LOC";
    }

    private bool CountryConflict(int c, RoleFact d)
    {
        if (d.Country is null) return false;
        var countries = Countries(c);
        return countries.Count > 0 && !countries.Contains(d.Country);
    }

    /// <summary>The countries (ISO-3) a cluster's roles and lexicon entries give it.</summary>
    private HashSet<string> Countries(int c)
    {
        var countries = new HashSet<string>(StringComparer.Ordinal);
        foreach (int k in _clusters.Members(c))
        {
            if (_m[k].NameCountry is { } n) countries.Add(n);
            foreach (var f in _m[k].Roles)
            {
                if (f.Country is { } fc) countries.Add(fc);
            }
        }

        return countries;
    }

    /// <summary>True when a member of c's cluster depends on the same word as m ("the new ruler conferred with X": X is not the ruler).</summary>
    private bool CoArgument(int c, CorefMention m)
    {
        foreach (int k in _clusters.Members(c))
        {
            var x = _m[k];
            if (x.Sentence == m.Sentence && x != m && _doc.Head[x.Head] == _doc.Head[m.Head] && _doc.Head[m.Head] >= 0) return true;
        }

        return false;
    }

    /// <summary>
    /// The named person a bare description ("the 74-year-old") most plausibly continues, or -1. Candidates come in
    /// salience order (<see cref="Candidates"/>) and must agree (gender, age). The subject of a clause that holds
    /// the description ("His lawyer said the 74-year-old …") is left out: a speaker or agent is not described
    /// by a noun phrase inside its own clause. With one candidate person it is taken; with several, only when the
    /// first is a subject (the topic: "Jones replaced Brown. … the 60-year-old" → Jones); otherwise the evidence
    /// is weak and the description stays unresolved: a wrong link costs more than a missing one.
    /// </summary>
    private int SalientPerson(int i)
    {
        if (RelayedPerson(i) is int relayed and >= 0) return relayed;
        int first = -1;
        bool subject = false;
        foreach (int c in Candidates(i, DescriptionWindow))
        {
            var x = _m[c];
            if (x.Plural || x.Possessed || _clusters.TypeOf(c) != "PER" || !_clusters.HasNamed(c)) continue;
            if (!_clusters.CanLink(c, i) || CommandsFrom(c, _m[i].Head) || RoleConflict(c, _m[i])) continue;
            if (first < 0)
            {
                (first, subject) = (c, x.IsSubject || AppositionOfSubject(x.Head));
                continue;
            }

            if (!_clusters.Same(first, c)) return subject ? first : -1;
        }

        return first;
    }

    /// <summary>
    /// The person a relay is about: when the subject of a clause above the description is someone's relation
    /// ("his spokesman", "Lee's lawyer" … "denied that the 81-year-old …"), the description is that someone
    /// (a spokesman or lawyer speaks about the person they speak for), if a named person agrees; else -1.
    /// </summary>
    private int RelayedPerson(int i)
    {
        int t = _m[i].Head;
        for (int a = _doc.Head[t], steps = 0; a >= 0 && steps < 32; a = _doc.Head[a], steps++)
        {
            foreach (int k in _children!.Of(a))
            {
                if (k == t || !_doc.Deprel[k].StartsWith("nsubj", StringComparison.Ordinal) || _byHead[k] is not (int n and >= 0)) continue;
                foreach (int member in _clusters.Members(n))
                {
                    if (!_m[member].Possessed || Possessor(_m[member].Head) is not (int p and >= 0)) continue;
                    if (_clusters.TypeOf(p) == "PER" && _clusters.HasNamed(p) && !_clusters.Same(p, n) && _clusters.CanLink(p, i) && !RoleConflict(p, _m[i]))
                        return p;
                }
            }

            t = a;
        }

        return -1;
    }

    /// <summary>The mention that possesses the phrase headed by <paramref name="head"/> ("his" in "his spokesman"), or -1.</summary>
    private int Possessor(int head)
    {
        foreach (int c in _children!.Of(head))
        {
            if (_doc.Deprel[c] == "nmod:poss" && _byHead[c] is int n and >= 0) return n;
        }

        return -1;
    }

    /// <summary>
    /// "In X, the former head …, Jan Olsen, was arrested": a phrase in apposition to the subject (however deep) is
    /// the subject too, and so is one in apposition to a phrase before a verb that has no subject (the parser's
    /// attachment of the fronted phrase to "X" leaves the passive without one).
    /// </summary>
    private bool AppositionOfSubject(int t)
    {
        if (_doc.Deprel[t] != "appos") return false;
        for (int steps = 0; t >= 0 && steps < 8 && _doc.Deprel[t] is "appos" or "flat"; steps++) t = _doc.Head[t];
        if (t < 0) return false;
        if (_doc.Deprel[t].StartsWith("nsubj", StringComparison.Ordinal)) return true;
        int verb = _doc.Head[t];
        return verb > t && _doc.Pos[verb] == Upos.VERB && Child(verb, "nsubj") < 0 && Child(verb, "nsubj:pass") < 0;
    }

    /// <summary>True when a member of c's cluster is the subject of a clause above token t ("X said [the 60-year-old …]").</summary>
    private bool CommandsFrom(int c, int t)
    {
        for (int a = _doc.Head[t], steps = 0; a >= 0 && steps < 32; a = _doc.Head[a], steps++)
        {
            foreach (int k in _children!.Of(a))
            {
                if (k == t || !_doc.Deprel[k].StartsWith("nsubj", StringComparison.Ordinal) || _byHead[k] is not (int n and >= 0)) continue;
                if (_clusters.Same(n, c)) return true;
            }

            t = a;
        }

        return false;
    }

    private bool AnyPossessed(int i)
    {
        foreach (int k in _clusters.Members(i))
        {
            if (_m[k].Possessed) return true;
        }

        return false;
    }

    /// <summary>The latest named mention before mention i that satisfies <paramref name="test"/>, or -1.</summary>
    private int LatestNamed(int i, Func<int, bool> test)
    {
        for (int j = i - 1; j >= 0; j--)
        {
            if (_m[j].Kind == MentionKind.Named && _m[j].End <= _m[i].Start && test(j)) return j;
        }

        return -1;
    }

    /// <summary>
    /// The one person cluster before mention i whose mentions share a name word with the description's own
    /// proper-noun modifiers ("KNB" in "the former KNB boss"), or -1 when none or several do.
    /// </summary>
    private int UniqueNamedWithName(int i)
    {
        var m = _m[i];
        int found = -1;
        for (int t = m.Start; t < m.End; t++)
        {
            if (_doc.Head[t] != m.Head || _doc.Deprel[t] != "compound" || _doc.Pos[t] != Upos.PROPN) continue;
            string word = MentionFinder.LemmaOf(_doc, t);
            for (int j = 0; j < i; j++)
            {
                var x = _m[j];
                if (x.Kind != MentionKind.Named || !x.IsPerson || !_clusters.Said(j, word)) continue;
                if (found >= 0 && !_clusters.Same(found, j)) return -1;
                found = j;
            }
        }

        return found;
    }

    /// <summary>
    /// Sieve 5: the same noun again, adding no new modifier: "the ministry" … "the ministry" anywhere in the document,
    /// a group ("demonstrators" … "the demonstrators") only within three sentences or the same paragraph. Non-actor
    /// phrases ("the study" … "this study") are linked the same way, so pronouns and scores see whole chains.
    /// </summary>
    private void SameHeads()
    {
        for (int i = 0; i < _m.Count; i++)
        {
            var m = _m[i];
            if (m.Kind != MentionKind.Nominal || m.Indefinite || m.Anchored) continue;
            string head = m.HeadLemma;
            for (int j = i - 1; j >= 0; j--)
            {
                var x = _m[j];
                // Crowds come and go: a group noun ("demonstrators") repeats the same group only nearby.
                if (m.Type == "GROUP" && !m.Collective && x.Sentence < m.Sentence - SameHeadWindow && _paragraph[x.Sentence] != _paragraph[m.Sentence]) break;
                if (x.Kind != MentionKind.Nominal || x.Blocker != m.Blocker || x.Plural != m.Plural || x.End > m.Start) continue;
                if (!string.Equals(x.HeadLemma, head, StringComparison.Ordinal) || StatusesDiffer(x, m)) continue;
                bool adds = false;
                foreach (var w in m.Words) adds |= !_clusters.Said(j, w);
                if (!adds && _clusters.Link(j, i, "coref:same-head")) break;
            }
        }
    }

    /// <summary>"the long-time ruler" … "the new ruler", "the president" … "the former president": a different status, a different holder.</summary>
    private static bool StatusesDiffer(CorefMention a, CorefMention b)
    {
        bool aFormer = a.Roles.Length > 0 && a.Roles[0].Former, bFormer = b.Roles.Length > 0 && b.Roles[0].Former;
        bool aCurrent = a.Roles.Length > 0 && a.Roles[0].Current, bCurrent = b.Roles.Length > 0 && b.Roles[0].Current;
        return aFormer != bFormer || aCurrent != bCurrent;
    }

    /// <summary>
    /// Sieve 7: third-person pronouns. The first earlier phrase in salience order (this sentence, subjects
    /// first, then the previous sentences) that agrees in gender, number and animacy is the antecedent; when
    /// it is no actor (a "road" for "it") the pronoun stays unresolved. Reflexives take their clause's subject.
    /// </summary>
    private void PronounsSieve()
    {
        for (int i = 0; i < _m.Count; i++)
        {
            var m = _m[i];
            if (m.Kind != MentionKind.Pronominal || (m.Pronoun & (Pronouns.Kind.First | Pronouns.Kind.Second)) != 0) continue;
            if ((m.Pronoun & Pronouns.Kind.Reflexive) != 0)
            {
                if (_doc.Head[m.Head] is int g and >= 0 && Child(g, "nsubj") is int s and >= 0 && _byHead[s] is int n and >= 0 && Agrees(m, n) == true)
                    _clusters.Link(n, i, "coref:reflexive");
                continue;
            }

            foreach (int c in Candidates(i, PronounWindow))
            {
                if (BoundToCluster(m, c)) continue;
                if (Agrees(m, c) == true && _clusters.Link(c, i, "coref:pronoun")) break;
            }
        }
    }

    /// <summary>True: a possible antecedent (an actor, or for "it" and "they" also a thing); null: skip it.</summary>
    private bool? Agrees(CorefMention p, int c)
    {
        var x = _m[c];
        if ((x.Pronoun & (Pronouns.Kind.First | Pronouns.Kind.Second)) != 0) return null;
        string type = _clusters.TypeOf(c);
        var gender = _clusters.GenderOf(c);
        if ((p.Pronoun & (Pronouns.Kind.Masculine | Pronouns.Kind.Feminine)) != 0)
        {
            // An earlier "he" that found no name is still the same "he".
            if (x.Kind == MentionKind.Pronominal && type.Length == 0) return x.Gender == p.Gender ? true : null;
            if (x.Blocker || x.Plural || type != "PER") return null;
            return gender == Gender.Unknown || gender == p.Gender ? true : null;
        }

        if ((p.Pronoun & Pronouns.Kind.Neuter) != 0)
        {
            if (x.Plural || type is "PER" or "GROUP") return null;
            if (x.Kind == MentionKind.Pronominal && (x.Pronoun & Pronouns.Kind.Neuter) == 0) return null;
            return x.Blocker || type is "ORG" or "MISC" or "LOC" ? true : null;
        }

        // they / them / their: groups, plural nouns, and organisations (which English also calls "they").
        if (type == "PER") return null;
        if (x.Kind == MentionKind.Pronominal) return (x.Pronoun & Pronouns.Kind.Plural) != 0 ? true : null;
        if (x.Blocker) return x.Plural ? true : null;
        return x.Plural || type is "ORG" or "GROUP" ? true : null;
    }

    /// <summary>
    /// Sieve 8: first and second person. "I", "me", "my" … are one speaker within one quotation, and the narrator
    /// outside quotations; likewise "we" and "you". Quotations are the spans between quotation marks.
    /// </summary>
    private void Speakers()
    {
        var quote = QuoteSegments();
        var first = new Dictionary<(Pronouns.Kind, int), int>();
        for (int i = 0; i < _m.Count; i++)
        {
            var m = _m[i];
            var person = m.Pronoun & (Pronouns.Kind.First | Pronouns.Kind.Second | Pronouns.Kind.Plural);
            if (m.Kind != MentionKind.Pronominal || (person & (Pronouns.Kind.First | Pronouns.Kind.Second)) == 0) continue;
            var key = (person, quote[m.Head]);
            if (first.TryGetValue(key, out int j)) _clusters.Link(j, i, "coref:speaker");
            else first[key] = i;
        }
    }

    /// <summary>Each token's quotation (numbered from 0 in text order), or -1 outside quotation marks.</summary>
    private int[] QuoteSegments()
    {
        var quote = new int[_doc.Count];
        int current = -1, count = 0;
        for (int t = 0; t < _doc.Count; t++)
        {
            var text = _doc[t].Text;
            bool mark = text.Length == 1 && text[0] is '"' or '\u201C' or '\u201D' or '\u00AB' or '\u00BB';
            if (mark)
            {
                bool opens = text[0] is '\u201C' or '\u00AB' || (text[0] == '"' && current < 0);
                quote[t] = current = opens ? count++ : -1;
                if (!opens) quote[t] = -1;
                continue;
            }

            quote[t] = current;
        }

        return quote;
    }

    private bool BoundToCluster(CorefMention p, int c)
    {
        foreach (int k in _clusters.Members(c))
        {
            if (Bound(p, _m[k])) return true;
        }

        return false;
    }

    /// <summary>A pronoun cannot take an antecedent that contains it ("his successor") or a co-argument of its own verb ("X praised him").</summary>
    private bool Bound(CorefMention p, CorefMention x)
    {
        // Within the antecedent's phrase, its trimmed tail included ("negotiations with them").
        if ((x.Start <= p.Head && p.Head < x.End) || (x.Kind != MentionKind.Pronominal && _doc.LeftEdge[x.Head] <= p.Head && p.Head <= _doc.RightEdge[x.Head])) return true;
        return _doc.Head[x.Head] == _doc.Head[p.Head] && _doc.Deprel[p.Head] != "nmod:poss";
    }

    /// <summary>
    /// Earlier mentions in salience order: this sentence's subjects, then its other mentions nearest first,
    /// then each previous sentence (up to <paramref name="window"/> back) subjects first, then left to right.
    /// </summary>
    private List<int> Candidates(int i, int window)
    {
        var m = _m[i];
        var order = new List<int>();
        for (int pass = 0; pass < 2; pass++)
        {
            for (int j = i - 1; j >= 0 && _m[j].Sentence == m.Sentence; j--)
            {
                if (_m[j].Head < m.Head && _m[j].IsSubject == (pass == 0)) order.Add(j);
            }
        }

        int k = i - 1;
        while (k >= 0 && _m[k].Sentence == m.Sentence) k--;
        for (int s = m.Sentence - 1; s >= Math.Max(0, m.Sentence - window); s--)
        {
            int first = k;
            while (first >= 0 && _m[first].Sentence == s) first--;
            for (int pass = 0; pass < 2; pass++)
            {
                for (int j = first + 1; j <= k; j++)
                {
                    if (_m[j].IsSubject == (pass == 0)) order.Add(j);
                }
            }

            k = first;
        }

        return order;
    }

    private bool Negated(int head)
    {
        foreach (int c in _children!.Of(head))
        {
            if (_doc.Deprel[c] == "advmod" && MentionFinder.LemmaOf(_doc, c) is "not" or "never" or "n't") return true;
        }

        return false;
    }

    private bool HasChild(int head, string deprel) => Child(head, deprel) >= 0;

    private int Child(int head, string deprel)
    {
        foreach (int c in _children!.Of(head))
        {
            if (_doc.Deprel[c] == deprel) return c;
        }

        return -1;
    }

    private static string Letters(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[16];
        int n = 0;
        foreach (char c in text)
        {
            if (c == '.') continue;
            if (!char.IsUpper(c) || n == buffer.Length) return "";
            buffer[n++] = c;
        }

        return new string(buffer[..n]);
    }

    /// <summary>Initials of a name's capitalised words, skipping function words ("Organization for Security and …" → "OS…").</summary>
    private string Initials(CorefMention b)
    {
        Span<char> buffer = stackalloc char[16];
        int n = 0;
        for (int t = b.Start; t < b.End && n < buffer.Length; t++)
        {
            var w = _doc[t].Text;
            if (w.Length > 0 && char.IsUpper(w[0])) buffer[n++] = w[0];
        }

        return new string(buffer[..n]);
    }
}
