using Dossier.Nlp.Learning;

namespace Dossier.Tests.Nlp.Learning;

public sealed class PerceptronTests
{
    [Fact]
    public void Learns_a_separable_problem_and_survives_a_save_and_load()
    {
        // Class = which of three cue words appears; a noise feature is shared by all instances.
        var cues = new[] { FeatureHash.Of(1, "red"), FeatureHash.Of(1, "green"), FeatureHash.Of(1, "blue") };
        ulong noise = FeatureHash.Of(2, "noise");
        var trainer = new PerceptronTrainer(3);
        Span<float> scores = stackalloc float[3];
        for (int epoch = 0; epoch < 5; epoch++)
        {
            for (int i = 0; i < 30; i++)
            {
                int truth = i % 3;
                ulong[] features = [cues[truth], noise];
                trainer.Score(features, scores);
                trainer.Update(features, truth, PerceptronModel.ArgMax(scores));
                trainer.Tick();
            }
        }

        var model = trainer.Finish();
        var path = Path.Combine(Path.GetTempPath(), $"dossier-test-{Environment.ProcessId}.model");
        ModelFile.Write(path, "toy", "{\"seed\":1}", model.Write);
        var (metadata, loaded) = ModelFile.Read(path, "toy", PerceptronModel.Read);
        File.Delete(path);

        Assert.Equal("{\"seed\":1}", metadata);
        for (int truth = 0; truth < 3; truth++)
        {
            loaded.Score([cues[truth], noise], scores);
            Assert.Equal(truth, PerceptronModel.ArgMax(scores));
        }
    }

    [Fact]
    public void Reading_a_model_of_another_kind_fails_with_a_code()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dossier-kind-{Environment.ProcessId}.model");
        ModelFile.Write(path, "tagger", "{}", w => new PerceptronTrainer(2).Finish().Write(w));
        var ex = Assert.Throws<InvalidDataException>(() => ModelFile.Read(path, "parser", PerceptronModel.Read));
        File.Delete(path);
        Assert.StartsWith("DMD004", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Feature_keys_are_stable_across_processes()
    {
        // Fixed values: if hashing ever changed, every shipped model would silently stop matching its features.
        Assert.Equal(3900535569080130440UL, FeatureHash.Of(7, "Kazakhstan"));
        Assert.Equal(4724698481283493164UL, FeatureHash.Of(3, 12345UL, 678UL));
        Assert.NotEqual(FeatureHash.Of(7, "Kazakhstan"), FeatureHash.Of(8, "Kazakhstan"));
    }
}
