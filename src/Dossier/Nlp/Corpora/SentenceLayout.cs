namespace Dossier.Nlp.Corpora;

/// <summary>
/// A gold-tokenised sentence laid out as text plus token offsets (words joined by single spaces), the same
/// shape a Doc gives a model, so training, evaluation and inference share one code path.
/// </summary>
internal sealed record SentenceLayout(string Text, int[] Starts, int[] Ends)
{
    public int Length => Starts.Length;

    public static SentenceLayout From(ConlluSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var words = sentence.Words;
        var starts = new int[words.Count];
        var ends = new int[words.Count];
        int at = 0;
        for (int i = 0; i < words.Count; i++)
        {
            starts[i] = at;
            at += words[i].Form.Length;
            ends[i] = at;
            at++;
        }

        var forms = new string[words.Count];
        for (int i = 0; i < forms.Length; i++) forms[i] = words[i].Form;
        return new SentenceLayout(string.Join(' ', forms), starts, ends);
    }
}
