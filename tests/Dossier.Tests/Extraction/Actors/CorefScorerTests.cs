using Dossier.Extraction.Actors.Evaluation;

namespace Dossier.Tests.Extraction.Actors;

public sealed class CorefScorerTests
{
    [Fact]
    public void Muc_bcubed_and_ceaf_match_hand_computed_values()
    {
        // Key {1,2,3} {4,5}; response {1,2} {3,4,5}. MUC 2/3 both ways; B3 11/15 both ways;
        // CEAF-e aligns {1,2,3}-{1,2} (phi4 0.8) and {4,5}-{3,4,5} (0.8): 1.6 of 2 entities each side.
        var scorer = new CorefScorer();
        scorer.Add([[1, 2, 3], [4, 5]], [[1, 2], [3, 4, 5]]);
        var s = scorer.Result();
        Assert.Equal(66.667, s.Muc.Recall, 3);
        Assert.Equal(66.667, s.Muc.Precision, 3);
        Assert.Equal(73.333, s.BCubed.Recall, 3);
        Assert.Equal(73.333, s.BCubed.Precision, 3);
        Assert.Equal(80.0, s.CeafE.F1, 3);
        Assert.Equal((66.667 + 73.333 + 80.0) / 3, s.Conll, 2);
    }

    [Fact]
    public void Missing_and_extra_mentions_cost_recall_and_precision()
    {
        var scorer = new CorefScorer();
        scorer.Add([[1, 2], [3, 4]], [[1, 2, 9]]);
        var s = scorer.Result();
        Assert.Equal(50.0, s.Muc.Recall, 3);       // {3,4} is lost: 1 of 2 links
        Assert.Equal(50.0, s.Muc.Precision, 3);    // 9 is not in the key: 1 of 2 links right
        Assert.Equal(100.0 * 2 / 4, s.BCubed.Recall, 3);
        Assert.Equal(100.0 * (2.0 * 2 / 3) / 3, s.BCubed.Precision, 3);
        Assert.Equal(100.0 * 0.8 / 2, s.CeafE.Recall, 3);
        Assert.Equal(100.0 * 0.8 / 1, s.CeafE.Precision, 3);
    }

    [Fact]
    public void Named_link_precision_counts_right_and_wrong_links()
    {
        var scorer = new CorefScorer();
        scorer.AddNamedLink(true);
        scorer.AddNamedLink(true);
        scorer.AddNamedLink(true);
        scorer.AddNamedLink(false);
        Assert.Equal(75.0, scorer.Result().NamedLinkPrecision, 3);
    }
}
