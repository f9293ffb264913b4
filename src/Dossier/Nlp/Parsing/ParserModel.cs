using Dossier.Nlp.Entities;
using Dossier.Nlp.Learning;

namespace Dossier.Nlp.Parsing;

/// <summary>
/// A trained arc-hybrid parser: a three-way transition model and an arc-label model, both averaged
/// perceptrons over hashed features, plus the label inventory from training. Immutable and thread-safe;
/// per-call state lives in a <see cref="ParserScratch"/>.
/// </summary>
internal sealed class ParserModel
{
    public const string Kind = "parser";
    public const string RootLabel = "root";
    private const int PayloadVersion = 4;

    // Greedy models are still written as version 3, so they round-trip byte for byte.
    private const int GreedyPayloadVersion = 3;

    public ParserModel(PerceptronModel transitions, PerceptronModel labels, string[] labelNames, TagDictionary? clusters = null, int beamWidth = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(beamWidth, 1);
        Clusters = clusters ?? TagDictionary.Empty;
        BeamWidth = beamWidth;
        if (transitions.ClassCount != 3) throw new ArgumentException("the transition model must have 3 classes", nameof(transitions));
        if (labels.ClassCount != labelNames.Length) throw new ArgumentException("label model and label names differ", nameof(labels));
        Transitions = transitions;
        Labels = labels;
        LabelNames = labelNames;
        RootLabelId = Array.IndexOf(labelNames, RootLabel);
        if (RootLabelId < 0) throw new ArgumentException("the label set lacks 'root'", nameof(labelNames));
    }

    /// <summary>The same weights decoded with another beam width.</summary>
    public ParserModel WithBeam(int width) => new(Transitions, Labels, LabelNames, Clusters, width);

    public PerceptronModel Transitions { get; }

    public PerceptronModel Labels { get; }

    /// <summary>Label strings, interned so every parse shares the same instances.</summary>
    public string[] LabelNames { get; }

    public int RootLabelId { get; }

    /// <summary>Digit-folded word form → packed word-cluster ids (empty for a model trained without clusters).</summary>
    public TagDictionary Clusters { get; }

    /// <summary>Configurations kept per step when decoding; 1 is the greedy parser.</summary>
    public int BeamWidth { get; }

    /// <summary>
    /// Parses the sentence whose words are already set in <paramref name="x"/> (after Begin and SetWord).
    /// Writes 0-based heads (-1 for the root) and label ids into x.Heads and x.Labels.
    /// </summary>
    public void Parse(ParserScratch x)
    {
        if (BeamWidth > 1)
        {
            ParseWithBeam(x);
            return;
        }

        var st = x.State;
        var scores = x.Scores.AsSpan(0, 3);
        while (!st.IsTerminal)
        {
            int count = ParseFeatures.Transition(x);
            Transitions.Score(x.Features.AsSpan(0, count), scores);
            var move = BestLegal(st, scores);
            int label = -1;
            if (move != Move.Shift)
            {
                var (dep, head) = st.ArcOf(move);
                label = PredictLabel(x, dep, head);
            }

            st.Apply(move, label);
        }

        WriteTree(st, x);
    }

    private void ParseWithBeam(ParserScratch x)
    {
        if (x.Beam is null || x.Beam.Width != BeamWidth) x.Beam = new ParseBeam(BeamWidth);
        var beam = x.Beam;
        beam.Start(x.Home);
        var moves = new ModelScorer(Transitions);
        var labels = new ModelScorer(Labels);
        while (!beam.IsTerminal) beam.Advance(x, moves, labels, LabelNames.Length, RootLabelId, default, default);
        WriteTree(beam.Item(0), x);
    }

    private static void WriteTree(ParseState st, ParserScratch x)
    {
        for (int i = 0; i < st.Length; i++)
        {
            x.Heads[i] = st.Head[i] == st.Root ? -1 : st.Head[i];
            x.Labels[i] = st.Label[i];
        }
    }

