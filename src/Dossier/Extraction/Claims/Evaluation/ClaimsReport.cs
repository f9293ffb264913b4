namespace Dossier.Extraction.Claims.Evaluation;

/// <summary>Scores of the claims layer against a gold set. See docs/claims.md for what each number means.</summary>
public sealed class ClaimsReport
{
    public int Documents { get; set; }
    public Tally QuotesExact { get; } = new();
    public Tally QuotesOverlap { get; } = new();
    public Accuracy Speaker { get; } = new();
    public Accuracy SpeakerLenient { get; } = new();
    public Accuracy SpeakerResolved { get; } = new();
    public Accuracy QuoteDirect { get; } = new();
    public Tally Figures { get; } = new();
    public Accuracy FigureKind { get; } = new();
    public Accuracy FigureQualifier { get; } = new();
    public Accuracy FigureSource { get; } = new();
    public Accuracy FigureStatus { get; } = new();
    public Tally Timexes { get; } = new();
    public Accuracy TimexValue { get; } = new();
}
