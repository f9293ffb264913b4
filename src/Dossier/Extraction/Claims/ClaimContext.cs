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
    private readonly (string Title, string Role, string Id)[] _titles;

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
        _titles = doc.Has(Layer.Actors) ? Titles(doc) : [];
    }

    /// <summary>Each actor's role titles as written in the text ("US Secretary of State"), with the role value.</summary>
    private static (string Title, string Role, string Id)[] Titles(Doc doc)
    {
        var titles = new List<(string, string, string)>();
        foreach (var actor in doc.Actors)
        {
            foreach (var a in actor.Attributes)
            {
                if (a.Key != "role" || a.Start is not { } start || a.End is not { } end || end <= start || end > doc.Text.Length) continue;
                var title = (WithoutDeterminer(doc.Text.AsSpan(start, end - start)), a.Value, actor.Id);
                if (!titles.Contains(title)) titles.Add(title);
            }
        }

        return [.. titles];
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
    /// The actor layer decides what a phrase refers to: a description it links to a named actor ("the ministry"
    /// after "the Foreign Ministry") gives that actor's id. A phrase that is no mention at all (a headline's
    /// "US Secretary of State: …") takes the one actor the document gives that title (<see cref="TitledActor"/>).
    /// </summary>
    public string? ActorAt(CharRange span) => MentionedActor(span) ?? TitledActor(span);

    private string? MentionedActor(CharRange span)
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

    /// <summary>
    /// The actor whose role title, as written next to its name ("US Secretary of State Antony Blinken"), equals a
    /// capitalised phrase without its determiner or ends with it ("Secretary of State"), and the phrase ends in
    /// the role itself (a name is not a title: "Mueller's" is not "special counsel Robert Mueller's"); null when no actor or more
    /// than one has that title. Lower-case descriptions ("the minister") are the actor layer's to resolve.
    /// </summary>
    private string? TitledActor(CharRange span)
    {
        if (_titles.Length == 0) return null;
        var phrase = WithoutDeterminer(Doc.Text.AsSpan(span.Start, span.End - span.Start));
        if (phrase.Length == 0 || !char.IsUpper(phrase[0])) return null;
        string? found = null;
        foreach (var (title, role, id) in _titles)
        {
            bool match = phrase.EndsWith(role, StringComparison.OrdinalIgnoreCase) &&
                         (title.Equals(phrase, StringComparison.OrdinalIgnoreCase) ||
                          (title.Length > phrase.Length && title[title.Length - phrase.Length - 1] == ' ' &&
                           title.EndsWith(phrase, StringComparison.OrdinalIgnoreCase)));
            if (!match || id == found) continue;
            if (found is not null) return null;
            found = id;
        }

        return found;
    }

    private static string WithoutDeterminer(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        foreach (var determiner in (ReadOnlySpan<string>)["the ", "a ", "an "])
        {
            if (text.StartsWith(determiner, StringComparison.OrdinalIgnoreCase)) return text[determiner.Length..].Trim().ToString();
        }

        return text.ToString();
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
