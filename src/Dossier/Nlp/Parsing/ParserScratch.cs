using Dossier.Nlp.Learning;
using Dossier.Nlp.Tagging;
using Dossier.Text;

namespace Dossier.Nlp.Parsing;

/// <summary>
/// Per-worker parser buffers: the configuration, per-word feature atoms (hashes of the lowered form, its
/// suffix, XPOS and UPOS, fine and mid word clusters) and the feature and score buffers. Reused across sentences, so parsing allocates
/// nothing once the arrays have grown to the longest sentence seen.
/// </summary>
internal sealed class ParserScratch
{
    private const int MaxFormChars = 48;
    private static readonly ulong s_rootAtom = FeatureHash.Text("<ROOT>");
    private static readonly ulong s_unknownCluster = FeatureHash.Text("<NO-CLUSTER>") | (1UL << 63);

    private TagDictionary _clusters = TagDictionary.Empty;

    /// <summary>The configuration features are read from: <see cref="Home"/>, or a beam item while a beam decodes.</summary>
    public ParseState State { get; set; }

    /// <summary>The scratch's own configuration, reset by <see cref="Begin"/>.</summary>
    public ParseState Home { get; } = new();

    /// <summary>Beam buffers, created the first time a beam model parses with this scratch.</summary>
    public ParseBeam? Beam { get; set; }

    public ParserScratch() => State = Home;

    public ulong[] Word { get; private set; } = new ulong[65];

    public ulong[] Suffix { get; private set; } = new ulong[65];

    public ulong[] Tag { get; private set; } = new ulong[65];

    public ulong[] Coarse { get; private set; } = new ulong[65];

    /// <summary>Fine and mid word-cluster ids (or an unknown marker); filled only when <see cref="HasClusters"/>.</summary>
    public ulong[] ClusterFine { get; private set; } = new ulong[65];

    public ulong[] ClusterMid { get; private set; } = new ulong[65];

    /// <summary>Whether the model has word clusters (without them, no cluster features are extracted).</summary>
    public bool HasClusters => _clusters.Count > 0;

    public ulong[] Features { get; } = new ulong[ParseFeatures.MaxFeatures];

    public float[] Scores { get; private set; } = new float[8];

    // Output buffers for one sentence.
    public int[] Heads { get; private set; } = new int[64];

    public int[] Labels { get; private set; } = new int[64];

    /// <summary>Readies the buffers for a sentence of <paramref name="length"/> words, a model's label count and word clusters.</summary>
    public void Begin(int length, int labelCount, TagDictionary clusters)
    {
        _clusters = clusters;
        if (Word.Length < length + 1)
        {
            int n = Math.Max(length + 1, Word.Length * 2);
            Word = new ulong[n];
            Suffix = new ulong[n];
            Tag = new ulong[n];
            Coarse = new ulong[n];
            ClusterFine = new ulong[n];
            ClusterMid = new ulong[n];
            Heads = new int[n];
            Labels = new int[n];
        }

        if (Scores.Length < labelCount) Scores = new float[Math.Max(labelCount, 3)];
        Word[length] = s_rootAtom;
        Suffix[length] = s_rootAtom;
        Tag[length] = s_rootAtom;
        Coarse[length] = s_rootAtom;
        ClusterFine[length] = s_rootAtom;
        ClusterMid[length] = s_rootAtom;
        State = Home;
        Home.Reset(length);
    }

    /// <summary>Sets word <paramref name="i"/>'s atoms; the form is lowered and digits folded to 0 in place.</summary>
    public void SetWord(int i, ReadOnlySpan<char> form, ReadOnlySpan<char> xpos, Upos upos)
    {
        Span<char> buffer = stackalloc char[MaxFormChars];
        int n = Math.Min(form.Length, MaxFormChars);
        for (int k = 0; k < n; k++)
        {
            char c = form[k];
            buffer[k] = char.IsAsciiDigit(c) ? '0' : char.ToLowerInvariant(c);
        }

        var lowered = buffer[..n];
        Word[i] = FeatureHash.Text(lowered);
        Suffix[i] = FeatureHash.Text(lowered[Math.Max(0, n - 3)..]);
        Tag[i] = FeatureHash.Text(xpos);
        Coarse[i] = 0x51ED_0000UL + (ulong)upos;
        if (HasClusters) SetCluster(i, form, lowered);
    }

    /// <summary>The cluster of the digit-folded form, else of its lowered form (clusters keep case).</summary>
    private void SetCluster(int i, ReadOnlySpan<char> form, ReadOnlySpan<char> lowered)
    {
        int cluster = -1;
        if (form.Length <= MaxFormChars)
        {
            Span<char> folded = stackalloc char[MaxFormChars];
            cluster = _clusters.Find(TaggerScratch.FoldedHash(form, folded));
            if (cluster < 0 && !form.SequenceEqual(lowered)) cluster = _clusters.Find(FeatureHash.Text(lowered));
        }

        ulong packed = cluster < 0 ? s_unknownCluster : (ulong)cluster;
        ClusterFine[i] = ClusterLevels.Fine(packed);
        ClusterMid[i] = ClusterLevels.Mid(packed) | 0xC1_0000UL;
    }
}
