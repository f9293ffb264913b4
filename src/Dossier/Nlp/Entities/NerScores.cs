namespace Dossier.Nlp.Entities;

/// <summary>Span counts for one entity type (or all): gold spans, predicted spans, and exact matches.</summary>
public sealed record SpanCounts(int Gold, int Predicted, int Correct)
{
    /// <summary>Precision in percent, as conlleval prints it.</summary>
    public double Precision => Predicted == 0 ? 0 : 100.0 * Correct / Predicted;

    public double Recall => Gold == 0 ? 0 : 100.0 * Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>conlleval-style scores: exact span and type match, overall and per type.</summary>
public sealed record NerScores(SpanCounts Overall, IReadOnlyDictionary<string, SpanCounts> PerType, int Tokens);
