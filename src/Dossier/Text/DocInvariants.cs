using System.Globalization;

namespace Dossier.Text;

/// <summary>
/// Checks the structural invariants of a document's layers and throws on the first violation: tokens and
/// sentences tile the text, every sentence is one tree, entity and mention spans are well formed, ids are
/// unique, and every reference (actor ids, evidence offsets) points at something that exists. Component tests
/// and the pipeline invariant test call it on every document they produce.
/// </summary>
internal static class DocInvariants
{
    public static void Check(Doc doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        CheckTokens(doc);
        CheckSentences(doc);
        if (doc.Has(Pipeline.Layer.Heads)) CheckTrees(doc);
        CheckEntities(doc);
        var actorIds = CheckActors(doc);
        CheckClaimsAndEvents(doc, actorIds);
    }

    /// <summary>Tokens are non-empty, inside the text, in order and non-overlapping, and never start or end
    /// inside a surrogate pair.</summary>
    private static void CheckTokens(Doc doc)
    {
        if (doc.Start.Length != doc.End.Length || doc.Start.Length != doc.Flags.Length)
            Fail(doc, "token arrays differ in length");
        int previousEnd = 0;
        for (int t = 0; t < doc.Count; t++)
        {
            int start = doc.Start[t], end = doc.End[t];
            if (start < 0 || end > doc.Text.Length) Fail(doc, $"token {t} [{start}, {end}) lies outside the text (length {doc.Text.Length})");
            if (start >= end) Fail(doc, $"token {t} [{start}, {end}) is empty");
            if (start < previousEnd) Fail(doc, $"token {t} starts at {start}, before the previous token ends ({previousEnd})");
            if ((start > 0 && char.IsSurrogatePair(doc.Text[start - 1], doc.Text[start])) ||
                (end < doc.Text.Length && char.IsSurrogatePair(doc.Text[end - 1], doc.Text[end])))
                Fail(doc, $"token {t} [{start}, {end}) splits a surrogate pair");
            previousEnd = end;
        }
    }

    /// <summary>Sentences are non-empty, in order, and together cover every token exactly once.</summary>
    private static void CheckSentences(Doc doc)
    {
        if (!doc.Has(Pipeline.Layer.Sentences)) return;
        if (doc.SentStart.Length != doc.SentEnd.Length) Fail(doc, "sentence arrays differ in length");
        int expected = 0;
        for (int s = 0; s < doc.SentenceCount; s++)
        {
            if (doc.SentStart[s] != expected) Fail(doc, $"sentence {s} starts at token {doc.SentStart[s]}, expected {expected}");
            if (doc.SentEnd[s] <= doc.SentStart[s]) Fail(doc, $"sentence {s} is empty");
            expected = doc.SentEnd[s];
        }

        if (expected != doc.Count) Fail(doc, $"sentences cover {expected} of {doc.Count} tokens");
    }

    /// <summary>Each sentence is one tree: heads inside the sentence, exactly one root, no cycles.</summary>
    private static void CheckTrees(Doc doc)
    {
        for (int s = 0; s < doc.SentenceCount; s++)
        {
            int start = doc.SentStart[s], end = doc.SentEnd[s], roots = 0;
            for (int t = start; t < end; t++)
            {
                int head = doc.Head[t];
                if (head == -1) { roots++; continue; }
                if (head < start || head >= end || head == t) Fail(doc, $"token {t} has head {head} outside sentence {s} [{start}, {end}) or itself");
                int steps = 0;
                for (int h = head; h != -1; h = doc.Head[h])
                {
                    if (++steps > end - start) Fail(doc, $"token {t} is on a head cycle in sentence {s}");
                }
            }

            if (roots != 1) Fail(doc, $"sentence {s} has {roots} roots");
        }
    }

    /// <summary>Entity spans are non-empty, in order, non-overlapping and inside the tokens.</summary>
    private static void CheckEntities(Doc doc)
    {
        int previousEnd = 0;
        foreach (var e in doc.Entities)
        {
            if (e.Start < previousEnd || e.End <= e.Start || e.End > doc.Count)
                Fail(doc, $"entity [{e.Start}, {e.End}) is empty, out of order, overlapping or outside the tokens");
            previousEnd = e.End;
        }
    }

    /// <summary>Actor ids are unique; each mention's character offsets are those of its tokens.</summary>
    private static HashSet<string> CheckActors(Doc doc)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var actor in doc.Actors)
        {
            if (!ids.Add(actor.Id)) Fail(doc, $"actor id '{actor.Id}' is used twice");
            foreach (var m in actor.Mentions)
            {
                if (m.TokenStart < 0 || m.TokenEnd > doc.Count || m.TokenEnd <= m.TokenStart ||
                    m.Start != doc.Start[m.TokenStart] || m.End != doc.End[m.TokenEnd - 1] ||
                    m.Head < m.TokenStart || m.Head >= m.TokenEnd)
                    Fail(doc, $"actor {actor.Id}: mention [{m.TokenStart}, {m.TokenEnd}) has offsets or a head that do not match its tokens");
            }
        }

        return ids;
    }

    /// <summary>Quotes, figures, timexes and events point inside the text, and their actor references exist.</summary>
    private static void CheckClaimsAndEvents(Doc doc, HashSet<string> actorIds)
    {
        foreach (var t in doc.Timexes) CheckRange(doc, t.Id, t.Span);
        foreach (var q in doc.Quotes)
        {
            CheckRange(doc, q.Id, q.Content);
            CheckActor(doc, q.Id, q.Speaker, actorIds);
        }

        foreach (var f in doc.Figures)
        {
            CheckRange(doc, f.Id, f.Evidence);
            CheckActor(doc, f.Id, f.AttributedTo, actorIds);
        }

        foreach (var e in doc.Events)
        {
            CheckRange(doc, e.Id, e.Evidence);
            CheckActor(doc, e.Id, e.Source, actorIds);
            CheckActor(doc, e.Id, e.Target, actorIds);
            CheckActor(doc, e.Id, e.Location, actorIds);
        }
    }

    private static void CheckRange(Doc doc, string id, CharRange range)
    {
        if (range.Start < 0 || range.End > doc.Text.Length || range.End < range.Start)
            Fail(doc, $"{id}: range [{range.Start}, {range.End}) lies outside the text (length {doc.Text.Length})");
    }

    private static void CheckActor(Doc doc, string id, string? actor, HashSet<string> actorIds)
    {
        if (actor is not null && !actorIds.Contains(actor)) Fail(doc, $"{id}: refers to actor '{actor}', which the document does not have");
    }

    private static void Fail(Doc doc, string message) =>
        throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"document '{doc.Info.Id}': {message}"));
}