    /// <summary>Parses a sentence given as strings (training and evaluation data).</summary>
    public void Parse(ParseSentence sentence, ParserScratch x)
    {
        Fill(sentence, x, LabelNames.Length, Clusters);
        Parse(x);
    }

    /// <summary>Readies <paramref name="x"/> for <paramref name="sentence"/>: the configuration and word atoms.</summary>
    public static void Fill(ParseSentence sentence, ParserScratch x, int labelCount, TagDictionary clusters)
    {
        x.Begin(sentence.Length, labelCount, clusters);
        for (int i = 0; i < sentence.Length; i++) x.SetWord(i, sentence.Forms[i], sentence.Xpos[i], sentence.Upos[i]);
    }

    public int PredictLabel(ParserScratch x, int dep, int head) =>
        PredictLabel(x, new ModelScorer(Labels), LabelNames.Length, RootLabelId, dep, head);

    /// <summary>The best label for the arc head → dep in x.State (root only for the artificial root's dependent).</summary>
    public static int PredictLabel<TLabels>(ParserScratch x, TLabels labels, int labelCount, int rootLabel, int dep, int head)
        where TLabels : ILinearScorer
    {
        if (head == x.State.Root) return rootLabel;
        int count = ParseFeatures.Label(x, dep, head);
        var scores = x.Scores.AsSpan(0, labelCount);
        labels.Score(x.Features.AsSpan(0, count), scores);
        return BestNonRoot(scores, rootLabel);
    }

    public static Move BestLegal(ParseState st, ReadOnlySpan<float> scores)
    {
        var best = Move.Shift;
        bool found = false;
        for (int m = 0; m < 3; m++)
        {
            var move = (Move)m;
            if (!st.IsLegal(move)) continue;
            if (!found || scores[m] > scores[(int)best])
            {
                best = move;
                found = true;
            }
        }

        return best;
    }

    /// <summary>Best label other than root: only the artificial root's dependent is labelled root.</summary>
    public static int BestNonRoot(ReadOnlySpan<float> scores, int rootLabel)
    {
        int best = rootLabel == 0 ? 1 : 0;
        for (int i = best + 1; i < scores.Length; i++)
        {
            if (i != rootLabel && scores[i] > scores[best]) best = i;
        }

        return best;
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(BeamWidth > 1 ? PayloadVersion : GreedyPayloadVersion);
        writer.Write(LabelNames.Length);
        foreach (var name in LabelNames) writer.Write(name);
        Transitions.Write(writer);
        Labels.WriteSparse(writer);
        Clusters.Write(writer);
        if (BeamWidth > 1) writer.Write(BeamWidth);
    }

    public static ParserModel Read(BinaryReader reader)
    {
        int version = reader.ReadInt32();
        // Version 1 stored the label model dense; version 2 sparse (most label rows are mostly zero);
        // version 3 adds the word clusters; version 4 the beam width.
        if (version is < 1 or > PayloadVersion)
            throw new InvalidDataException($"DMD020 parser payload version {version}; this build reads {PayloadVersion}");
        int count = reader.ReadInt32();
        if (count is <= 0 or > 4096) throw new InvalidDataException($"DMD021 implausible label count {count}");
        var names = new string[count];
        for (int i = 0; i < count; i++) names[i] = string.Intern(reader.ReadString());
        var transitions = PerceptronModel.Read(reader);
        var labels = version == 1 ? PerceptronModel.Read(reader) : PerceptronModel.ReadSparse(reader);
        var clusters = version >= 3 ? TagDictionary.Read(reader) : TagDictionary.Empty;
        int beam = version >= 4 ? reader.ReadInt32() : 1;
        if (beam is < 1 or > 64) throw new InvalidDataException($"DMD022 implausible beam width {beam}");
        return new ParserModel(transitions, labels, names, clusters, beam);
    }

    public static (string Metadata, ParserModel Model) Load(string path) => ModelFile.Read(path, Kind, Read);

    public void Save(string path, string metadataJson) => ModelFile.Write(path, Kind, metadataJson, Write);
}
