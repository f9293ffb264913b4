using System.Globalization;
using Dossier.Pipeline;
using Dossier.Text;

namespace Dossier.Extraction.Events;

/// <summary>
/// Pipeline component: codes PLOVER/CAMEO events from lexicon triggers over the dependency tree
/// (docs/events.md). A trigger is a verb or noun whose lemma has rules; the first rule whose constraints
/// hold fires, its roles give the source and target (passive voice, control, coordination and light verbs
/// handled here), and the sentence gives location, date, figures and the event's standing.
/// Boilerplate tokens never trigger. An event needs a source or a target unless its rule is marked bare.
/// </summary>
public sealed class EventExtractor : IComponent
{
    private readonly EventLexicon _lexicon;

    private EventExtractor(EventLexicon lexicon) => _lexicon = lexicon;

    public ComponentInfo Info { get; } =
        new("events", Layer.Tokens | Layer.Sentences | Layer.Tags | Layer.Lemmas | Layer.Heads, Layer.Events);

    public static EventExtractor Load(DossierHome home) => new(EventLexicon.Load(home));

    internal static EventExtractor FromLexicon(EventLexicon lexicon) => new(lexicon);

    public void Process(Doc doc, Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var context = new EventContext(doc, _lexicon);
        var events = new List<EventRecord>();
        var triggers = new List<int>();
        var fired = new List<EventRule>();
        for (int s = 0; s < doc.SentenceCount; s++)
        {
            var tree = new EventTree(doc, s);
            for (int t = tree.Start; t < tree.End; t++)
            {
                // A participle modifying a noun ("warning shots", "the arrested man") is no event of its own.
                if ((doc.Flags[t] & TokenFlags.Boilerplate) != 0 || doc.Deprel[t] is "amod" or "compound") continue;
                if (IsNounModifier(doc, tree, t)) continue;
                var table = doc.Pos[t] switch
                {
                    Upos.VERB => _lexicon.Verbs,
                    Upos.NOUN => _lexicon.Nouns,
                    _ => null,
                };
                if (table is null || !table.TryGetValue(doc.Lemma[t], out var rules)) continue;
                foreach (var rule in rules)
                {
                    if (!Matches(doc, tree, rule, t)) continue;
                    for (int added = context.Emit(tree, t, rule, events); added > 0; added--)
                    {
                        triggers.Add(t);
                        fired.Add(rule);
                    }

                    break;
                }
            }
        }

        doc.SetEvents(Renumber(EventOverlap.Prune(doc, _lexicon, events, triggers, fired)));
    }

    private static List<EventRecord> Renumber(List<EventRecord> events)
    {
        for (int i = 0; i < events.Count; i++)
        {
            var id = Format(i + 1);
            if (events[i].Id != id) events[i] = events[i] with { Id = id };
        }

        return events;
    }

    private bool Matches(Doc doc, EventTree tree, EventRule rule, int trigger)
    {
        if (rule.Particle is not null && tree.ChildWithLemma(trigger, "compound:prt", [rule.Particle]) < 0) return false;
        if (rule.Modifiers is { Count: > 0 } modifiers && tree.ChildWithLemma(trigger, "compound", modifiers) < 0
            && tree.ChildWithLemma(trigger, "amod", modifiers) < 0) return false;
        if (rule.Objects.Count > 0)
        {
            bool passive = !rule.Noun && tree.IsPassive(trigger);
            int obj = tree.ChildWithLemma(trigger, passive ? "nsubj:pass" : "obj", rule.Objects);
            if (obj < 0 && passive) obj = ParticipleObjectInSubject(doc, tree, trigger, rule.Objects);
            if (obj < 0) obj = CountedObject(doc, tree, trigger, passive ? "nsubj:pass" : "obj", rule.Objects);
            if (obj < 0) return false;
            // "fired warning shots": the object's own modifier picks the rule.
            if (rule.ObjectModifiers is { Count: > 0 } objectModifiers && !HasModifier(doc, tree, obj, objectModifiers)) return false;
        }

        // "an order to shoot": the infinitive may be tagged as a noun in a to-phrase.
        if (rule.Complements.Count > 0 && tree.ChildWithLemma(trigger, "xcomp", rule.Complements) < 0
            && tree.ChildWithLemma(trigger, "acl", rule.Complements) < 0 && ToPhrase(doc, tree, trigger, rule.Complements) < 0) return false;
        foreach (var role in rule.Requires)
        {
            if (tree.Find(trigger, role) < 0 && !OnLightVerb(doc, tree, trigger, role)) return false;
        }

        // "demonstrated its military prowess", "protested that …": a bare verb sense (protest, demonstrate) used with an
        // object its rule does not take, or with a that-clause, is another sense of the word.
        if (rule.Bare && !rule.Noun && (tree.Child(trigger, "ccomp") >= 0
            || (tree.Child(trigger, "obj") is >= 0 and var other && EventTree.IsNominal(doc.Pos[other]) && !TakesObject(rule)))) return false;

        return doc.Pos[trigger] == (rule.Noun ? Upos.NOUN : Upos.VERB);
    }

