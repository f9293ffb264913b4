using System.Diagnostics;
using Dossier.Nlp.Corpora;
using Dossier.Pipeline;
using Dossier.Text;

namespace Dossier.Nlp.Evaluation;

/// <summary>
/// Scores pipeline components against a CoNLL-U treebank on gold tokenisation: documents are rebuilt from
/// the gold words, the components run, and each produced layer is compared word by word.
/// </summary>
public static class UdEvaluation
{
    private const int SentencesPerDoc = 200;

    /// <param name="components">Components to run after tokens and sentences (tagger, lemmatizer, parser…).</param>
    /// <param name="goldTags">Set the Tags layer from the treebank instead of predicting it.</param>
    public static UdScores GoldTokenisation(IEnumerable<ConlluSentence> sentences, IReadOnlyList<IComponent> components, bool goldTags)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(components);
        var workspace = new Workspace();
        long words = 0, upos = 0, xpos = 0, lemma = 0;
        var deps = new DependencyScore();
        var layers = Layer.None;
        var batch = new List<ConlluSentence>(SentencesPerDoc);
        int docNo = 0;
        var seconds = new double[components.Count];
        var cpuSeconds = new double[components.Count];

        void Flush()
        {
            if (batch.Count == 0) return;
            var doc = ConlluDocs.Build(batch, $"ud-{docNo++}", goldTags);
            for (int i = 0; i < components.Count; i++)
            {
                if (goldTags && components[i].Info.Writes == Layer.Tags) continue;
                long started = Stopwatch.GetTimestamp();
                double cpuStarted = ThreadCpuClock.Now();
                components[i].Process(doc, workspace);
                cpuSeconds[i] += ThreadCpuClock.Now() - cpuStarted;
                seconds[i] += Stopwatch.GetElapsedTime(started).TotalSeconds;
            }

            layers = doc.Layers;
            int t = 0;
            foreach (var s in batch)
            {
                int first = t;
                foreach (var w in s.Words)
                {
                    words++;
                    if (doc.Has(Layer.Tags))
                    {
                        if (doc.Pos[t] == Parsing.ParseSentence.ParseUpos(w.Upos)) upos++;
                        if (string.Equals(doc.Xpos[t], w.Xpos, StringComparison.Ordinal)) xpos++;
                    }

                    if (doc.Has(Layer.Lemmas) && string.Equals(doc.Lemma[t], w.Lemma, StringComparison.Ordinal)) lemma++;
                    if (doc.Has(Layer.Heads))
                    {
                        int head = doc.Head[t] < 0 ? -1 : doc.Head[t] - first;
                        deps.Add(w.Head - 1, w.Deprel, head, doc.Deprel[t]);
                    }

                    t++;
                }
            }

            batch.Clear();
        }

        foreach (var s in sentences)
        {
            if (s.StartsDocument || batch.Count == SentencesPerDoc) Flush();
            batch.Add(s);
        }

        Flush();
        double? Pct(long n, Layer layer) => (layers & layer) == 0 || words == 0 ? null : 100.0 * n / words;
        return new UdScores(words, Pct(upos, Layer.Tags), Pct(xpos, Layer.Tags), Pct(lemma, Layer.Lemmas),
            (layers & Layer.Heads) == 0 ? null : deps,
            [.. components.Select((c, i) => (c.Info.Name, seconds[i]))],
            [.. components.Select((c, i) => (c.Info.Name, cpuSeconds[i]))]);
    }
}
