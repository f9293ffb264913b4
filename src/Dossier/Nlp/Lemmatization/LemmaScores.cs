using Dossier.Nlp.Corpora;
using Dossier.Nlp.Tagging;

namespace Dossier.Nlp.Lemmatization;

/// <summary>Lemma accuracy (percent) over gold-tokenised sentences, with gold tags or a tagger's predictions.</summary>
internal static class LemmaScores
{
    public static double Measure(LemmatizerModel model, IReadOnlyList<ConlluSentence> sentences, TaggerModel? tagger)
    {
        var scratch = new LemmatizerScratch();
        var taggerScratch = new TaggerScratch();
        long words = 0, correct = 0;
        foreach (var sentence in sentences)
        {
            var layout = SentenceLayout.From(sentence);
            var classes = tagger is null ? default : tagger.Predict(layout.Text, layout.Starts, layout.Ends, taggerScratch);
            for (int i = 0; i < layout.Length; i++)
            {
                var gold = sentence.Words[i];
                var upos = tagger is null ? TagSet.ParseUpos(gold.Upos) : tagger.Tags.Upos(classes[i]);
                var xpos = tagger is null ? gold.Xpos : tagger.Tags.Xpos(classes[i]);
                var lemma = model.Lemmatize(layout.Text.AsSpan(layout.Starts[i], layout.Ends[i] - layout.Starts[i]), upos, xpos, scratch);
                words++;
                if (string.Equals(lemma, gold.Lemma, StringComparison.Ordinal)) correct++;
            }
        }

        return words == 0 ? 0 : 100.0 * correct / words;
    }
}