    /// <summary>"escalated his war against the rebels": a noun's required phrase hung on the light verb whose object it is.</summary>
    private bool OnLightVerb(Doc doc, EventTree tree, int noun, EventRole role) =>
        IsNounPhraseRole(role) && doc.Deprel[noun] == "obj" && doc.Head[noun] is >= 0 and var verb
        && _lexicon.LightVerbs.Contains(doc.Lemma[verb]) && tree.Find(verb, new EventRole("obl", role.Case)) >= 0;

    private static bool IsNounPhraseRole(EventRole role) => role.Case is not null && role.Deprel == "nmod";

    private static bool TakesObject(EventRule rule)
    {
        if (rule.Objects.Count > 0) return true;
        foreach (var role in rule.Targets)
        {
            if (role.Deprel == "obj" && role.Case is null) return true;
        }

        foreach (var role in rule.Sources)
        {
            if (role.Deprel == "obj" && role.Case is null) return true;
        }

        return false;
    }

    /// <summary>"imposed an array of new sanctions": the object is a quantity (actor-nouns.tsv) whose of-phrase has the lemma.</summary>
    private int CountedObject(Doc doc, EventTree tree, int trigger, string label, IReadOnlyList<string> lemmas)
    {
        int obj = tree.Child(trigger, label);
        if (obj < 0 || !_lexicon.ActorNouns.TryGetValue(doc.Lemma[obj], out var kind) || kind != "quantity") return -1;
        int counted = tree.ChildWithLemma(obj, "nmod", lemmas);
        return counted >= 0 && tree.HasCase(counted, "of") ? counted : -1;
    }

    /// <summary>A compound or adjective modifier with one of the lemmas, or a participle the parser made the noun's governor ("warning shots").</summary>
    private static bool HasModifier(Doc doc, EventTree tree, int noun, IReadOnlyList<string> modifiers)
    {
        if (tree.ChildWithLemma(noun, "compound", modifiers) >= 0 || tree.ChildWithLemma(noun, "amod", modifiers) >= 0) return true;
        int head = doc.Head[noun];
        return head == noun - 1 && doc.Xpos[head] == "VBG" && SurfaceIn(doc, head, modifiers);
    }

    /// <summary>
    /// "In the city, warning shots were fired by soldiers": the parser made the participle a clause on a phrase
    /// before the passive verb (its subject, or an in-phrase) and "shots" its object; that object is the real subject.
    /// </summary>
    private static int ParticipleObjectInSubject(Doc doc, EventTree tree, int verb, IReadOnlyList<string> lemmas)
    {
        for (int c = tree.Start + 1; c < verb; c++)
        {
            if (doc.Deprel[c] != "obj" || doc.Head[c] != c - 1 || doc.Xpos[c - 1] != "VBG" || tree.ChildWithLemma(c - 1, "obj", lemmas) != c) continue;
            // The participle must hang, through nominals, on a child of the passive verb.
            int up = c - 1;
            while (doc.Head[up] >= 0 && doc.Head[up] != verb && doc.Deprel[up] is "acl" or "appos" or "nmod" or "conj") up = doc.Head[up];
            if (doc.Head[up] == verb) return c;
        }

        return -1;
    }

    /// <summary>
    /// A participle that the lexicon knows as a noun modifier ("warning" of "warning shots"), directly before its
    /// object and without other arguments, is an adjective the parser read as a clause: no trigger of its own.
    /// </summary>
    private bool IsNounModifier(Doc doc, EventTree tree, int token)
    {
        if (doc.Xpos[token] != "VBG" || token + 1 >= tree.End || doc.Head[token + 1] != token || doc.Deprel[token + 1] != "obj") return false;
        for (int c = tree.Start; c < tree.End; c++)
        {
            if (c != token + 1 && doc.Head[c] == token && doc.Deprel[c] is not ("punct" or "det" or "amod")) return false;
        }

        return _lexicon.IsNounModifier(doc.Text.AsSpan(doc.Start[token], doc.End[token] - doc.Start[token]));
    }

    private static int ToPhrase(Doc doc, EventTree tree, int trigger, IReadOnlyList<string> lemmas)
    {
        int c = tree.ChildWithLemma(trigger, "nmod", lemmas);
        return c >= 0 && tree.HasCase(c, "to") ? c : -1;
    }

    private static bool SurfaceIn(Doc doc, int token, IReadOnlyList<string> words)
    {
        var text = doc.Text.AsSpan(doc.Start[token], doc.End[token] - doc.Start[token]);
        for (int i = 0; i < words.Count; i++)
        {
            if (text.Equals(words[i], StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }

    internal static string Format(int number) => "v" + number.ToString(CultureInfo.InvariantCulture);
}
