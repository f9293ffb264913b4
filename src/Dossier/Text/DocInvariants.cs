using System.Globalization;

namespace Dossier.Text;

/// <summary>
/// Checks the structural invariants of a document's layers and throws on the first violation. Component
/// tests call it after every stage; later layers add their checks here (heads inside their sentence, one root
/// per sentence, well-formed entity spans).
/// </summary>
internal static class DocInvariants
{
    public static void Check(Doc doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        CheckTokens(doc);
        CheckSentences(doc);
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

    private static void Fail(Doc doc, string message) =>
        throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"document '{doc.Info.Id}': {message}"));
}
