namespace Dossier.Extraction.Actors.Evaluation;

/// <summary>Precision, recall and F1 (percentages) of one coreference metric.</summary>
public readonly record struct MetricScore(double Precision, double Recall, double F1)
{
    public static MetricScore From(double pNum, double pDen, double rNum, double rDen)
    {
        double p = pDen > 0 ? 100 * pNum / pDen : 0, r = rDen > 0 ? 100 * rNum / rDen : 0;
        return new MetricScore(p, r, p + r > 0 ? 2 * p * r / (p + r) : 0);
    }
}

/// <summary>MUC, B³ and CEAF-e, their mean F1 (the CoNLL score), and the precision of links between two named mentions.</summary>
public sealed record CorefScores(
    MetricScore Muc, MetricScore BCubed, MetricScore CeafE, double NamedLinkPrecision, long NamedLinks,
    int Documents, int GoldMentions, int SystemMentions)
{
    /// <summary>Per sieve rule: links made (anaphor and an earlier cluster member both gold mentions) and how many were right.</summary>
    public IReadOnlyDictionary<string, (long Links, long Correct)> RuleLinks { get; init; } = new Dictionary<string, (long, long)>();

    public double Conll => (Muc.F1 + BCubed.F1 + CeafE.F1) / 3;
}
