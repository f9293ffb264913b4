using Dossier.Nlp.Corpora;

namespace Dossier.Nlp.Tagging;

/// <summary>UPOS and XPOS accuracy (percent) of a tagger model over gold-tokenised sentences.</summary>
internal readonly record struct TaggerScores(long Words, double Upos, double Xpos)
{
    public static TaggerScores Measure(TaggerModel model, IReadOnlyList<ConlluSentence> sentences)
    {
        var scratch = new TaggerScratch();
        long words = 0, upos = 0, xpos = 0;
        foreach (var sentence in sentences)
        {
            var layout = SentenceLayout.From(sentence);
            var classes = model.Predict(layout.Text, layout.Starts, layout.Ends, scratch);
            for (int i = 0; i < classes.Length; i++)
            {
                var gold = sentence.Words[i];
                words++;
                if (model.Tags.Upos(classes[i]) == TagSet.ParseUpos(gold.Upos)) upos++;
                if (string.Equals(model.Tags.Xpos(classes[i]), gold.Xpos, StringComparison.Ordinal)) xpos++;
            }
        }

        return words == 0 ? new TaggerScores(0, 0, 0) : new TaggerScores(words, 100.0 * upos / words, 100.0 * xpos / words);
    }
}
