using Dossier.Nlp.Entities;
using Dossier.Pipeline;
using Dossier.Text;

namespace Dossier.Extraction.Claims;

/// <summary>
/// What the claim finders need to know about one document, computed once: which richer layers exist,
/// the paragraph of each sentence, and an index from character spans to actor ids and person names.
/// </summary>
internal sealed class ClaimContext
{
    private readonly (int Start, int End, string Id)[] _actorMentions;
    private readonly (int Start, int End)[] _people;

    public ClaimContext(Doc doc)
    {
        Doc = doc;
        HasTags = doc.Has(Layer.Tags);
        Segments = Segments.Build(doc);
        _people = doc.Has(Layer.Entities)
            ? [.. doc.Entities.Where(e => e.Type == EntityType.PER).Select(e => (doc.Start[e.Start], doc.End[e.End - 1])).OrderBy(p => p.Item1)]
            : [];
        _actorMentions = doc.Has(Layer.Actors)
            ? [.. doc.Actors.SelectMany(a => a.Mentions.Select(m => (m.Start, m.End, a.Id))).OrderBy(m => m.Start).ThenBy(m => m.End)]
            : [];
    }

    public Doc Doc { get; }

    public bool HasTags { get; }

    public bool HasEntities => _people.Length > 0;

    /// <summary>Sentences cut at line breaks, with their paragraphs: the units every claim pattern stays inside.</summary>
    public Segments Segments { get; }

    /// <summary>The actor whose mention overlaps the span most, or null (also null without an actor layer).</summary>
    public string? ActorAt(CharRange span)
    {
        string? best = null;
        int bestOverlap = 0;
        foreach (var (start, end, id) in _actorMentions)
        {
            if (start >= span.End) break;
            int overlap = Math.Min(end, span.End) - Math.Max(start, span.Start);
            if (overlap > bestOverlap)
            {
                bestOverlap = overlap;
                best = id;
            }
        }

        return best;
    }

    /// <summary>The most recent person name that ends before <paramref name="offset"/> (for "he said").</summary>
    public CharRange? PersonBefore(int offset)
    {
        CharRange? found = null;
        foreach (var (start, end) in _people)
        {
            if (end > offset) break;
            found = new CharRange(start, end);
        }

        return found;
    }
}
