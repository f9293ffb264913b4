using Dossier.Text;

namespace Dossier.Nlp.Entities;

/// <summary>
/// The units the NER model tags: tokens, except that hyphen-joined words ("Kassym-Jomart", "Russian-led")
/// are one unit, as CoNLL-2003 (the model's training data) writes them, while the UD-style tokenizer splits
/// them into three tokens. Spans found over units map back to token ranges.
/// </summary>
internal sealed class NerWords
{
    private NerWords(int[] start, int[] end, int[] firstToken, int[] lastToken, int[] sentStart, int[] sentEnd)
    {
        Start = start;
        End = end;
        FirstToken = firstToken;
        LastToken = lastToken;
        SentStart = sentStart;
        SentEnd = sentEnd;
    }

    public int[] Start { get; }
    public int[] End { get; }
    public int[] FirstToken { get; }
    public int[] LastToken { get; }
    public int[] SentStart { get; }
    public int[] SentEnd { get; }

    /// <param name="sentStart">Token ranges to tag (boilerplate already left out).</param>
    public static NerWords Build(Doc doc, int[] sentStart, int[] sentEnd)
    {
        var start = new List<int>(doc.Count);
        var end = new List<int>(doc.Count);
        var first = new List<int>(doc.Count);
        var last = new List<int>(doc.Count);
        var wordSentStart = new int[sentStart.Length];
        var wordSentEnd = new int[sentStart.Length];
        for (int s = 0; s < sentStart.Length; s++)
        {
            wordSentStart[s] = start.Count;
            for (int t = sentStart[s]; t < sentEnd[s]; t++)
            {
                int f = t;
                while (t + 2 < sentEnd[s] && JoinsByHyphen(doc, t)) t += 2;
                start.Add(doc.Start[f]);
                end.Add(doc.End[t]);
                first.Add(f);
                last.Add(t);
            }

            wordSentEnd[s] = start.Count;
        }

        return new NerWords([.. start], [.. end], [.. first], [.. last], wordSentStart, wordSentEnd);
    }

    /// <summary>Token t, a lone hyphen and the next word, written without spaces: "Kassym" "-" "Jomart".</summary>
    private static bool JoinsByHyphen(Doc doc, int t) =>
        (doc.Flags[t] & TokenFlags.NoSpaceAfter) != 0
        && (doc.Flags[t + 1] & TokenFlags.NoSpaceAfter) != 0
        && doc.End[t + 1] - doc.Start[t + 1] == 1 && doc.Text[doc.Start[t + 1]] == '-'
        && char.IsLetterOrDigit(doc.Text[doc.Start[t]]) && char.IsLetterOrDigit(doc.Text[doc.Start[t + 2]]);
}
