using Dossier.Pipeline;

namespace Dossier.Text.Tokenization;

/// <summary>
/// Scores the tokenizer and sentence splitter against a CoNLL-U treebank: each document's raw text is rebuilt
/// (see <see cref="GoldSegmentation"/>), segmented, and a token or sentence counts as correct when both of
/// its character boundaries match a gold one. Shared by <c>dossier eval tokenize</c> and the floor tests.
/// </summary>
internal static class TokenizationEval
{
    public static TokenizationScores Evaluate(string conlluPath, Tokenizer tokenizer, SentenceSplitter splitter, Action<TokenizationMiss, string>? onMiss = null)
    {
        var workspace = new Workspace();
        var tokens = default(SpanScore);
        var sentences = default(SpanScore);
        int documents = 0;
        long characters = 0;
        foreach (var gold in GoldSegmentation.Read(conlluPath))
        {
            var doc = new Doc(gold.Text, new DocumentInfo(gold.Id));
            tokenizer.Process(doc, workspace);
            splitter.Process(doc, workspace);
            documents++;
            characters += gold.Text.Length;

            var predictedTokens = new CharRange[doc.Count];
            for (int t = 0; t < doc.Count; t++) predictedTokens[t] = new CharRange(doc.Start[t], doc.End[t]);
            var predictedSentences = new CharRange[doc.SentenceCount];
            for (int s = 0; s < doc.SentenceCount; s++)
                predictedSentences[s] = new CharRange(doc.Start[doc.SentStart[s]], doc.End[doc.SentEnd[s] - 1]);

            tokens = tokens.Add(Compare(gold.Tokens, predictedTokens, gold, false, onMiss));
            sentences = sentences.Add(Compare(gold.Sentences, predictedSentences, gold, true, onMiss));
        }

        return new TokenizationScores(Path.GetFileName(conlluPath), documents, characters, tokens, sentences);
    }

    /// <summary>Matches two span lists, each sorted by start, in one merge pass.</summary>
    private static SpanScore Compare(CharRange[] gold, CharRange[] predicted, GoldSegmentation doc, bool sentence, Action<TokenizationMiss, string>? onMiss)
    {
        int g = 0, p = 0, correct = 0;
        while (g < gold.Length || p < predicted.Length)
        {
            if (g < gold.Length && p < predicted.Length && gold[g] == predicted[p])
            {
                correct++;
                g++;
                p++;
            }
            else if (p >= predicted.Length || (g < gold.Length && Before(gold[g], predicted[p])))
            {
                onMiss?.Invoke(new TokenizationMiss(doc.Id, gold[g], true, sentence), doc.Text);
                g++;
            }
            else
            {
                onMiss?.Invoke(new TokenizationMiss(doc.Id, predicted[p], false, sentence), doc.Text);
                p++;
            }
        }

        return new SpanScore(gold.Length, predicted.Length, correct);
    }

    private static bool Before(CharRange a, CharRange b) => a.Start != b.Start ? a.Start < b.Start : a.End < b.End;
}
