namespace Dossier.Text.Tokenization;

/// <summary>Counts of gold, predicted and exactly matching spans, with precision, recall and F1 in percent.</summary>
public readonly record struct SpanScore(int Gold, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 0 : 100.0 * Correct / Predicted;

    public double Recall => Gold == 0 ? 0 : 100.0 * Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public SpanScore Add(SpanScore other) => new(Gold + other.Gold, Predicted + other.Predicted, Correct + other.Correct);
}
