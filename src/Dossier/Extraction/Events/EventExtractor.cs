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
        for (int s = 0; s < doc.SentenceCount; s++)
        {
            var tree = new EventTree(doc, s);
            for (int t = tree.Start; t < tree.End; t++)
            {
                // A participle modifying a noun ("warning shots", "the arrested man") is no event of its own.
                if ((doc.Flags[t] & TokenFlags.Boilerplate) != 0 || doc.Deprel[t] is "amod" or "compound") continue;
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
                    for (int added = context.Emit(tree, t, rule, events); added > 0; added--) triggers.Add(t);
                    break;
                }
            }
        }

        doc.SetEvents(Renumber(EventOverlap.Prune(doc, _lexicon, events, triggers)));
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

    private static bool Matches(Doc doc, EventTree tree, EventRule rule, int trigger)
    {
        if (rule.Particle is not null && tree.ChildWithLemma(trigger, "compound:prt", [rule.Particle]) < 0) return false;
        if (rule.Modifiers is { Count: > 0 } modifiers && tree.ChildWithLemma(trigger, "compound", modifiers) < 0
            && tree.ChildWithLemma(trigger, "amod", modifiers) < 0) return false;
        if (rule.Objects.Count > 0)
        {
            string objectLabel = !rule.Noun && tree.IsPassive(trigger) ? "nsubj:pass" : "obj";
            int obj = tree.ChildWithLemma(trigger, objectLabel, rule.Objects);
            if (obj < 0) return false;
            // "fired warning shots": the object's own modifier picks the rule.
            if (rule.ObjectModifiers is { Count: > 0 } objectModifiers && tree.ChildWithLemma(obj, "compound", objectModifiers) < 0
                && tree.ChildWithLemma(obj, "amod", objectModifiers) < 0) return false;
        }

        if (rule.Complements.Count > 0 && tree.ChildWithLemma(trigger, "xcomp", rule.Complements) < 0
            && tree.ChildWithLemma(trigger, "acl", rule.Complements) < 0) return false;
        foreach (var role in rule.Requires)
        {
            if (tree.Find(trigger, role) < 0) return false;
        }

        return doc.Pos[trigger] == (rule.Noun ? Upos.NOUN : Upos.VERB);
    }

    internal static string Format(int number) => "v" + number.ToString(CultureInfo.InvariantCulture);
}
