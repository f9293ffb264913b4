using Dossier.Nlp.Parsing;

namespace Dossier.Tests.Nlp.Parsing;

public sealed class ParserModelFileTests : IClassFixture<ParserFixture>
{
    private readonly ParserFixture _fixture;

    public ParserModelFileTests(ParserFixture fixture) => _fixture = fixture;

    [Fact]
    public void The_committed_model_embeds_its_word_clusters_and_round_trips_byte_for_byte()
    {
        var (metadata, model) = ParserModel.Load(_fixture.ModelPath);
        Assert.True(model.Clusters.Count > 10_000, $"{model.Clusters.Count} cluster words embedded");

        var copy = Path.Combine(Path.GetTempPath(), $"dossier-parser-{Environment.ProcessId}.model");
        try
        {
            model.Save(copy, metadata);
            var (_, reloaded) = ParserModel.Load(copy);
            Assert.Equal(model.Clusters.Count, reloaded.Clusters.Count);
            Assert.Equal(File.ReadAllBytes(_fixture.ModelPath), File.ReadAllBytes(copy));
        }
        finally
        {
            File.Delete(copy);
        }
    }
}
