using Dossier.Text;

namespace Dossier.Extraction.Events;

/// <summary>
/// Removes events that another trigger of the same clause already codes better: a negating verb whose
/// infinitive is itself an event ("refused to sign" → the signing, negated; not a separate refusal) and a
/// light verb whose object noun codes the same type ("signed an agreement with X" → the agreement's event),
/// a consequence clause of an attack ("an attack that killed 70") and the action a request asks for.
/// A verb rule that names its object or complement has read that word as part of itself: "concluded the
/// negotiation" is the agreement, not also a negotiation; "an order to shoot" is the order, the shooting not yet
/// an event. An attack noun that is the subject of a violent verb ("bombings killed four soldiers") is that verb's event.
/// A bare act named twice in one sentence without any actor ("Protests … expanded into protests across the country")
/// is one event, as the gold guidelines count a series of one type with the same arguments once.
/// </summary>
internal static class EventOverlap
{
    public static List<EventRecord> Prune(Doc doc, EventLexicon lexicon, List<EventRecord> events, List<int> triggers, List<EventRule> rules)
    {
        var drop = new bool[events.Count];
        for (int i = 0; i < events.Count; i++)
        {
            int t = triggers[i];
            for (int j = 0; j < events.Count && !drop[i]; j++)
            {
                int u = triggers[j];
                if (u == t || doc.Head[u] != t) continue;
                // "refused to sign", "ruled out sending troops": the governed event is coded, negated.
                bool negatingGovernor = (doc.Deprel[u] == "xcomp" || (doc.Deprel[u] is "obj" or "ccomp" && doc.Pos[u] == Upos.VERB))
                    && lexicon.TryGovernorCue(doc, t, out var cue) && cue.Effect == "negated";
                bool lightVerb = doc.Deprel[u] == "obj" && doc.Pos[u] == Upos.NOUN && doc.Pos[t] == Upos.VERB
                    && events[j].Type == events[i].Type;
                drop[i] = negatingGovernor || lightVerb;
            }

            int h = doc.Head[t];
            for (int j = 0; j < events.Count && !drop[i] && h >= 0; j++)
            {
                if (triggers[j] != h) continue;
                // "an attack that killed 70 people", "a bomb exploded, killing three": the consequence is part of the attack.
                // A when-clause ("were killed when militants blew up a tunnel") is a cause of its own, not a consequence.
                bool consequence = events[j].Type == events[i].Type
                    && (doc.Deprel[t] is "acl:relcl" or "acl" || (doc.Deprel[t] == "advcl" && doc.Xpos[t] == "VBG"));
                // "urged Syria to give access", "called on X to sign" (parsed advcl): the requested action is the
                // request's content, not an event yet.
                // "threatened to impose tariffs": likewise the content of a threat.
                // "threats to attack the U.S.", "a demand to release X": an infinitive on the noun is its content too.
                bool requested = events[j].Type is "REQUEST" or "THREATEN"
                    && (doc.Deprel[t] == "xcomp" || (doc.Deprel[t] is "advcl" or "acl" && IsInfinitive(doc, t)));
                bool named = Contains(rules[j].Complements, doc.Lemma[t])
                    || (events[j].Type != events[i].Type && doc.Deprel[t] is "obj" or "nsubj:pass" && Contains(rules[j].Objects, doc.Lemma[t]));
                bool doerOfVerb = doc.Deprel[t] == "nsubj" && doc.Pos[t] == Upos.NOUN && doc.Pos[h] == Upos.VERB && events[j].Type == events[i].Type;
                drop[i] = consequence || requested || named || doerOfVerb;
            }

            // "threatened to impose sanctions on Iran": a light verb's nominal act inside the content is content too.
            if (!drop[i] && doc.Deprel[t] == "obj" && doc.Pos[t] == Upos.NOUN && doc.Head[t] is >= 0 and var verb
                && lexicon.LightVerbs.Contains(doc.Lemma[verb]) && IsContent(doc, verb, events, triggers)) drop[i] = true;

            // "the assault that killed the ambassador", "an attack, which killed four": the killing is the attack's
            // consequence even when the attack noun itself codes nothing (no doer or target named).
            // "a gas attack by the government that killed 70": the clause may hang on the attack's by-agent.
            int attack = h >= 0 && doc.Deprel[h] == "nmod" && HasCase(doc, h, "by") ? doc.Head[h] : h;
            if (!drop[i] && attack >= 0 && events[i].Type == "ASSAULT" && doc.Pos[attack] == Upos.NOUN && IsConsequenceClause(doc, t)
                && lexicon.Nouns.TryGetValue(doc.Lemma[attack], out var nounRules) && CodesAttack(nounRules)) drop[i] = true;
        }

        var kept = new List<EventRecord>(events.Count);
        for (int i = 0; i < events.Count; i++)
        {
            if (!drop[i] && !RepeatsBareEvent(doc, events, triggers, drop, i)) kept.Add(events[i]);
        }

        return kept;
    }

