using Dossier.Nlp.Corpora;
using Dossier.Nlp.Evaluation;
using Dossier.Nlp.Tagging;
using Dossier.Pipeline;

namespace Dossier.Tests.Nlp.Parsing;

/// <summary>
/// Accuracy floors of the committed parser model on UD English EWT dev (gold tokenisation, punctuation
/// included, LAS over universal labels as in CoNLL 2018). See docs/models.md for how the figures were made.
/// </summary>
public sealed class ParserAccuracyTests : IClassFixture<ParserFixture>
{
    // The parser is trained on jackknifed (predicted) tags, so gold tags are no longer what it is tuned to:
    // measured 87.76 / 85.39 with gold tags.
    private const double UasFloor = 87.5;
    private const double LasFloor = 85.1;

    // With the committed tagger's predicted tags (UPOS 95.48 / XPOS 94.81): measured 85.41 / 81.98, the
    // figures the pipeline actually gets. The brief's targets (89.0 / 86.5) are not reached; see docs/models.md.
    private const double PredictedTagsUasFloor = 85.1;
    private const double PredictedTagsLasFloor = 81.7;

    private readonly ParserFixture _fixture;

    public ParserAccuracyTests(ParserFixture fixture) => _fixture = fixture;

    [Fact]
    public void Ewt_dev_attachment_scores_stay_above_the_floors_with_gold_tags()
    {
        var dev = ConlluReader.Read(TestPaths.Shared("ud-ewt", "en_ewt-ud-dev.conllu"));
        var scores = UdEvaluation.GoldTokenisation(dev, new IComponent[] { _fixture.Parser }, goldTags: true);

        Assert.True(scores.Words > 25_000, $"dev has {scores.Words} words");
        Assert.True(scores.Uas >= UasFloor, $"UAS {scores.Uas:F2} < {UasFloor}");
        Assert.True(scores.Las >= LasFloor, $"LAS {scores.Las:F2} < {LasFloor}");
    }

    [Fact]
    public void Ewt_dev_attachment_scores_stay_above_the_floors_with_predicted_tags()
    {
        var tagger = Tagger.Load(Path.Combine(TestPaths.Repo, "models", Tagger.ModelFileName));
        var dev = ConlluReader.Read(TestPaths.Shared("ud-ewt", "en_ewt-ud-dev.conllu"));
        var scores = UdEvaluation.GoldTokenisation(dev, new IComponent[] { tagger, _fixture.Parser }, goldTags: false);

        Assert.NotNull(scores.Upos);
        Assert.True(scores.Uas >= PredictedTagsUasFloor, $"UAS {scores.Uas:F2} < {PredictedTagsUasFloor}");
        Assert.True(scores.Las >= PredictedTagsLasFloor, $"LAS {scores.Las:F2} < {PredictedTagsLasFloor}");
    }
}
