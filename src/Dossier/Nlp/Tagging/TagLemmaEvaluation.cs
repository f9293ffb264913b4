using System.Diagnostics;
using Dossier.Nlp.Corpora;
using Dossier.Nlp.Lemmatization;
using Dossier.Pipeline;

namespace Dossier.Nlp.Tagging;

/// <summary>
/// Runs the Tagger and Lemmatizer components (the same code path as the pipeline) over a CoNLL-U file with
/// gold tokens and sentences, scores UPOS/XPOS/lemma word by word and times the two components.
/// </summary>
public static class TagLemmaEvaluation
{
    /// <param name="errors">When given, receives one line per wrongly tagged or lemmatized word (form, gold, predicted).</param>
    public static TagLemmaScores Evaluate(string conlluPath, Tagger tagger, Lemmatizer lemmatizer, TextWriter? errors = null)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(lemmatizer);
        var batches = ConlluDocs.Read(ConlluReader.Read(conlluPath), Path.GetFileName(conlluPath)).ToList();
        var workspace = new Workspace();
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        foreach (var (doc, _) in batches)
        {
            tagger.Process(doc, workspace);
            lemmatizer.Process(doc, workspace);
        }

        clock.Stop();
        process.Refresh();
        double cpuSeconds = (process.TotalProcessorTime - cpu).TotalSeconds;
        long words = 0, upos = 0, xpos = 0, lemma = 0;
        foreach (var (doc, sentences) in batches)
        {
            int t = 0;
            foreach (var sentence in sentences)
            {
                foreach (var gold in sentence.Words)
                {
                    words++;
                    if (doc.Pos[t] == TagSet.ParseUpos(gold.Upos)) upos++;
                    if (string.Equals(doc.Xpos[t], gold.Xpos, StringComparison.Ordinal)) xpos++;
                    if (string.Equals(doc.Lemma[t], gold.Lemma, StringComparison.Ordinal)) lemma++;
                    else errors?.WriteLine($"lemma\t{gold.Form}\t{gold.Xpos}\t{gold.Lemma}\t{doc.Xpos[t]}\t{doc.Lemma[t]}");
                    if (doc.Pos[t] != TagSet.ParseUpos(gold.Upos) || !string.Equals(doc.Xpos[t], gold.Xpos, StringComparison.Ordinal))
                        errors?.WriteLine($"tag\t{gold.Form}\t{gold.Upos}|{gold.Xpos}\t{doc.Pos[t]}|{doc.Xpos[t]}");
                    t++;
                }
            }
        }

        double Percent(long n) => words == 0 ? 0 : 100.0 * n / words;
        return new TagLemmaScores(words, Percent(upos), Percent(xpos), Percent(lemma), clock.Elapsed.TotalSeconds, cpuSeconds);
    }
}
