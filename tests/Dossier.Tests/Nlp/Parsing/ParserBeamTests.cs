using Dossier.Nlp.Corpora;
using Dossier.Nlp.Parsing;
using Dossier.Pipeline;
using Dossier.Text;

namespace Dossier.Tests.Nlp.Parsing;

public sealed class ParserBeamTests : IClassFixture<ParserFixture>
{
    private readonly ParserFixture _fixture;

    public ParserBeamTests(ParserFixture fixture) => _fixture = fixture;

    private static List<ParseSentence> Sentences(int count) =>
        [.. ConlluReader.Read(TestPaths.Shared("ud-ewt", "en_ewt-ud-dev.conllu")).Take(count).Select(ParseSentence.FromConllu)];

    [Fact]
    public void A_beam_model_learns_its_training_trees_and_keeps_its_width_through_the_file()
    {
        var train = Sentences(120);
        var trainer = new ParserTrainer(new ParserTrainingOptions { Epochs = 6, BeamWidth = 3, MinUpdates = 1 }, _ => { });
        var model = trainer.Train(train, train);
        Assert.Equal(3, model.BeamWidth);
        // Global training on 120 sentences fits them closely; an update rule that pushed the wrong way would not.
        Assert.True(trainer.BestScore!.Uas > 90, $"training-set UAS {trainer.BestScore.Uas:F2}");

        var path = Path.Combine(Path.GetTempPath(), $"dossier-parser-beam-{Environment.ProcessId}.model");
        model.Save(path, "{}");
        var loaded = ParserModel.Load(path).Model;
        File.Delete(path);
        Assert.Equal(3, loaded.BeamWidth);
        var before = ParserTrainer.Evaluate(model, train);
        var after = ParserTrainer.Evaluate(loaded, train);
        Assert.Equal(before.Uas, after.Uas);
        Assert.Equal(before.Las, after.Las);
    }

    [Fact]
    public void Beam_training_is_deterministic()
    {
        var train = Sentences(60);
        var options = new ParserTrainingOptions { Epochs = 2, BeamWidth = 4, MinUpdates = 1 };
        var a = new ParserTrainer(options, _ => { }).Train(train, train);
        var b = new ParserTrainer(options, _ => { }).Train(train, train);
        Assert.Equal(a.Transitions.Keys, b.Transitions.Keys);
        Assert.Equal(a.Transitions.Weights.ToArray(), b.Transitions.Weights.ToArray());
        Assert.Equal(a.Labels.Weights.ToArray(), b.Labels.Weights.ToArray());
    }

    [Theory]
    [InlineData(2)]
    [InlineData(8)]
    public void Beam_decoding_gives_one_well_formed_tree_per_sentence(int width)
    {
        var parser = _fixture.Parser.WithBeam(width);
        var doc = ConlluDocs.Build(ConlluReader.Read(TestPaths.Shared("ud-ewt", "en_ewt-ud-dev.conllu")).Take(80).ToList(), "beam", goldTags: true);
        parser.Process(doc, new Workspace());
        for (int s = 0; s < doc.SentenceCount; s++)
        {
            int start = doc.SentStart[s], end = doc.SentEnd[s], roots = 0;
            for (int t = start; t < end; t++)
            {
                int h = doc.Head[t];
                if (h < 0)
                {
                    roots++;
                    continue;
                }

                Assert.InRange(h, start, end - 1);
                int steps = 0;
                for (int a = h; a >= 0; a = doc.Head[a]) Assert.True(++steps <= end - start, $"cycle through token {t}");
            }

            Assert.Equal(1, roots);
        }
    }

    [Fact]
    public void A_beam_of_one_is_the_greedy_parser()
    {
        var sentences = ConlluReader.Read(TestPaths.Shared("ud-ewt", "en_ewt-ud-dev.conllu")).Take(100).ToList();
        var greedy = ConlluDocs.Build(sentences, "greedy", goldTags: true);
        var one = ConlluDocs.Build(sentences, "one", goldTags: true);
        _fixture.Parser.Process(greedy, new Workspace());
        _fixture.Parser.WithBeam(1).Process(one, new Workspace());
        Assert.Equal(greedy.Head.ToArray(), one.Head.ToArray());
        Assert.Equal(greedy.Deprel.ToArray(), one.Deprel.ToArray());
    }
}
