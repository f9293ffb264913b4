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

    /// <summary>
    /// The actor a speaker or source phrase names, or null (also null without an actor layer). The mention
    /// must end where the phrase ends, bar closing brackets and quotes: the name is the phrase's head, so
    /// "the Kazakh government" is not the place "Kazakh" while "US Secretary of State Antony Blinken" is Blinken.
    /// </summary>
    public string? ActorAt(CharRange span)
    {
        int end = span.End;
        while (end > span.Start && (char.IsWhiteSpace(Doc.Text[end - 1]) || Doc.Text[end - 1] is ')' or ']' or '"' or '\'' or '\u2019' or '\u201D'))
            end--;
        string? best = null;
        int bestLength = 0;
        foreach (var (start, mentionEnd, id) in _actorMentions)
        {
            if (start >= end) break;
            if (mentionEnd != end || start < span.Start) continue;
            if (mentionEnd - start > bestLength)
            {
                bestLength = mentionEnd - start;
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