    /// <summary>An actorless event of a type, mode and place that an earlier kept event of the same sentence already has ("a general strike … and marches" are two acts).</summary>
    private static bool RepeatsBareEvent(Doc doc, List<EventRecord> events, List<int> triggers, bool[] drop, int i)
    {
        var e = events[i];
        if (!IsActorless(e)) return false;
        int sentence = doc.SentenceOf(triggers[i]);
        for (int j = 0; j < i; j++)
        {
            var earlier = events[j];
            if (drop[j] || earlier.Type != e.Type || earlier.Mode != e.Mode || !IsActorless(earlier) || earlier.Location != e.Location) continue;
            if (doc.SentenceOf(triggers[j]) == sentence) return true;
        }

        return false;
    }

    private static bool IsActorless(EventRecord e) =>
        e.Source is null && e.Target is null && e.SourceText is null && e.TargetText is null;

    /// <summary>A verb that is the requested or threatened act of a REQUEST/THREATEN event ("urged X to impose …").</summary>
    private static bool IsContent(Doc doc, int verb, List<EventRecord> events, List<int> triggers)
    {
        int h = doc.Head[verb];
        if (h < 0 || !(doc.Deprel[verb] == "xcomp" || (doc.Deprel[verb] is "advcl" or "acl" && IsInfinitive(doc, verb)))) return false;
        for (int j = 0; j < events.Count; j++)
        {
            if (triggers[j] == h && events[j].Type is "REQUEST" or "THREATEN") return true;
        }

        return false;
    }

    private static bool HasCase(Doc doc, int noun, string preposition)
    {
        for (int c = doc.LeftEdge[noun]; c < noun; c++)
        {
            if (doc.Head[c] == noun && doc.Deprel[c] == "case" && doc.Lemma[c] == preposition) return true;
        }

        return false;
    }

    private static bool IsConsequenceClause(Doc doc, int verb) =>
        doc.Deprel[verb] is "acl:relcl" or "acl" || (doc.Deprel[verb] == "advcl" && doc.Xpos[verb] == "VBG");

    private static bool CodesAttack(EventRule[] rules)
    {
        foreach (var rule in rules)
        {
            if (rule.Mode.Type == "ASSAULT") return true;
        }

        return false;
    }

    private static bool Contains(IReadOnlyList<string> list, string value)
    {
        for (int i = 0; i < list.Count; i++)
        {
            if (string.Equals(list[i], value, StringComparison.Ordinal)) return true;
        }

        return false;
    }

    private static bool IsInfinitive(Doc doc, int verb)
    {
        for (int c = doc.LeftEdge[verb]; c < verb; c++)
        {
            if (doc.Head[c] == verb && doc.Deprel[c] == "mark" && doc.Lemma[c] == "to") return true;
        }

        return false;
    }
}
