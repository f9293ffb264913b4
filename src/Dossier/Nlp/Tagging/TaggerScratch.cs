using Dossier.Nlp.Learning;

namespace Dossier.Nlp.Tagging;

/// <summary>
/// Per-worker buffers for tagging one sentence: the hashed attributes of every token (computed once per
/// sentence, so feature extraction only combines numbers), the predicted classes, features and scores.
/// Positions are padded by two on each side so neighbour features need no bounds checks.
/// </summary>
internal sealed class TaggerScratch
{
    public const int Pad = 2;

    // Attribute slots per token.
    public const int Word = 0;
    public const int Lower = 1;
    public const int Shape = 2;
    public const int Suffix1 = 3; // Suffix1..Suffix4 are consecutive
    public const int Prefix1 = 7; // Prefix1..Prefix3 are consecutive
    public const int Flags = 10;
    public const int ClassSet = 11;
    public const int Cluster = 12; // packed fine/mid/coarse word-cluster ids, or UnknownCluster
    public const int LowerCluster = 13; // clusters of the lowercased form: is this capitalised word also a common word?
    public const int AttributeCount = 14;

    public const ulong UnknownCluster = ulong.MaxValue;

    private const int MaxShape = 16;
    private const ulong UnknownClassSet = ulong.MaxValue;

    private char[] _lower = new char[64];

    /// <summary>Token attributes, AttributeCount per padded position.</summary>
    public ulong[] Attributes { get; private set; } = new ulong[64 * AttributeCount];

    public int[] Classes { get; private set; } = new int[64];

    /// <summary>The first pass's classes, read by the second pass.</summary>
    public int[] FirstPass { get; private set; } = new int[64];

    public ulong[] Features { get; } = new ulong[64];

    /// <summary>Per-token class scores of the left-to-right and right-to-left passes (bidirectional models).</summary>
    public float[] ForwardScores { get; private set; } = [];

    public float[] BackwardScores { get; private set; } = [];

    public float[] Scores { get; private set; } = [];

    public int Length { get; private set; }

    /// <summary>Whether the model has word clusters (without them, no cluster features are extracted).</summary>
    public bool HasClusters { get; private set; }

    /// <summary>Attribute <paramref name="slot"/> of token <paramref name="i"/> (-2..Length+1 are valid).</summary>
    public ulong At(int i, int slot) => Attributes[((i + Pad) * AttributeCount) + slot];

    /// <summary>Room for <paramref name="tokens"/> × <paramref name="classCount"/> scores per direction.</summary>
    public void ReserveDirectionScores(int tokens, int classCount)
    {
        int size = tokens * classCount;
        if (ForwardScores.Length >= size) return;
        ForwardScores = new float[size * 2];
        BackwardScores = new float[size * 2];
    }

    public Span<float> ScoresFor(int classCount)
    {
        if (Scores.Length < classCount) Scores = new float[classCount];
        return Scores.AsSpan(0, classCount);
    }

    /// <summary>Hashes every token's attributes once; <paramref name="classSets"/> maps lowercase words to their usual classes;</summary>
    /// <paramref name="clusters"/> maps digit-folded word forms to their packed cluster ids.
    public void Prepare(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, TagDictionary classSets, TagDictionary clusters)
    {
        int n = starts.Length;
        Length = n;
        HasClusters = clusters.Count > 0;
        int positions = n + (2 * Pad);
        if (Attributes.Length < positions * AttributeCount) Attributes = new ulong[positions * 2 * AttributeCount];
        if (Classes.Length < n)
        {
            Classes = new int[n * 2];
            FirstPass = new int[n * 2];
        }
        FillPadding(0, 0x5E17);
        FillPadding(1, 0x5E17);
        FillPadding(n + Pad, 0xE05);
        FillPadding(n + Pad + 1, 0xE05);
        for (int i = 0; i < n; i++)
            Hash(text[starts[i]..ends[i]], i, classSets, clusters);
    }

    private void FillPadding(int position, ulong marker)
    {
        var row = Attributes.AsSpan(position * AttributeCount, AttributeCount);
        for (int slot = 0; slot < row.Length; slot++) row[slot] = FeatureHash.Mix(marker + (ulong)slot);
    }

    private void Hash(ReadOnlySpan<char> word, int i, TagDictionary classSets, TagDictionary clusters)
    {
        var row = Attributes.AsSpan((i + Pad) * AttributeCount, AttributeCount);
        if (_lower.Length < word.Length * 2) _lower = new char[word.Length * 4];
        var lower = _lower.AsSpan(0, word.Length);
        word.ToLowerInvariant(lower);

        row[Word] = FeatureHash.Text(word);
        row[Lower] = FeatureHash.Text(lower);
        for (int k = 0; k < 4; k++) row[Suffix1 + k] = FeatureHash.Text(lower[Math.Max(0, lower.Length - k - 1)..]);
        for (int k = 0; k < 3; k++) row[Prefix1 + k] = FeatureHash.Text(lower[..Math.Min(lower.Length, k + 1)]);
        row[Shape] = ShapeOf(word);
        row[Flags] = FlagsOf(word, i);
        int set = classSets.Find(row[Lower]);
        row[ClassSet] = set < 0 ? UnknownClassSet : (ulong)set;
        int cluster = clusters.Count == 0 ? -1 : clusters.Find(FoldedHash(word, _lower.AsSpan(word.Length)));
        row[Cluster] = cluster < 0 ? UnknownCluster : (ulong)cluster;
        int lowerCluster = clusters.Count == 0 || word.SequenceEqual(lower) ? cluster : clusters.Find(FoldedHash(lower, _lower.AsSpan(word.Length)));
        row[LowerCluster] = lowerCluster < 0 ? UnknownCluster : (ulong)lowerCluster;
    }

    /// <summary>Hash of the form with ASCII digits folded to '0' (how cluster files store words); reuses the lowercase buffer.</summary>
    public static ulong FoldedHash(ReadOnlySpan<char> word, Span<char> buffer)
    {
        if (!word.ContainsAnyInRange('1', '9')) return FeatureHash.Text(word);
        for (int k = 0; k < word.Length; k++) buffer[k] = char.IsAsciiDigit(word[k]) ? '0' : word[k];
        return FeatureHash.Text(buffer[..word.Length]);
    }

    /// <summary>Xxxx-style shape: X upper, x lower, d digit, other chars as is; runs capped at three.</summary>
    private static ulong ShapeOf(ReadOnlySpan<char> word)
    {
        Span<char> shape = stackalloc char[MaxShape];
        int length = 0, run = 0;
        char last = '\0';
        foreach (char c in word)
        {
            char s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'x' : c;
            run = s == last ? run + 1 : 1;
            last = s;
            if (run > 3) continue;
            if (length == MaxShape) break;
            shape[length++] = s;
        }

        return FeatureHash.Text(shape[..length]);
    }

    private static ulong FlagsOf(ReadOnlySpan<char> word, int i)
    {
        bool upperFirst = word.Length > 0 && char.IsUpper(word[0]);
        bool allUpper = true, digit = false, hyphen = false, letter = false;
        foreach (char c in word)
        {
            if (char.IsLetter(c)) { letter = true; if (!char.IsUpper(c)) allUpper = false; }
            else if (char.IsDigit(c)) digit = true;
            else if (c == '-') hyphen = true;
        }

        ulong flags = 0;
        if (upperFirst) flags |= 1;
        if (allUpper && letter) flags |= 2;
        if (digit) flags |= 4;
        if (hyphen) flags |= 8;
        if (letter) flags |= 16;
        if (i == 0) flags |= 32;
        return flags;
    }
}
