namespace Dossier.Nlp.Evaluation;

/// <summary>Word-level accuracies of a pipeline on gold tokenisation; a layer not produced scores null.</summary>
/// <param name="Seconds">Time each component spent, by component name (for words-per-second figures).</param>
/// <param name="CpuSeconds">CPU time of the evaluating thread in each component (wall time where the OS gives no thread clock; see <see cref="ThreadCpuClock"/>).</param>
public sealed record UdScores(
    long Words, double? Upos, double? Xpos, double? Lemma, DependencyScore? Dependencies, IReadOnlyList<(string Component, double Seconds)> Seconds,
    IReadOnlyList<(string Component, double Seconds)>? CpuSeconds = null)
{
    public double? Uas => Dependencies?.Uas;

    public double? Las => Dependencies?.Las;
}
