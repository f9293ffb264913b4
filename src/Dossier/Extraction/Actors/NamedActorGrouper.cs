using System.Text;
using Dossier.Nlp.Entities;
using Dossier.Pipeline;
using Dossier.Text;

namespace Dossier.Extraction.Actors;

/// <summary>
/// Pipeline component: groups entity spans into actors, a stand-in until real coreference exists. Spans of
/// the same type and the same normalised name (case and spacing folded) are one actor; a one-word person
/// name and a longer person name ending in the same word ("Massimov", "Karim Massimov") are one person,
/// in either order. Ids are "e1", "e2", … in order of first mention; an actor's name is its longest mention.
/// The optional <see cref="ActorDescriber"/> fills the actors' attributes before they are set.
/// </summary>
public sealed class NamedActorGrouper(ActorDescriber? describer = null) : IComponent
{
    private const string Rule = "actors:same-name";

    public ComponentInfo Info { get; } = new("actors",
        describer is null ? Layer.Tokens | Layer.Entities : Layer.Tokens | Layer.Sentences | Layer.Tags | Layer.Lemmas | Layer.Entities,
        Layer.Actors);

    public void Process(Doc doc, Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var groups = new List<(EntityType Type, string Name, List<Mention> Mentions)>();
        var byKey = new Dictionary<(EntityType, string), int>();
        var bySurname = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var span in doc.Entities)
        {
            string key = Normalise(doc, span.Start, span.End);
            if (key.Length == 0) continue;
            var mention = new Mention(span.Start, span.End, doc.Start[span.Start], doc.End[span.End - 1], MentionKind.Named, span.Rule);
            bool person = span.Type == EntityType.PER;
            string surname = person ? Normalise(doc, span.End - 1, span.End) : "";
            if (!byKey.TryGetValue((span.Type, key), out int group)
                && !(person && span.End - span.Start == 1 && bySurname.TryGetValue(key, out group))
                && !(person && span.End - span.Start > 1 && byKey.TryGetValue((EntityType.PER, surname), out group)))
            {
                group = groups.Count;
                groups.Add((span.Type, "", []));
                byKey[(span.Type, key)] = group;
            }

            byKey.TryAdd((span.Type, key), group);
            if (person && span.End - span.Start > 1) bySurname.TryAdd(surname, group);

            groups[group].Mentions.Add(mention);
        }

        var actors = new Actor[groups.Count];
        for (int i = 0; i < groups.Count; i++)
        {
            var (type, _, mentions) = groups[i];
            var longest = mentions[0];
            foreach (var m in mentions)
            {
                if (m.End - m.Start > longest.End - longest.Start) longest = m;
            }

            actors[i] = new Actor($"e{i + 1}", doc.Text[longest.Start..longest.End], type.ToString(), mentions, []);
        }

        doc.SetActors(describer is null ? actors : describer.Describe(doc, actors));
    }

    /// <summary>The tokens' text, lower-cased, joined by single spaces.</summary>
    private static string Normalise(Doc doc, int start, int end)
    {
        var sb = new StringBuilder();
        for (int t = start; t < end; t++)
        {
            if (sb.Length > 0 && (doc.Flags[t - 1] & TokenFlags.NoSpaceAfter) == 0) sb.Append(' ');
            foreach (char c in doc[t].Text) sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }
}
