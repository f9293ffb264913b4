using Dossier.Nlp.Corpora;
using Dossier.Nlp.Learning;
using Dossier.Nlp.Tagging;
using Dossier.Pipeline;
using Dossier.Text;

namespace Dossier.Tests.Nlp.Tagging;

public sealed class TaggerTests
{
    private static readonly Lazy<Tagger> s_tagger = new(() => Tagger.Load(Path.Combine(TestPaths.Repo, "models", Tagger.ModelFileName)));

    private static Doc Tag(params string[][] sentences)
    {
        var conllu = new List<ConlluSentence>();
        foreach (var words in sentences)
        {
            var sentence = new ConlluSentence();
            for (int i = 0; i < words.Length; i++)
                sentence.Words.Add(new ConlluWord(i + 1, words[i], "_", "_", "_", "_", 0, "_", "_", "_"));
            conllu.Add(sentence);
        }

        var doc = ConlluDocs.Build(conllu, "test");
        s_tagger.Value.Process(doc, new Workspace());
        return doc;
    }

    [Fact]
    public void Tags_a_plain_sentence()
    {
        var doc = Tag(["Police", "arrested", "three", "protesters", "in", "Almaty", "on", "Monday", "."]);
        Assert.Equal(
            [Upos.NOUN, Upos.VERB, Upos.NUM, Upos.NOUN, Upos.ADP, Upos.PROPN, Upos.ADP, Upos.PROPN, Upos.PUNCT],
            Enumerable.Range(0, doc.Count).Select(i => doc[i].Pos));
        Assert.Equal(["NNS", "VBD", "CD", "NNS", "IN", "NNP", "IN", "NNP", "."], Enumerable.Range(0, doc.Count).Select(i => doc[i].Xpos));
    }

    [Fact]
    public void Tags_each_sentence_of_a_document_and_interns_xpos_strings()
    {
        var doc = Tag(["The", "strike", "ended", "."], ["The", "port", "reopened", "."]);
        Assert.Equal(Layer.Tags, doc.Layers & Layer.Tags);
        Assert.Equal(Upos.DET, doc[4].Pos);
        Assert.Same(doc[0].Xpos, doc[4].Xpos);
        Assert.Same(doc[3].Xpos, doc[7].Xpos);
    }

    [Fact]
    public void Model_metadata_records_how_it_was_trained()
    {
        using var json = System.Text.Json.JsonDocument.Parse(s_tagger.Value.Metadata);
        var root = json.RootElement;
        Assert.Equal("tagger", root.GetProperty("model").GetString());
        Assert.True(root.GetProperty("seed").GetInt64() >= 0);
        Assert.True(root.GetProperty("dev").GetProperty("upos").GetDouble() >= TaggerAccuracyTests.UposFloor);
    }

    [Fact]
    public void Training_is_deterministic_and_learns_a_toy_corpus()
    {
        var train = ToyCorpus();
        var options = new TaggerTrainingOptions { Epochs = 3, Seed = 7, SecondPass = true, Folds = 2, UnambiguousMinCount = 1000, MinUpdates = 1 };
        var a = new TaggerTrainer(options).Train(train, train, new ModelMetadata(), _ => { });
        var b = new TaggerTrainer(options).Train(train, train, new ModelMetadata(), _ => { });
        Assert.Equal(a.Metadata, b.Metadata);
        Assert.NotNull(a.SecondPass);
        Assert.True(TaggerScores.Measure(a, train).Upos > 99);

        var path = Path.Combine(Path.GetTempPath(), $"dossier-tagger-{Environment.ProcessId}.model");
        a.Write(path);
        var loaded = TaggerModel.Load(path);
        File.Delete(path);
        Assert.Equal(TaggerScores.Measure(a, train), TaggerScores.Measure(loaded, train));
    }

    [Fact]
    public void A_bidirectional_model_keeps_both_directions_through_its_file_and_beats_chance_on_held_out_text()
    {
        var sentences = ConlluReader.Read(TestPaths.Shared("ud-ewt", "en_ewt-ud-dev.conllu")).Take(600).ToList();
        var train = sentences.Take(450).ToList();
        var heldOut = sentences.Skip(450).ToList();
        var options = new TaggerTrainingOptions { Epochs = 3, Bidirectional = true };
        var model = new TaggerTrainer(options).Train(train, [], new ModelMetadata(), _ => { });
        Assert.NotNull(model.Backward);
        Assert.Null(model.SecondPass);

        var path = Path.Combine(Path.GetTempPath(), $"dossier-tagger-bi-{Environment.ProcessId}.model");
        model.Write(path);
        var loaded = TaggerModel.Load(path);
        File.Delete(path);
        Assert.NotNull(loaded.Backward);
        var scores = TaggerScores.Measure(model, heldOut);
        Assert.Equal(scores, TaggerScores.Measure(loaded, heldOut));
        // 450 training sentences give a weak tagger, but far above the ≈ 20 % of always guessing NOUN.
        Assert.InRange(scores.Upos, 75.0, 99.0);
    }

    [Fact]
    public void The_committed_single_direction_model_loads_without_a_right_to_left_pass()
    {
        var model = TaggerModel.Load(Path.Combine(TestPaths.Repo, "models", Tagger.ModelFileName));
        Assert.Equal(model.Metadata.Contains("\"right_to_left\":\"yes\"", StringComparison.Ordinal), model.Backward is not null);
    }

    private static List<ConlluSentence> ToyCorpus()
    {
        string[] nouns = ["dog", "cat", "bird", "man", "ship"];
        string[] verbs = ["sees", "likes", "finds", "hears"];
        var sentences = new List<ConlluSentence>();
        foreach (var a in nouns)
        {
            foreach (var v in verbs)
            {
                foreach (var b in nouns)
                {
                    var s = new ConlluSentence();
                    (string Form, string Upos, string Xpos)[] words =
                        [("the", "DET", "DT"), (a, "NOUN", "NN"), (v, "VERB", "VBZ"), ("a", "DET", "DT"), (b, "NOUN", "NN"), (".", "PUNCT", ".")];
                    for (int i = 0; i < words.Length; i++)
                        s.Words.Add(new ConlluWord(i + 1, words[i].Form, "_", words[i].Upos, words[i].Xpos, "_", 0, "_", "_", "_"));
                    sentences.Add(s);
                }
            }
        }

        return sentences;
    }
}
