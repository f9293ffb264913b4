using Dossier.Nlp.Entities;
using Dossier.Text;

namespace Dossier.Extraction.Events;

/// <summary>Per-document state of the event extractor: token → actor map and the resolution of one event's fields.</summary>
internal sealed class EventContext
{
    private static readonly EventRole s_nsubj = new("nsubj", null);
    private static readonly EventRole s_obj = new("obj", null);
    private static readonly EventRole s_passiveSubject = new("nsubj:pass", null);
    private static readonly EventRole s_agent = new("obl", "by");
    private static readonly EventRole s_nounAgent = new("nmod", "by");
    private static readonly EventRole s_nounOf = new("nmod", "of");

    private readonly Doc _doc;
    private readonly EventLexicon _lexicon;
    private readonly int[] _actorOf;
    private readonly bool[] _inTimex;
    private readonly EventSetting _setting;

    public EventContext(Doc doc, EventLexicon lexicon)
    {
        _doc = doc;
        _lexicon = lexicon;
        _setting = new EventSetting(doc);
        _actorOf = new int[doc.Count];
        Array.Fill(_actorOf, -1);
        for (int a = 0; a < doc.Actors.Count; a++)
        {
            foreach (var m in doc.Actors[a].Mentions)
            {
                if (m.Kind != Actors.MentionKind.Named) continue;
                for (int t = m.TokenStart; t < m.TokenEnd && t < doc.Count; t++) _actorOf[t] = a;
            }
        }

        // "Tuesday's bombing": a date word is never an actor, though it is a proper noun or a possessor.
        _inTimex = new bool[doc.Count];
        foreach (var timex in doc.Timexes)
        {
            int first = FirstTokenAt(doc, timex.Span.Start);
            for (int t = first; t < doc.Count && doc.Start[t] < timex.Span.End; t++) _inTimex[t] = true;
        }

        // Descriptions and pronouns map by their head only, so "the head of the KNB" leaves KNB's tokens to KNB.
        for (int a = 0; a < doc.Actors.Count; a++)
        {
            foreach (var m in doc.Actors[a].Mentions)
            {
                if (m.Kind != Actors.MentionKind.Named && m.Head < doc.Count && _actorOf[m.Head] < 0) _actorOf[m.Head] = a;
            }
        }
    }

    /// <summary>The first token starting at or after the offset (binary search over the token starts).</summary>
    private static int FirstTokenAt(Doc doc, int offset)
    {
        int lo = 0, hi = doc.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (doc.Start[mid] < offset) lo = mid + 1;
            else hi = mid;
        }

