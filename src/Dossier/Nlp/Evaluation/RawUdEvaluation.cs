using System.Text;
using Dossier.Nlp.Corpora;
using Dossier.Pipeline;
using Dossier.Text;

namespace Dossier.Nlp.Evaluation;

/// <summary>
/// Scores a pipeline from raw text as the CoNLL 2018 shared task does: the treebank's text is rebuilt
/// (forms and SpaceAfter), the full pipeline runs on it, and system and gold units are aligned by character
/// offsets. Tokens and sentences match when their spans are equal; words match by span, and inside a gold
/// multiword token by the longest common subsequence of forms. Scores are F1 over aligned words.
/// </summary>
public static class RawUdEvaluation
{
    public static RawUdScores Evaluate(IReadOnlyList<ConlluSentence> sentences, IReadOnlyList<IComponent> components)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(components);
        var totals = new Counts();
        var workspace = new Workspace();
        int from = 0;
        for (int i = 1; i <= sentences.Count; i++)
        {
            if (i < sentences.Count && !sentences[i].StartsDocument) continue;
            EvaluateDocument(sentences, from, i, components, workspace, totals);
            from = i;
        }

        return totals.ToScores();
    }

    private sealed class Counts
    {
        public long GoldTokens, SystemTokens, MatchedTokens;
        public long GoldSentences, SystemSentences, MatchedSentences;
        public long GoldWords, SystemWords, MatchedWords, Upos, Uas, Las;
        public bool HasTags, HasHeads;

        public RawUdScores ToScores() => new(
            F1(MatchedTokens, GoldTokens, SystemTokens), F1(MatchedSentences, GoldSentences, SystemSentences),
            F1(MatchedWords, GoldWords, SystemWords),
            HasTags ? F1(Upos, GoldWords, SystemWords) : null,
            HasHeads ? F1(Uas, GoldWords, SystemWords) : null,
            HasHeads ? F1(Las, GoldWords, SystemWords) : null);

        private static double F1(long correct, long gold, long system) => gold + system == 0 ? 0 : 200.0 * correct / (gold + system);
    }

    /// <summary>A gold word with its character span; words of one multiword token share its span.</summary>
    private readonly record struct GoldWord(int Start, int End, bool InMultiword, ConlluWord Word, int SentenceFirst);

    private static void EvaluateDocument(
        IReadOnlyList<ConlluSentence> sentences, int from, int to, IReadOnlyList<IComponent> components, Workspace workspace, Counts c)
    {
        var text = new StringBuilder();
        var gold = new List<GoldWord>();
        var goldTokens = new List<(int, int)>();
        var goldSentences = new List<(int, int)>();
        for (int s = from; s < to; s++)
        {
            var sentence = sentences[s];
            if (s > from) text.Append(sentence.StartsParagraph ? "\n\n" : " ");
            int sentenceStart = text.Length, first = gold.Count;
            for (int w = 0; w < sentence.Words.Count; w++)
            {
                var word = sentence.Words[w];
                var mwt = sentence.Multiwords.Find(m => m.First == word.Id);
                int start = text.Length;
                if (mwt is not null)
                {
                    text.Append(mwt.Form);
                    for (; w < sentence.Words.Count && sentence.Words[w].Id <= mwt.Last; w++)
                        gold.Add(new GoldWord(start, text.Length, true, sentence.Words[w], first));
                    w--;
                    if (mwt.SpaceAfter) text.Append(' ');
                    goldTokens.Add((start, start + mwt.Form.Length));
                    continue;
                }

                text.Append(word.Form);
                gold.Add(new GoldWord(start, text.Length, false, word, first));
                goldTokens.Add((start, text.Length));
                if (word.SpaceAfter) text.Append(' ');
            }

            goldSentences.Add((sentenceStart, gold[^1].End));
        }

        var doc = new Doc(text.ToString(), new DocumentInfo($"ud-{from}"));
        foreach (var component in components) component.Process(doc, workspace);
        c.HasTags = doc.Has(Layer.Tags);
        c.HasHeads = doc.Has(Layer.Heads);

        var systemTokens = new List<(int, int)>(doc.Count);
        for (int t = 0; t < doc.Count; t++) systemTokens.Add((doc.Start[t], doc.End[t]));
        var systemSentences = new List<(int, int)>(doc.SentenceCount);
        for (int s = 0; s < doc.SentenceCount; s++)
        {
            if (doc.SentEnd[s] > doc.SentStart[s]) systemSentences.Add((doc.Start[doc.SentStart[s]], doc.End[doc.SentEnd[s] - 1]));
        }

        c.GoldTokens += goldTokens.Count;
        c.SystemTokens += systemTokens.Count;
        c.MatchedTokens += CountEqual(goldTokens, systemTokens);
        c.GoldSentences += goldSentences.Count;
        c.SystemSentences += systemSentences.Count;
        c.MatchedSentences += CountEqual(goldSentences, systemSentences);

        var systemOf = Align(doc, gold);
        var goldOf = new int[doc.Count];
        Array.Fill(goldOf, -1);
        for (int g = 0; g < gold.Count; g++)
        {
            if (systemOf[g] >= 0) goldOf[systemOf[g]] = g;
        }

        c.GoldWords += gold.Count;
        c.SystemWords += doc.Count;
        for (int g = 0; g < gold.Count; g++)
        {
            int t = systemOf[g];
            if (t < 0) continue;
            c.MatchedWords++;
            var word = gold[g].Word;
            if (c.HasTags && doc.Pos[t] == Parsing.ParseSentence.ParseUpos(word.Upos)) c.Upos++;
            if (!c.HasHeads) continue;
            int goldHead = word.Head == 0 ? -1 : gold[g].SentenceFirst + word.Head - 1;
            int systemHead = doc.Head[t] < 0 ? -1 : goldOf[doc.Head[t]];
            if (systemHead != goldHead || (doc.Head[t] >= 0 && systemHead < 0)) continue;
            c.Uas++;
            if (DependencyScore.Universal(word.Deprel).SequenceEqual(DependencyScore.Universal(doc.Deprel[t]))) c.Las++;
        }
    }

    /// <summary>How many spans occur in both lists (each sorted by start, spans not overlapping within a list).</summary>
    private static long CountEqual(List<(int Start, int End)> gold, List<(int Start, int End)> system)
    {
        long matched = 0;
        for (int i = 0, j = 0; i < gold.Count && j < system.Count;)
        {
            if (gold[i] == system[j])
            {
                matched++;
                i++;
                j++;
            }
            else if (gold[i].Start < system[j].Start || (gold[i].Start == system[j].Start && gold[i].End < system[j].End))
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return matched;
    }

    /// <summary>For each gold word, the aligned system token, or -1.</summary>
    private static int[] Align(Doc doc, List<GoldWord> gold)
    {
        var systemOf = new int[gold.Count];
        Array.Fill(systemOf, -1);
        int t = 0;
        for (int g = 0; g < gold.Count;)
        {
            var gw = gold[g];
            while (t < doc.Count && doc.End[t] <= gw.Start) t++;
            if (!gw.InMultiword)
            {
                if (t < doc.Count && doc.Start[t] == gw.Start && doc.End[t] == gw.End) systemOf[g] = t;
                g++;
                continue;
            }

            // A multiword token: align the gold words and the system tokens inside its span by LCS of forms.
            int gEnd = g;
            while (gEnd < gold.Count && gold[gEnd].InMultiword && gold[gEnd].Start == gw.Start) gEnd++;
            int tEnd = t;
            while (tEnd < doc.Count && doc.Start[tEnd] >= gw.Start && doc.End[tEnd] <= gw.End) tEnd++;
            AlignByLcs(doc, gold, g, gEnd, t, tEnd, systemOf);
            g = gEnd;
        }

        return systemOf;
    }

    private static void AlignByLcs(Doc doc, List<GoldWord> gold, int g0, int g1, int t0, int t1, int[] systemOf)
    {
        int n = g1 - g0, m = t1 - t0;
        if (m == 0) return;
        var table = new int[n + 1, m + 1];
        for (int i = n - 1; i >= 0; i--)
        {
            for (int j = m - 1; j >= 0; j--)
            {
                table[i, j] = SameForm(doc, t0 + j, gold[g0 + i].Word.Form)
                    ? table[i + 1, j + 1] + 1
                    : Math.Max(table[i + 1, j], table[i, j + 1]);
            }
        }

        for (int i = 0, j = 0; i < n && j < m;)
        {
            if (SameForm(doc, t0 + j, gold[g0 + i].Word.Form))
            {
                systemOf[g0 + i] = t0 + j;
                i++;
                j++;
            }
            else if (table[i + 1, j] >= table[i, j + 1])
            {
                i++;
            }
            else
            {
                j++;
            }
        }
    }

    private static bool SameForm(Doc doc, int t, string form) =>
        doc.Text.AsSpan(doc.Start[t], doc.End[t] - doc.Start[t]).Equals(form, StringComparison.OrdinalIgnoreCase);
}
