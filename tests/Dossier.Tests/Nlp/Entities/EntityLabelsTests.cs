using Dossier.Nlp.Entities;

namespace Dossier.Tests.Nlp.Entities;

public sealed class EntityLabelsTests
{
    private sealed class RandomScorer(int seed) : ILinearScorer
    {
        private readonly Random _rng = new(seed);

        public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
        {
            for (int i = 0; i < EntityLabels.Count; i++) scores[i] = (float)(_rng.NextDouble() * 20 - 10);
        }
    }

    [Fact]
    public void Viterbi_never_emits_an_invalid_sequence_whatever_the_scores()
    {
        var text = string.Join(' ', Enumerable.Repeat("Word", 12));
        var starts = Enumerable.Range(0, 12).Select(i => i * 5).ToArray();
        var ends = starts.Select(s => s + 4).ToArray();
        var doc = new NerText(text, starts, ends, [0, 1, 5], [1, 5, 12]);
        var features = new NerFeatures(null, null);
        var scratch = new NerScratch();
        var labels = new int[12];
        for (int seed = 0; seed < 300; seed++)
        {
            features.Prepare(doc, scratch);
            for (int s = 0; s < 3; s++)
            {
                int a = doc.SentStart[s], b = doc.SentEnd[s];
                var span = labels.AsSpan(a, b - a);
                NerDecoder.DecodeSentence(new RandomScorer(seed * 7 + s), scratch, a, b, span);
                Assert.True(EntityLabels.CanStart(span[0]), $"seed {seed}: starts with {EntityLabels.Name(span[0])}");
                for (int i = 1; i < span.Length; i++)
                    Assert.True(EntityLabels.CanFollow(span[i - 1], span[i]), $"seed {seed}: {EntityLabels.Name(span[i - 1])} -> {EntityLabels.Name(span[i])}");
                Assert.True(EntityLabels.CanEnd(span[^1]), $"seed {seed}: ends with {EntityLabels.Name(span[^1])}");
            }
        }
    }

    [Fact]
    public void Encode_and_decode_round_trip()
    {
        (int, int, EntityType)[] spans = [(0, 2, EntityType.PER), (2, 3, EntityType.PER), (4, 7, EntityType.ORG)];
        var labels = new int[8];
        EntityLabels.Encode(spans, labels);
        Assert.Equal("B-PER L-PER U-PER O B-ORG I-ORG L-ORG O", string.Join(' ', labels.Select(EntityLabels.Name)));
        var back = new List<(int, int, EntityType)>();
        EntityLabels.Decode(labels, 0, back);
        Assert.Equal(spans, back);
    }

    [Fact]
    public void Conll_reader_splits_IOB1_spans_at_B_tags_and_type_changes()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dossier-conll-{Environment.ProcessId}.txt");
        File.WriteAllText(path, "-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\nGerman JJ I-NP I-MISC\n" +
            "Peter NNP I-NP I-PER\nBlackburn NNP I-NP I-PER\nJohn NNP I-NP B-PER\n\nBonn NNP I-NP I-LOC\n");
        try
        {
            var docs = ConllNerReader.Read(path);
            var doc = Assert.Single(docs);
            Assert.Equal([(0, 1, EntityType.ORG), (2, 3, EntityType.MISC), (3, 5, EntityType.PER), (5, 6, EntityType.PER), (6, 7, EntityType.LOC)], doc.Gold);
            Assert.Equal([0, 6], doc.Text.SentStart);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_bad_tag_is_reported_with_file_and_line()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dossier-conll-bad-{Environment.ProcessId}.txt");
        File.WriteAllText(path, "EU NNP I-NP I-ORG\nrejects VBZ I-VP X-FOO\n");
        try
        {
            var ex = Assert.Throws<InvalidDataException>(() => ConllNerReader.Read(path));
            Assert.Contains($"{path}:2", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
