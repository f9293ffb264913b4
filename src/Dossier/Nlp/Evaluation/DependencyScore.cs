namespace Dossier.Nlp.Evaluation;

/// <summary>
/// Attachment scores over words, punctuation included. LAS compares universal labels only (the part before
/// ':'), as the CoNLL 2018 shared-task evaluation does; <see cref="LasFull"/> also compares subtypes.
/// </summary>
public sealed class DependencyScore
{
    public long Words { get; private set; }

    public long HeadCorrect { get; private set; }

    public long LabelledCorrect { get; private set; }

    public long LabelledFullCorrect { get; private set; }

    public double Uas => Percent(HeadCorrect);

    public double Las => Percent(LabelledCorrect);

    public double LasFull => Percent(LabelledFullCorrect);

    /// <summary>Counts one word; heads are any consistent indexing (e.g. -1 or 0 for the root).</summary>
    public void Add(int goldHead, ReadOnlySpan<char> goldLabel, int predictedHead, ReadOnlySpan<char> predictedLabel)
    {
        Words++;
        if (goldHead != predictedHead) return;
        HeadCorrect++;
        if (Universal(goldLabel).SequenceEqual(Universal(predictedLabel))) LabelledCorrect++;
        if (goldLabel.SequenceEqual(predictedLabel)) LabelledFullCorrect++;
    }

    public static ReadOnlySpan<char> Universal(ReadOnlySpan<char> label)
    {
        int colon = label.IndexOf(':');
        return colon < 0 ? label : label[..colon];
    }

    private double Percent(long count) => Words == 0 ? 0 : 100.0 * count / Words;
}
