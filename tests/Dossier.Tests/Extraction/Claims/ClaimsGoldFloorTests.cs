using Dossier.Extraction.Claims.Evaluation;
using Dossier.Pipeline;

namespace Dossier.Tests.Extraction.Claims;

/// <summary>
/// Accuracy floors of the claims layer on the dev split of tests/gold/claims (measured minus a small margin,
/// see docs/claims.md): a regression in quotes, speakers, figures or time values fails here.
/// </summary>
public sealed class ClaimsGoldFloorTests
{
    private static readonly Lazy<ClaimsReport> s_report = new(() =>
    {
        var gold = ClaimsGoldDocument.ReadFile(Path.Combine(TestPaths.Repo, "tests", "gold", "claims", "dev.jsonl"));
        return ClaimsEvaluator.Evaluate(StandardPipelineFor.Repo, gold);
    });

    [Fact]
    public void Dev_gold_is_large_enough() =>
        Assert.True(s_report.Value.QuotesOverlap.Gold >= 150 && s_report.Value.Figures.Gold >= 90);

    [Fact]
    public void Quote_spans_stay_above_the_floor()
    {
        Assert.True(s_report.Value.QuotesOverlap.F1 >= 0.93, $"quote overlap F1 {s_report.Value.QuotesOverlap.F1:0.000}");
        Assert.True(s_report.Value.QuotesExact.F1 >= 0.87, $"quote exact F1 {s_report.Value.QuotesExact.F1:0.000}");
    }

    // The full pipeline has entities, so a pronoun speaker is resolved to the person it names: score the
    // speaker against the person meant (0.913 measured on dev with the full standard pipeline).
    [Fact]
    public void Speakers_stay_above_the_floor() =>
        Assert.True(s_report.Value.SpeakerResolved.Value >= 0.89, $"speaker accuracy {s_report.Value.SpeakerResolved.Value:0.000}");

    [Fact]
    public void Figures_stay_above_the_floor()
    {
        var r = s_report.Value;
        Assert.True(r.Figures.F1 >= 0.92, $"figure F1 {r.Figures.F1:0.000}");
        Assert.True(r.FigureKind.Value >= 0.95, $"figure kind {r.FigureKind.Value:0.000}");
        Assert.True(r.FigureSource.Value >= 0.94, $"figure source {r.FigureSource.Value:0.000}");
        Assert.True(r.FigureStatus.Value >= 0.94, $"figure status {r.FigureStatus.Value:0.000}");
    }

    [Fact]
    public void Time_values_stay_above_the_floor()
    {
        Assert.True(s_report.Value.Timexes.F1 >= 0.94, $"timex F1 {s_report.Value.Timexes.F1:0.000}");
        Assert.True(s_report.Value.TimexValue.Value >= 0.96, $"timex value {s_report.Value.TimexValue.Value:0.000}");
    }
}
