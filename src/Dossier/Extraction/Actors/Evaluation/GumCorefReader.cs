using Dossier.Nlp.Corpora;

namespace Dossier.Extraction.Actors.Evaluation;

/// <summary>
/// Reads GUM's coreference layer (MISC <c>Entity=</c> brackets, parsed by <see cref="GumEntityBrackets"/>);
/// only each mention's id and type are used here.
/// A mention's head comes from the gold tree (its first word whose head lies outside the span).
/// </summary>
public static class GumCorefReader
{
    /// <summary>Gold mentions of a run of sentences, with token indices counted from the run's first word.</summary>
    public static List<GoldMention> Read(IReadOnlyList<ConlluSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var mentions = new List<GoldMention>();
        int offset = 0;
        foreach (var sentence in sentences)
        {
            var words = sentence.Words;
            foreach (var m in GumEntityBrackets.Read(words))
                mentions.Add(new GoldMention(offset + m.Start, offset + m.Last + 1, offset + HeadOf(words, m.Start, m.Last), m.Id, m.Type));
            offset += words.Count;
        }

        mentions.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        return mentions;
    }

    /// <summary>The first word of [start, last] whose head is outside it (the span's syntactic head).</summary>
    private static int HeadOf(List<ConlluWord> words, int start, int last)
    {
        for (int i = start; i <= last; i++)
        {
            int head = words[i].Head - 1;
            if (head < start || head > last) return i;
        }

        return last;
    }
}
