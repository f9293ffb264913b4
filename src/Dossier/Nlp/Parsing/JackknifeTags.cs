using Dossier.Nlp.Corpora;
using Dossier.Nlp.Learning;
using Dossier.Nlp.Tagging;
using Dossier.Text;

namespace Dossier.Nlp.Parsing;

/// <summary>
/// Parser training sentences carrying tags as the tagger would predict them on unseen text: the
/// treebank is cut into k folds and each fold is tagged by a tagger trained on the other k−1 folds.
/// A parser trained on gold tags learns to trust them and loses several points on predicted ones.
/// </summary>
internal static class JackknifeTags
{
    /// <summary>The sentences with predicted tags (forms and gold trees kept), in input order.</summary>
    public static List<ParseSentence> Tag(
        IReadOnlyList<ConlluSentence> sentences, int folds, TaggerTrainingOptions options, TagDictionary? clusters, Action<string> log)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        // Folds by sentence text, so a sentence that occurs twice is never tagged by a model that saw it.
        var foldOf = new int[sentences.Count];
        for (int i = 0; i < sentences.Count; i++)
            foldOf[i] = (int)(FeatureHash.Text(SentenceLayout.From(sentences[i]).Text) % (ulong)folds);

        var result = new ParseSentence[sentences.Count];
        var scratch = new TaggerScratch();
        long words = 0, correctXpos = 0;
        for (int fold = 0; fold < folds; fold++)
        {
            var rest = new List<ConlluSentence>();
            for (int i = 0; i < sentences.Count; i++)
            {
                if (foldOf[i] != fold) rest.Add(sentences[i]);
            }

            var tagger = new TaggerTrainer(options, clusters).Train(rest, [], new ModelMetadata(), _ => { });
            for (int i = 0; i < sentences.Count; i++)
            {
                if (foldOf[i] != fold) continue;
                var sentence = ParseSentence.FromConllu(sentences[i]);
                result[i] = Retag(tagger, sentence, SentenceLayout.From(sentences[i]), scratch);
                words += sentence.Length;
                for (int w = 0; w < sentence.Length; w++)
                {
                    if (string.Equals(sentence.Xpos[w], result[i].Xpos[w], StringComparison.Ordinal)) correctXpos++;
                }
            }

            log($"jackknife fold {fold + 1}/{folds} tagged");
        }

        log($"jackknifed tags: XPOS {100.0 * correctXpos / Math.Max(1, words):F2}% of {words} training words");
        return [.. result];
    }

    /// <summary>A copy of <paramref name="sentence"/> with the tags <paramref name="tagger"/> predicts for it.</summary>
    public static ParseSentence Retag(TaggerModel tagger, ParseSentence sentence, SentenceLayout layout, TaggerScratch scratch)
    {
        var classes = tagger.Predict(layout.Text, layout.Starts, layout.Ends, scratch);
        var upos = new Upos[sentence.Length];
        var xpos = new string[sentence.Length];
        tagger.Commit(classes, upos, xpos);
        return sentence.WithTags(xpos, upos);
    }
}
