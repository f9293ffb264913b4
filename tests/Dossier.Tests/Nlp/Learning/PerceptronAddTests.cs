using Dossier.Nlp.Learning;

namespace Dossier.Tests.Nlp.Learning;

public sealed class PerceptronAddTests
{
    [Fact]
    public void One_sided_updates_move_only_the_named_class()
    {
        ulong a = FeatureHash.Of(1, "a"), b = FeatureHash.Of(1, "b");
        var trainer = new PerceptronTrainer(3);
        trainer.Add([a], 2, 1f);
        trainer.Add([b], 0, -1f);
        Span<float> scores = stackalloc float[3];
        trainer.Score([a], scores);
        Assert.Equal([0f, 0f, 1f], scores.ToArray());
        trainer.Score([b], scores);
        Assert.Equal([-1f, 0f, 0f], scores.ToArray());
        Assert.Throws<ArgumentOutOfRangeException>(() => trainer.Add([a], 3, 1f));
    }
}