        return lo;
    }

    /// <summary>Adds the trigger's events (one per source × target pair); returns how many were added.</summary>
    public int Emit(EventTree tree, int trigger, EventRule rule, List<EventRecord> events)
    {
        int before = events.Count;
        var sources = new List<int>();
        var targets = new List<int>();
        if (!FindArguments(tree, trigger, rule, sources, targets)) return 0;
        sources.RemoveAll(a => !IsActorLike(tree, a));
        // Only material conflict (quad class 4) may target places and property ("stormed the building"):
        // one does not meet, criticise or back "the findings", so such fillers are dropped.
        if (rule.NeedsTarget || rule.Mode.QuadClass != 4) targets.RemoveAll(a => !IsActorLike(tree, a));
        targets.RemoveAll(a => IsDateline(tree, a));
        if (!rule.Bare && sources.Count == 0 && targets.Count == 0) return 0;
        if ((rule.NeedsSource && sources.Count == 0) || (rule.NeedsTarget && targets.Count == 0)) return 0;
        if (sources.Count == 0) sources.Add(-1);
        if (targets.Count == 0) targets.Add(-1);

        var evidence = Clause(trigger, sources, targets);
        int location = FindLocation(tree, trigger);
        var (negated, modality, attributedTo, attributedText, quoteId) = Standing(tree, trigger);
        var (date, dateBasis, dateTimex) = _setting.Date(tree, trigger);
        var figures = FiguresIn(evidence);
        string? stated = location >= 0 ? ActorId(location, place: true) : null;
        foreach (int s in sources)
        {
            foreach (int t in targets)
            {
                if (s >= 0 && t >= 0 && (s == t || (ActorId(s) is { } a && a == ActorId(t)))) continue;
                // No place in the sentence: the document's focus country when an actor of the event belongs to it,
                // marked as such (eval scores only stated places).
                string? place = stated ?? _setting.FocusPlaceOf(ActorOf(s), ActorOf(t), rule.Mode.QuadClass, rule.Mode.Type);
                string? placeBasis = place is null ? null : stated is not null ? EventSetting.TextBasis : EventSetting.DocumentBasis;
                events.Add(new EventRecord(EventExtractor.Format(events.Count + 1), rule.Mode.Type, rule.Mode.Mode,
                    rule.Cameo, ActorId(s), ActorId(t), place, date, negated, modality, attributedTo,
                    evidence, rule.Id, Phrase(s), Phrase(t), Phrase(location), figures, rule.Mode.QuadClass,
                    dateBasis, dateTimex, placeBasis, attributedText, quoteId));
            }
        }

        return events.Count - before;
    }

    /// <summary>Fills the source and target candidates; false when the trigger codes no event (violence of a natural cause).</summary>
    private bool FindArguments(EventTree tree, int trigger, EventRule rule, List<int> sources, List<int> targets)
    {
        if (rule.Between is { } between)
        {
            int first = tree.Find(trigger, between);
            // "a fight erupted between X and Y": the phrase may hang on the verb the noun is the subject of.
            if (first < 0 && _doc.Deprel[trigger] == "nsubj" && _doc.Head[trigger] >= 0)
                first = tree.Find(_doc.Head[trigger], new EventRole("obl", between.Case));
            if (first >= 0)
            {
                var pair = new List<int>();
                tree.AddWithConjuncts(first, pair);
                sources.Add(pair[0]);
                for (int i = 1; i < pair.Count; i++) targets.Add(pair[i]);
                // "clashes between rival gangs": one plural side is the source, with no separate target.
                return true;
            }
        }

        bool complement = !rule.Noun && IsParticipleComplement(tree, trigger);
        // "a hunt for three UN workers kidnapped last month" parsed as a clause whose subject is "workers".
        int modified = rule.Noun ? -1 : SubjectInPhrase(tree, trigger);
        bool passive = !rule.Noun && (complement || modified >= 0 || tree.IsPassive(trigger) || IsReducedPassive(tree, trigger) || IsHeadlinePassive(tree, trigger));
        int source = FirstRole(tree, trigger, rule.Sources, passive);
        // "two soldiers were reported killed": the controller of a participle complement is what was done to.
        int inherited = source < 0 ? InheritedSource(tree, trigger, rule.Noun) : -1;
        // A subject shared with a clause above is the doer in the active only: "X arrived and was arrested",
        // "…, allies of his predecessor are arrested" (parsed as a clause of the first) give no source.
        if (!complement && !passive) source = source < 0 ? inherited : source;
        // "a news conference with visiting Prime Minister X": a participle the parser read as a with-clause is an
        // adjective, and the noun it modifies does the act.
        bool withAdjective = !rule.Noun && IsWithParticiple(tree, trigger);
        if (withAdjective) source = tree.Find(trigger, s_obj);
        // "U.S. sanctions against Russia", "Iranian demands": a name modifying a verbal or coercive noun is its doer
        // (for attacks it is as often the place or target: "Syria strikes", "police bombing").
        // "the attacks carried out by ISIS": the by-agent of a light verb's participle on the noun does its act.
        if (source < 0 && rule.Noun) source = AgentOfLightParticiple(tree, trigger);
        if (source < 0 && rule.Noun && rule.Mode.Type != "ASSAULT") source = NamedModifier(tree, trigger);
        // "an Israeli airstrike", "Palestinian protests": a nationality adjective names the doer (not for sanctions:
        // "Iran sanctions", "Russian sanctions" are as often aimed at that country).
        if (source < 0 && rule.Noun && rule.Mode.Type != "SANCTION") source = NationalityModifier(trigger);
        if (source >= 0 && InLocativePhrase(source)) source = -1;
        if (!rule.Noun && rule.Mode.Type == "ASSAULT" && (source >= 0 && IsNonActorCause(tree, source) || IsMishap(tree, trigger, source, passive))) return false;
        int target = withAdjective ? -1 : FirstRole(tree, trigger, rule.Targets, passive);
        // "an attack by two gunmen on the offices": the parser hangs the target's on-phrase on the by-agent.
        if (target < 0 && rule.Noun && source >= 0 && _doc.Head[source] == trigger) target = TargetOnAgent(tree, source, rule.Targets);
        // "imposed sanctions on Russia", "launched dozens of missiles at the base": the parser hangs the verb's target
        // phrase on its object.
        if (target < 0 && !rule.Noun && !passive && tree.Find(trigger, s_obj) is >= 0 and var obj) target = TargetOnObject(tree, obj, rule.Targets);
        // "launched attacks into Syria": the target phrase of a light verb's nominal act hangs on the verb.
        if (target < 0 && rule.Noun && _doc.Deprel[trigger] == "obj" && _doc.Head[trigger] is >= 0 and var light
            && _lexicon.LightVerbs.Contains(_doc.Lemma[light])) target = TargetOnLightVerb(tree, light, rule.Targets);
        if (target < 0 && complement) target = inherited;
        if (target < 0 && passive && tree.IsPassive(trigger) && tree.Find(trigger, s_passiveSubject) < 0)
        {
            // "X stormed the building and were arrested": a coordinated passive's shared subject is what was done to.
            int orphan = OrphanSubject(tree, trigger, out bool ownSubject);
            target = _doc.Deprel[trigger] == "conj" && !ownSubject ? inherited : orphan;
        }
        if (target < 0 && !rule.Noun && IsHeadlinePassive(tree, trigger))
        {
            target = tree.Find(trigger, s_nsubj);
            if (source == target) source = -1;
        }
        // "threats to destroy North Korea", "threatened to attack Iran": a threat is aimed at what the threatened act is done to.
        if (target < 0 && rule.Mode.Type == "THREATEN") target = ThreatenedObject(tree, trigger);
        if (target < 0 && modified >= 0) target = modified;
        // "aid worker Margaret Hassan, kidnapped in Iraq": a participle clause's noun is what was done to.
        if (target < 0 && IsReducedPassive(tree, trigger)) target = _doc.Head[trigger];
        if (source >= 0 && IsRelativePronoun(source)) source = Antecedent(tree, trigger, source);
        if (source >= 0) tree.AddWithConjuncts(TitledName(source), sources);
        if (target >= 0) tree.AddWithConjuncts(TitledName(target), targets);
        return true;
    }

    /// <summary>
    /// A past form whose "subject" carries a preposition ("for three UN workers kidnapped last month"): a subject never
    /// does, so the tagger made a participle modifying that noun a clause of its own; the noun is what was done to.
    /// </summary>
    private int SubjectInPhrase(EventTree tree, int verb)
    {
        if (_doc.Xpos[verb] is not ("VBD" or "VBN") || tree.Child(verb, "aux") >= 0 || tree.Child(verb, "aux:pass") >= 0
            || HasNominalObject(tree, verb)) return -1;
        int subject = tree.Find(verb, s_nsubj);
        return subject >= 0 && tree.Child(subject, "case") is >= 0 and var preposition && _doc.Pos[preposition] == Upos.ADP ? subject : -1;
    }

    /// <summary>
    /// "GOP Leader Kevin McCarthy", "EU transport and energy commissioner Loyola de Palacio": a title noun whose name
    /// follows it without a comma (parsed as its apposition) stands for that name; a coordination inside the title
    /// ("transport and energy commissioner") is no pair of actors.
    /// </summary>
    private int TitledName(int noun)
    {
        if (_doc.Pos[noun] != Upos.NOUN) return noun;
        for (int c = noun + 1; c <= _doc.RightEdge[noun]; c++)
        {
            if (_doc.Head[c] == noun && _doc.Deprel[c] == "appos" && _doc.Pos[c] == Upos.PROPN && _doc.Pos[c - 1] != Upos.PUNCT && !_inTimex[c]) return c;
        }

        return noun;
    }

    /// <summary>"with visiting British Prime Minister X": a present participle right after "with", without subject.</summary>
    private bool IsWithParticiple(EventTree tree, int verb) =>
        _doc.Deprel[verb] == "advcl" && _doc.Xpos[verb] == "VBG" && verb > tree.Start && _doc.Head[verb - 1] == verb
        && _doc.Deprel[verb - 1] == "mark" && _doc.Lemma[verb - 1] == "with" && tree.Find(verb, s_nsubj) < 0;

    /// <summary>"the attacks carried out by ISIS", "strikes conducted by the coalition": a reduced passive of a light verb on the noun.</summary>
    private int AgentOfLightParticiple(EventTree tree, int noun)
    {
        for (int c = noun + 1; c < tree.End; c++)
        {
            if (_doc.Head[c] == noun && _doc.Deprel[c] == "acl" && _doc.Xpos[c] == "VBN" && _lexicon.LightVerbs.Contains(_doc.Lemma[c])
                && tree.Find(c, s_agent) is >= 0 and var agent) return agent;
        }

        return -1;
    }

    /// <summary>A target role with a preposition (at, on, against, into) found as an nmod of the object or of its counted noun.</summary>
    private int TargetOnObject(EventTree tree, int obj, IReadOnlyList<EventRole> roles)
    {
        int counted = IsQuantity(obj) ? FindOf(obj) : -1;
        foreach (var role in roles)
        {
            if (role.Case is not ("at" or "on" or "against" or "into")) continue;
            var nmod = new EventRole("nmod", role.Case);
            int found = tree.Find(obj, nmod);
            if (found < 0 && counted >= 0) found = tree.Find(counted, nmod);
            if (found >= 0) return found;
        }

        return -1;
    }

    /// <summary>A target role with a preposition (on, against, into) found as an obl phrase of the light verb.</summary>
    private int TargetOnLightVerb(EventTree tree, int verb, IReadOnlyList<EventRole> roles)
    {
        foreach (var role in roles)
        {
            if (role.Case is not ("on" or "against" or "into")) continue;
            int found = tree.Find(verb, new EventRole("obl", role.Case));
            if (found >= 0) return found;
        }

        return -1;
    }

    /// <summary>A target role (on/against phrase) that the parser attached to the noun trigger's by-agent.</summary>
    private int TargetOnAgent(EventTree tree, int agent, IReadOnlyList<EventRole> roles)
    {
        if (tree.CaseOf(agent) != "by") return -1;
        foreach (var role in roles)
        {
            if (role.Case is not ("on" or "against")) continue;
            int found = tree.Find(agent, role);
            if (found >= 0) return found;
        }

        return -1;
    }

    /// <summary>A nationality adjective on a nominal trigger ("an Israeli airstrike"): a MISC name tagged as an adjective.</summary>
    private int NationalityModifier(int noun)
    {
        for (int c = _doc.LeftEdge[noun]; c < noun; c++)
        {
            if (_doc.Head[c] == noun && _doc.Deprel[c] == "amod" && _doc.Pos[c] == Upos.ADJ && IsNationalityAdjective(c)
                && !ActorNounBetween(c, noun)) return c;
        }

        return -1;
    }

    /// <summary>"The French prime minister calls for …" parsed as a noun phrase: the adjective belongs to the actor noun between.</summary>
    private bool ActorNounBetween(int from, int to)
    {
        for (int k = from + 1; k < to; k++)
        {
            if (_doc.Pos[k] == Upos.NOUN && _lexicon.ActorNouns.ContainsKey(_doc.Lemma[k])) return true;
        }

        return false;
    }

    private bool IsNationalityAdjective(int token) =>
        _doc.Pos[token] == Upos.ADJ && _actorOf[token] >= 0 && _doc.Actors[_actorOf[token]].Type == nameof(EntityType.MISC);

    /// <summary>
    /// Violence caused by an accident or a natural disaster (lexicon/events/mishaps.tsv): a doer that names one
    /// ("the earthquake killed", "Tropical Storm Jeanne killed"), a consequence clause of one ("a plane crashed,
    /// killing 25"), or a passive without agent whose after/during/in phrase or clause names one ("were hurt after
    /// an earthquake shook …", "were killed during the crush").
    /// </summary>
    private bool IsMishap(EventTree tree, int verb, int source, bool passive)
    {
        if (source >= 0 && NamesMishap(source)) return true;
        int head = _doc.Head[verb];
        // "a plane crashed, killing 25": the consequence of a mishap.
        if (head >= 0 && _doc.Deprel[verb] == "advcl" && _doc.Xpos[verb] == "VBG" && IsMishapClause(tree, head)) return true;
        if (!passive || source >= 0) return false;
        for (int c = tree.Start; c < tree.End; c++)
        {
            // "were killed and 200 injured during the crush": a cause hung on a coordinated passive is shared.
            int h = _doc.Head[c];
            if (h != verb && (h < 0 || _doc.Head[h] != verb || _doc.Deprel[h] != "conj")) continue;
            if (_doc.Deprel[c].StartsWith("obl", StringComparison.Ordinal) && NamesMishap(c)) return true;
            if (_doc.Deprel[c] == "advcl" && IsMishapClause(tree, c)) return true;
        }

        return false;
    }

    /// <summary>A clause whose verb ("crashed") or subject ("an earthquake shook") names a mishap.</summary>
    private bool IsMishapClause(EventTree tree, int verb) =>
        _lexicon.Mishaps.Contains(_doc.Lemma[verb]) || (tree.Find(verb, s_nsubj) is >= 0 and var subject && NamesMishap(subject));

    /// <summary>A noun phrase whose head or compound modifier is a mishap word ("the crush", "Tropical Storm Jeanne").</summary>
    private bool NamesMishap(int token)
    {
        if (_lexicon.Mishaps.Contains(_doc.Lemma[token])) return true;
        for (int c = _doc.LeftEdge[token]; c < token; c++)
        {
            if (_doc.Head[c] == token && _doc.Deprel[c] is "compound" or "flat" && _lexicon.Mishaps.Contains(_doc.Lemma[c])) return true;
        }

        return false;
    }

    /// <summary>
    /// "In Peru, the former minister …, Carlos Mendoza, was arrested": a passive whose subject the parser hung on
    /// another word (an apposition of the place). The noun phrase that ends right before the verb group, when the
    /// parser made it an apposition, is the subject; <paramref name="ownSubject"/> tells that some noun stands there.
    /// </summary>
    private int OrphanSubject(EventTree tree, int verb, out bool ownSubject)
    {
        ownSubject = false;
        int first = verb;
        for (int c = _doc.LeftEdge[verb]; c < verb; c++)
        {
            if (_doc.Head[c] == verb && _doc.Deprel[c] is "aux" or "aux:pass" or "advmod") first = Math.Min(first, c);
        }

        int p = first - 1;
        while (p >= tree.Start && _doc.Pos[p] == Upos.PUNCT) p--;
        if (p < tree.Start) return -1;
        if (_doc.Pos[p] is not (Upos.NOUN or Upos.PROPN or Upos.PRON)) return -1;
        // "… and the parents were advised": a subject of its own, even when hung elsewhere.
        ownSubject = true;
        // From the phrase's last word to its head: name parts, coordination, and the noun an of-phrase belongs to
        // ("allies of his predecessor"); only an apposition (the parser's usual mistake) is taken.
        while (_doc.Head[p] >= tree.Start && _doc.Head[p] < p && _doc.Deprel[p] is "flat" or "compound" or "nmod" or "fixed" or "conj") p = _doc.Head[p];
        return _doc.Deprel[p] == "appos" ? p : -1;
    }

    private int NamedModifier(EventTree tree, int noun)
    {
        for (int c = _doc.LeftEdge[noun]; c < noun; c++)
        {
            if (_doc.Head[c] == noun && _doc.Deprel[c] is "compound" or "amod" && _actorOf[c] >= 0
                && _doc.Actors[_actorOf[c]].Type != nameof(EntityType.MISC)) return c;
        }

        return -1;
    }

    /// <summary>A word inside an in/at phrase ("In Bolivia's largest city, Santa Cruz, …") names a place, not a doer.</summary>
    private bool InLocativePhrase(int token)
    {
        for (int t = token, steps = 0; t >= 0 && steps < 3; t = _doc.Head[t], steps++)
        {
            var deprel = _doc.Deprel[t];
            if (deprel.StartsWith("obl", StringComparison.Ordinal) || deprel.StartsWith("nmod", StringComparison.Ordinal))
                return !deprel.EndsWith("poss", StringComparison.Ordinal) && HasCaseChild(t, "in", "at");
            if (deprel is not ("appos" or "flat" or "compound")) return false;
        }

        return false;
    }

    private bool HasCaseChild(int token, string first, string second)
    {
        for (int c = _doc.LeftEdge[token]; c < token; c++)
        {
            if (_doc.Head[c] == token && _doc.Deprel[c] == "case" && (_doc.Lemma[c] == first || _doc.Lemma[c] == second)) return true;
        }

        return false;
    }

    private int ThreatenedObject(EventTree tree, int trigger)
    {
        for (int c = tree.Start; c < tree.End; c++)
        {
            if (_doc.Head[c] != trigger || _doc.Deprel[c] is not ("xcomp" or "acl") || _doc.Pos[c] != Upos.VERB) continue;
            int obj = tree.Find(c, s_obj);
            return obj >= 0 && IsActorLike(tree, obj) ? obj : -1;
        }

        return -1;
    }

    /// <summary>The first role that is filled; in the passive the subject role reads the agent and the object role the passive subject.</summary>
    private int FirstRole(EventTree tree, int trigger, IReadOnlyList<EventRole> roles, bool passive)
    {
        foreach (var role in roles)
        {
            var actual = role;
            if (passive && role == s_nsubj) actual = s_agent;
            else if (passive && role == s_obj) actual = s_passiveSubject;
            int found = tree.Find(trigger, actual);
            if (found < 0 && actual.Case is not null) found = ThroughTemporal(tree, trigger, actual);
            if (found < 0) continue;
            found = OutOfTimex(tree, found);
            // "last week's attack by two gunmen": a time word in one role never fills it; the next role may.
            if (_inTimex[found]) continue;
            return PreferNamed(tree, trigger, found);
        }

        return -1;
    }

    /// <summary>"met Tuesday with President Moon": the parser may hang the phrase on the date word.</summary>
    private int ThroughTemporal(EventTree tree, int trigger, EventRole role)
    {
        for (int c = tree.Start; c < tree.End; c++)
        {
            if (_doc.Head[c] != trigger || !_inTimex[c]) continue;
            int found = tree.Find(c, new EventRole("nmod", role.Case));
            if (found >= 0) return found;
        }

        return -1;
    }

    /// <summary>"met with Kerry Wednesday afternoon" parsed with the date as head: the name modifying it is the filler.</summary>
    private int OutOfTimex(EventTree tree, int found)
    {
        if (!_inTimex[found]) return found;
        for (int c = _doc.LeftEdge[found]; c <= _doc.RightEdge[found]; c++)
        {
            if (_doc.Head[c] == found && !_inTimex[c] && _actorOf[c] >= 0) return c;
        }

        return found;
    }

    /// <summary>Of two children with the same label (a mis-parsed "Ex-Labour MP George Galloway"), the one naming an actor and not a dateline.</summary>
    private int PreferNamed(EventTree tree, int trigger, int found)
    {
        // "RIO DE JANEIRO (AP) — At least 57 prisoners were killed": a dateline mis-attached as a second subject.
        if (IsDateline(tree, found))
        {
            int next = NextSameLabel(tree, trigger, found);
            // "AFP - EU commissioner Loyola de Palacio hailed …": the subject hangs on the dateline as its apposition.
            return next != found ? next : DatelineApposition(tree, found);
        }
        if (_actorOf[found] >= 0) return found;
        // Only a phrase with the same preposition is a second filler: "meet with me at Camp David" keeps "me".
        var preposition = tree.CaseOf(found);
        for (int c = found + 1; c < tree.End; c++)
        {
            if (_doc.Head[c] == trigger && _doc.Deprel[c] == _doc.Deprel[found] && _actorOf[c] >= 0 && tree.CaseOf(c) == preposition) return c;
        }

        return found;
    }

    private int DatelineApposition(EventTree tree, int dateline)
    {
        for (int c = dateline + 1; c < tree.End; c++)
        {
            if (_doc.Head[c] == dateline && _doc.Deprel[c] == "appos" && !IsDateline(tree, c)) return c;
        }

        return dateline;
    }

    private int NextSameLabel(EventTree tree, int trigger, int found)
    {
        for (int c = found + 1; c < tree.End; c++)
        {
            if (_doc.Head[c] == trigger && _doc.Deprel[c] == _doc.Deprel[found] && !IsDateline(tree, c)) return c;
        }

        return found;
    }

    /// <summary>
    /// A subject the trigger shares with a word above it: a coordinated verb's subject ("arrived and
    /// stormed"), the controller of an infinitive ("tried to storm"; "ordered troops to fire" → troops),
    /// the subject of a light verb whose object is the nominal trigger ("launched an investigation").
    /// </summary>
    private int InheritedSource(EventTree tree, int trigger, bool noun)
    {
        int head = _doc.Head[trigger];
        if (head < 0) return -1;
        var deprel = _doc.Deprel[trigger];
        if (!noun && deprel == "xcomp")
        {
            int controller = tree.Find(head, s_obj);
            if (controller < 0) controller = SubjectOf(tree, head);
            // Raising in the passive: "G8 ministers are believed to have agreed", "troops were ordered to withdraw".
            return controller >= 0 ? controller : tree.Find(head, s_passiveSubject);
        }

        if (!noun && deprel == "conj") return SubjectOf(tree, head);
        // "Pyongyang's tests and threats", "Yangon's record and detention of X": coordinated nouns share the possessor.
        if (noun && deprel == "conj" && _doc.Pos[head] == Upos.NOUN && tree.Child(head, "nmod:poss") is >= 0 and var shared) return shared;
        // "his refusal to arm the rebels", "Moscow's decision to expel": an infinitive on a noun is its possessor's act.
        if (!noun && deprel == "acl" && tree.Child(trigger, "mark") is >= 0 and var mark && _doc.Lemma[mark] == "to")
        {
            // … or its by-agent: "a push by Palestinian officials to demand …", or its of-phrase: "the failure of
            // negotiators to reach a deal", "the refusal of Iran to allow inspections".
            int possessor = tree.Child(head, "nmod:poss");
            if (possessor >= 0) return possessor;
            int agent = tree.Find(head, s_nounAgent);
            return agent >= 0 ? agent : tree.Find(head, s_nounOf);
        }
        // "advisers on the ground aiding its ally": a present participle's noun acts.
        if (!noun && deprel == "acl" && _doc.Xpos[trigger] == "VBG") return head;
        // "U.S. officials seized three posts" mis-attached as a participle: with an object, the noun is the subject.
        if (!noun && deprel == "acl" && tree.Find(trigger, s_obj) >= 0) return head;
        // "keep ISIS from threatening …", "stopped them from entering": the governor's object does the gerund.
        if (!noun && deprel == "advcl" && tree.Child(trigger, "mark") is >= 0 and var from && _doc.Lemma[from] == "from"
            && tree.Find(head, s_obj) is >= 0 and var kept) return kept;
        // "saying the U.S. is using extortion by threatening to close …": a means clause hung on a speech verb belongs to
        // the reported clause, whose subject does it.
        if (!noun && deprel == "advcl" && tree.Child(trigger, "mark") is >= 0 and var by && _doc.Lemma[by] == "by"
            && tree.Child(head, "ccomp") is >= 0 and var reported && reported < trigger
            && _lexicon.TryGovernorCue(_doc, head, out var speech) && speech.Effect == "reported") return SubjectOf(tree, reported);
        // "after invading Iraq": a subjectless adverbial clause shares the main clause's subject.
        if (!noun && deprel == "advcl" && _doc.Pos[head] == Upos.VERB) return SubjectOf(tree, head);
        if (!noun && deprel == "acl:relcl" && !IsReducedPassive(tree, trigger)) return Speaker(tree, head);
        // Only a light verb's subject does its object's act: "criticised U.S. sanctions" is no sanctioning by the critic.
        if (noun && deprel == "obj" && _lexicon.LightVerbs.Contains(_doc.Lemma[head])) return SubjectOf(tree, head);
        // "the government used chemical weapons in an attack": the act an active transitive verb is done "in".
        if (noun && deprel == "obl" && tree.CaseOf(trigger) == "in" && _doc.Pos[head] == Upos.VERB
            && !tree.IsPassive(head) && tree.Find(head, s_obj) >= 0) return SubjectOf(tree, head);
        return -1;
    }

    /// <summary>
    /// What a relative pronoun stands for: the noun its clause modifies; when the parser hung the clause on a verb
    /// ("Mr Hague, who stepped down …, does not …") or the pronoun is a possessor ("Trump, whose threats …"),
    /// the noun phrase right before it.
    /// </summary>
    private int Antecedent(EventTree tree, int trigger, int pronoun)
    {
        int head = _doc.Head[trigger];
        if (_doc.Deprel[pronoun] != "nmod:poss" && head >= 0 && _doc.Pos[head] is Upos.NOUN or Upos.PROPN) return Speaker(tree, head);
        int p = pronoun - 1;
        while (p >= tree.Start && _doc.Pos[p] == Upos.PUNCT) p--;
        if (p < tree.Start) return -1;
        while (_doc.Head[p] >= tree.Start && _doc.Head[p] < p && _doc.Deprel[p] is "flat" or "compound" or "fixed") p = _doc.Head[p];
        return _doc.Pos[p] is Upos.NOUN or Upos.PROPN ? p : -1;
    }

    /// <summary>The noun a relative clause modifies, or for a non-actor ("his comments that accused …") its possessor.</summary>
    private int Speaker(EventTree tree, int noun)
    {
        // A relative pronoun whose clause the parser made the root has no noun to stand for.
        if (noun < 0) return -1;
        if (IsActorLike(tree, noun)) return noun;
        int possessor = tree.Child(noun, "nmod:poss");
        return possessor >= 0 ? possessor : noun;
    }

    /// <summary>A past participle complement without auxiliary, subject or object ("were reported killed", "feared murdered").</summary>
    /// <remarks>Only with a subject controller: in "keep the president invested" the participle is adjectival.</remarks>
    private bool IsParticipleComplement(EventTree tree, int verb) =>
        _doc.Deprel[verb] == "xcomp" && _doc.Xpos[verb] == "VBN" && tree.Child(verb, "aux") < 0
        && tree.Find(verb, s_nsubj) < 0 && tree.Find(verb, s_obj) < 0 && tree.Find(_doc.Head[verb], s_obj) < 0;

    /// <summary>
    /// "the flooding killed 172 people": violence whose doer is neither an actor nor itself an attack (an ASSAULT
    /// noun rule, as "attack" or "explosion" have) has a natural cause, so it is no political event.
    /// </summary>
    /// <remarks>A named non-actor ("Tropical Storm Jeanne", tagged MISC) is such a cause too, and so is an act that is no
    /// attack: "sanctions targeting Iranian leaders" is no violence.</remarks>
    private bool IsNonActorCause(EventTree tree, int source) =>
        _doc.Pos[source] is Upos.NOUN or Upos.PROPN && !IsActorLike(tree, source) && !IsAttackNoun(source)
        && (_doc.Pos[source] == Upos.PROPN || _actorOf[source] >= 0 || IsActNoun(source));

    /// <summary>A noun that some event rule codes ("sanctions"): an act, not a doer.</summary>
    private bool IsActNoun(int token) => _lexicon.Nouns.ContainsKey(_doc.Lemma[token]);

    private bool IsAttackNoun(int token)
    {
        if (!_lexicon.Nouns.TryGetValue(_doc.Lemma[token], out var rules)) return false;
        foreach (var rule in rules)
        {
            if (rule.Mode.Type == "ASSAULT") return true;
        }

        return false;
    }

    /// <summary>A past participle modifying a noun without subject, object or auxiliary ("UN workers kidnapped last month").</summary>
    private bool IsReducedPassive(EventTree tree, int verb) =>
        _doc.Deprel[verb] is "acl" or "acl:relcl" && _doc.Xpos[verb] == "VBN" && _doc.Head[verb] >= 0
        && tree.Find(verb, s_nsubj) < 0 && tree.Find(verb, s_obj) < 0 && tree.Child(verb, "aux") < 0 && tree.Child(verb, "aux:pass") < 0;

    /// <summary>A headline's passive without "be" ("Parents prosecuted after …"): a root participle with a subject and no object or auxiliary.</summary>
    /// <remarks>Headlines write the active in the present ("Police arrest …"), so a past form in a headline (no final punctuation) reads as passive too.</remarks>
    private bool IsHeadlinePassive(EventTree tree, int verb) =>
        _doc.Deprel[verb] == "root" && (_doc.Xpos[verb] == "VBN" || (_doc.Xpos[verb] == "VBD" && IsHeadline(tree)))
        && tree.Find(verb, s_nsubj) >= 0 && !HasNominalObject(tree, verb) && tree.Child(verb, "aux") < 0;

    /// <summary>An object that is a noun phrase (a clause mis-labelled obj, "… after treatment leads to …", is none).</summary>
    private bool HasNominalObject(EventTree tree, int verb) => tree.Find(verb, s_obj) is >= 0 and var o && EventTree.IsNominal(_doc.Pos[o]);

    private bool IsHeadline(EventTree tree) => _doc.Pos[tree.End - 1] != Upos.PUNCT;

    private int SubjectOf(EventTree tree, int verb)
    {
        int subject = tree.Find(verb, s_nsubj);
        if (subject >= 0) return subject;
        if (_doc.Deprel[verb] is "xcomp" or "conj" && _doc.Head[verb] >= 0) return tree.Find(_doc.Head[verb], s_nsubj);
        // "escalated the war by launching a bombardment": a subjectless adverbial clause shares its governor's subject.
        if (_doc.Deprel[verb] == "advcl" && _doc.Head[verb] >= 0 && _doc.Pos[_doc.Head[verb]] == Upos.VERB) return tree.Find(_doc.Head[verb], s_nsubj);
        return -1;
    }

    /// <summary>
    /// An argument that can be a political actor: a named entity (not MISC), an untagged proper noun, or a head
    /// lemma of lexicon/events/actor-nouns.tsv; a quantity ("thousands of people") counts when its "of" phrase does.
    /// Abstract fillers ("the findings", "every time", "the idea") are dropped from the event.
    /// </summary>
    private bool IsActorLike(EventTree tree, int token)
    {
        if (IsDateline(tree, token) || _inTimex[token]) return false;
        int actor = ActorOf(token);
        // A plural nationality ("the Russians", "Palestinians") names a people, though its entity type is MISC.
        // A nationality adjective on a nominal act ("an Israeli airstrike") names the state that does it.
        if (actor >= 0) return _doc.Actors[actor].Type != nameof(EntityType.MISC) || _doc.Xpos[token] == "NNPS"
            || (_doc.Deprel[token] == "amod" && IsNationalityAdjective(token));
        if (_doc.Pos[token] == Upos.PROPN) return true;
        if (!_lexicon.ActorNouns.TryGetValue(_doc.Lemma[token], out var kind)) return false;
        // "it" stands for a state or body only as a subject or possessor ("Syria denies it carried out the attack").
        if (kind == "pronoun" && _doc.Lemma[token] is "it" or "its" && !_doc.Deprel[token].StartsWith("nsubj", StringComparison.Ordinal)
            && _doc.Deprel[token] != "nmod:poss") return false;
        if (kind != "quantity") return true;
        int of = FindOf(token);
        return of < 0 || IsActorLike(tree, of);
    }

    /// <summary>A place or agency before the dateline dash at the start of a sentence ("RIO DE JANEIRO (AP) —", "AFP -") is no actor.</summary>
    private bool IsDateline(EventTree tree, int token)
    {
        for (int c = tree.Start; c < tree.End && c < tree.Start + 8; c++)
        {
            var text = _doc.Text.AsSpan(_doc.Start[c], _doc.End[c] - _doc.Start[c]);
            // A hyphen inside a name ("Jean-Paul") is no dateline dash: the dash stands free, spaced on both sides.
            bool free = c > tree.Start && (_doc.Flags[c - 1] & TokenFlags.NoSpaceAfter) == 0 && (_doc.Flags[c] & TokenFlags.NoSpaceAfter) == 0;
            if (free && text is "-" or "--" or "\u2014" or "\u2013") return token < c;
        }

        return false;
    }

    /// <summary>"a pair of Turkish ministers", "thousands of people": the counted group is the actor.</summary>
    private bool IsQuantity(int token) =>
        _lexicon.ActorNouns.TryGetValue(_doc.Lemma[token], out var kind) && kind == "quantity";

    private int FindOf(int token)
    {
        for (int c = _doc.LeftEdge[token]; c <= _doc.RightEdge[token]; c++)
        {
            if (_doc.Head[c] != token || !_doc.Deprel[c].StartsWith("nmod", StringComparison.Ordinal)) continue;
            for (int k = _doc.LeftEdge[c]; k < c; k++)
            {
                if (_doc.Head[k] == c && _doc.Deprel[k] == "case" && _doc.Lemma[k] == "of") return c;
            }
        }

        return -1;
    }

    private bool IsRelativePronoun(int token) =>
        _doc.Pos[token] == Upos.PRON && _doc.Lemma[token] is "who" or "which" or "that" or "whose";

    /// <summary>
    /// A place actor in a locative phrase ("in", "at", "across", "throughout") on the trigger, else inside its phrase
    /// ("arrests of opposition leaders in Batumi"), else on a word of its clause ("fired shots … in Almaty"), else
    /// anywhere in the sentence.
    /// </summary>
    private int FindLocation(EventTree tree, int trigger)
    {
        int inside = -1, chained = -1, any = -1;
        for (int c = tree.Start; c < tree.End; c++)
        {
            if (!IsPlace(c) || !IsLocative(tree, c)) continue;
            if (_doc.Head[c] == trigger) return c;
            if (inside < 0 && c >= _doc.LeftEdge[trigger] && c <= _doc.RightEdge[trigger]) inside = c;
            if (chained < 0 && _setting.OnClauseChain(trigger, _doc.Head[c])) chained = c;
            if (any < 0) any = c;
        }

        return inside >= 0 ? inside : chained >= 0 ? chained : any;
    }

    private bool IsLocative(EventTree tree, int token)
    {
        var deprel = _doc.Deprel[token];
        if (!deprel.StartsWith("obl", StringComparison.Ordinal) && !deprel.StartsWith("nmod", StringComparison.Ordinal)) return false;
        var preposition = tree.CaseOf(token);
        return preposition is "in" or "at" or "across" or "throughout";
    }

    private bool IsPlace(int token)
    {
        int a = ActorOf(token, place: true);
        return a >= 0 && _doc.Actors[a].Type == nameof(EntityType.LOC);
    }

    /// <summary>
    /// Negation, modality and who the event is attributed to (actor id and phrase as written, also when no actor
    /// fills it: "reported the state television"), from cues on and above the trigger, and the quote it sits in.
    /// </summary>
    private (bool Negated, string Modality, string? AttributedTo, string? AttributedText, string? Quote) Standing(EventTree tree, int trigger)
    {
        bool negated = false;
        string modality = "asserted";
        string? attributedTo = null, attributedText = null, quoteId = null;
        // "launched an investigation …, according to X": a nominal act takes the according-phrase of its verb.
        int clauseVerb = _doc.Pos[trigger] == Upos.NOUN && _doc.Deprel[trigger] is "obj" or "nsubj" or "nsubj:pass" ? _doc.Head[trigger] : -1;
        for (int c = tree.Start; c < tree.End; c++)
        {
            if (_doc.Head[c] != trigger && (clauseVerb < 0 || _doc.Head[c] != clauseVerb)) continue;
            var deprel = _doc.Deprel[c];
            if (_doc.Head[c] == trigger && deprel is "aux" or "advmod" or "mark" or "det" or "neg" && _lexicon.ChildCues.TryGetValue(_doc.Lemma[c], out var cue))
            {
                if (cue.Effect == "negated") negated = true;
                else modality = Stronger(modality, cue.Effect);
            }
            else if (deprel.StartsWith("obl", StringComparison.Ordinal) && tree.CaseOf(c) is { } p
                && _lexicon.GovernorCues.TryGetValue(p, out var according) && according.Effect == "reported")
            {
                modality = Stronger(modality, "reported");
                // "according to its own information": the possessor is the source.
                attributedTo ??= ActorId(c) ?? ActorId(tree.Child(c, "nmod:poss"));
                attributedText ??= Phrase(c);
            }
        }

        int below = trigger;
        for (int up = _doc.Head[trigger], steps = 0; up >= 0 && steps < 6; below = up, up = _doc.Head[up], steps++)
        {
            if (!_lexicon.TryGovernorCue(_doc, up, out var cue) || _doc.Deprel[below] is "nsubj" or "conj") continue;
            if (cue.Effect == "negated") negated = true;
            else modality = Stronger(modality, cue.Effect);
            if (cue.Effect is "reported" or "alleged" or "denied" && SubjectOf(tree, up) is var speaker)
            {
                attributedTo ??= ActorId(speaker);
                attributedText ??= Phrase(speaker);
            }

            break;
        }

        if ((_doc.Flags[trigger] & TokenFlags.InQuote) != 0) modality = Stronger(modality, "reported");
        foreach (var quote in _doc.Quotes)
        {
            if (!quote.Content.Contains(_doc.Start[trigger])) continue;
            modality = Stronger(modality, "reported");
            attributedTo ??= quote.Speaker;
            attributedText ??= quote.SpeakerText;
            quoteId = quote.Id;
            break;
        }

        return (negated, modality, attributedTo, attributedText, quoteId);
    }

    private static string Stronger(string current, string candidate) => Rank(candidate) > Rank(current) ? candidate : current;

    private static int Rank(string modality) => modality switch
    {
        "denied" => 6,
        "alleged" => 5,
        "conditional" => 4,
        "hypothetical" => 3,
        "planned" => 2,
        "reported" => 1,
        _ => 0,
    };

    /// <summary>
    /// The evidence span: the clause of the trigger (a verb's subtree without coordinated clauses; for a noun,
    /// the clause of the verb it belongs to) widened to cover the event's arguments ("Karzai refused to sign …").
    /// </summary>
    private CharRange Clause(int trigger, List<int> sources, List<int> targets)
    {
        int head = trigger;
        while (_doc.Pos[head] != Upos.VERB && _doc.Head[head] >= 0) head = _doc.Head[head];
        int from = head, to = head;
        for (int c = _doc.LeftEdge[head]; c <= _doc.RightEdge[head]; c++)
        {
            // Coordinated and loosely joined clauses ("…, and protesters burned cars") are clauses of their own.
            if (_doc.Head[c] != head || _doc.Deprel[c] is "conj" or "parataxis" or "cc" or "punct") continue;
            from = Math.Min(from, _doc.LeftEdge[c]);
            to = Math.Max(to, _doc.RightEdge[c]);
        }

        foreach (var list in (ReadOnlySpan<List<int>>)[sources, targets])
        {
            foreach (int a in list)
            {
                if (a < 0) continue;
                from = Math.Min(from, _doc.LeftEdge[a]);
                to = Math.Max(to, _doc.RightEdge[a]);
            }
        }

        // A colon or comma the parser hung on the clause's first word, or a full stop on its last, is no part of the evidence.
        while (from < to && IsEdgePunctuation(from)) from++;
        while (to > from && IsEdgePunctuation(to)) to--;
        return new CharRange(_doc.Start[from], _doc.End[to]);
    }

    /// <summary>Separating punctuation (not quotes or brackets, which belong to what they enclose).</summary>
    private bool IsEdgePunctuation(int token)
    {
        if (_doc.Pos[token] != Upos.PUNCT || _doc.End[token] - _doc.Start[token] != 1) return false;
        return _doc.Text[_doc.Start[token]] is ':' or ';' or ',' or '.' or '-' or '—' or '–';
    }

    /// <summary>Figures counted inside the event's clause ("killing three people"), so a count attaches to the event it counts.</summary>
    private string[]? FiguresIn(CharRange clause)
    {
        List<string>? ids = null;
        foreach (var figure in _doc.Figures)
        {
            if (clause.Contains(figure.Evidence.Start)) (ids ??= []).Add(figure.Id);
        }

        return ids?.ToArray();
    }

    private string? ActorId(int token, bool place = false)
    {
        int actor = ActorOf(token, place);
        return actor >= 0 ? _doc.Actors[actor].Id : null;
    }

    /// <summary>
    /// The actor a phrase refers to: its head's actor, else the name a title or description heads
    /// ("head of state Nursultan Nazarbayev", "his successor Tokayev") through appos, flat or compound.
    /// </summary>
    private int ActorOf(int token, bool place = false)
    {
        if (token < 0) return -1;
        if (_actorOf[token] < 0 && IsQuantity(token) && FindOf(token) is >= 0 and var counted) token = counted;
        if (_actorOf[token] >= 0) return _actorOf[token];
        int from = _doc.LeftEdge[token], to = _doc.RightEdge[token];
        // A name in apposition ("his successor Tokayev") beats a modifier ("US Secretary …", "the Kazakh President").
        for (int c = from; c <= to; c++)
        {
            if (_doc.Head[c] == token && _actorOf[c] >= 0 && _doc.Deprel[c] is "appos" or "flat") return _actorOf[c];
        }

        for (int c = from; c <= to; c++)
        {
            int h = _doc.Head[c];
            if (h >= 0 && _doc.Head[h] == token && _doc.Deprel[h] == "nmod" && _actorOf[c] >= 0 && _doc.Deprel[c] is "appos" or "flat") return _actorOf[c];
        }

        // "the Kazakh President", "US Secretary": a name modifying a title; "U.S. sanctions", "a United Nations
        // resolution" name no actor (their head is no actor noun).
        // A place keeps its name ("in Aceh province").
        if (!place && _doc.Pos[token] == Upos.NOUN && !_lexicon.ActorNouns.ContainsKey(_doc.Lemma[token])) return -1;
        for (int c = from; c <= to; c++)
        {
            if (_doc.Head[c] == token && _actorOf[c] >= 0 && _doc.Deprel[c] == "compound"
                && _doc.Actors[_actorOf[c]].Type != nameof(EntityType.MISC)) return _actorOf[c];
        }

        return -1;
    }

    /// <summary>The argument's words up to its head ("the Russian Foreign Ministry"), without clauses after it.</summary>
    private string? Phrase(int token)
    {
        if (token < 0) return null;
        if (IsQuantity(token) && FindOf(token) is >= 0 and var counted) token = counted;
        int start = _doc.LeftEdge[token];
        int end = token;
        while (end + 1 < _doc.Count && _doc.Head[end + 1] == token && _doc.Deprel[end + 1] is "flat" or "compound") end++;
        // "MP George Galloway": a name right after the head, in apposition without a comma, belongs to the phrase.
        if (end + 1 < _doc.Count && _doc.Head[end + 1] != token && _doc.Pos[end + 1] == Upos.PROPN)
        {
            int name = end + 1;
            while (name < _doc.Count && _doc.Head[name] != token && _doc.Head[name] > name && _doc.Pos[name] == Upos.PROPN) name++;
            if (name < _doc.Count && _doc.Head[name] == token && _doc.Deprel[name] is "appos" or "flat") end = name;
        }
        while (start < token && (_doc.Pos[start] == Upos.PUNCT || _doc.Deprel[start] is "case" or "fixed" or "cc" or "mark")) start++;
        return _doc.Text[_doc.Start[start].._doc.End[end]];
    }
}
