using System.Numerics;
using System.Runtime.InteropServices;

namespace Dossier.Nlp.Learning;

/// <summary>
/// A trained linear multi-class model over hashed sparse features: one dense row of class weights per
/// feature. Immutable and thread-safe; scoring allocates nothing and adds rows with SIMD.
/// </summary>
public sealed class PerceptronModel
{
    private const int MaxBatch = 512;

    private readonly FeatureTable _table;
    private readonly float[] _weights;

    public PerceptronModel(int classCount, ulong[] keys, float[] weights)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(classCount);
        if (weights.Length != keys.Length * classCount)
            throw new ArgumentException("weights must hold one row of classCount values per key", nameof(weights));
        ClassCount = classCount;
        Keys = keys;
        _weights = weights;
        _table = new FeatureTable(keys);
    }

    public int ClassCount { get; }

    public int FeatureCount => Keys.Length;

    internal ulong[] Keys { get; }

    internal ReadOnlySpan<float> Weights => _weights;

    /// <summary>Sets <paramref name="scores"/> (length ClassCount) to the sum of the rows of the features present.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores = scores[..ClassCount];
        scores.Clear();
        if (features.Length > MaxBatch)
        {
            foreach (ulong key in features)
            {
                int row = _table.Find(key);
                if (row >= 0) AddRow(row, 1f, scores);
            }

            return;
        }

        // Look every feature up first, then prefetch the rows, so cache misses overlap instead of queueing.
        Span<int> rows = stackalloc int[features.Length];
        _table.FindAll(features, rows);
        foreach (int row in rows)
        {
            if (row >= 0) FeatureTable.Prefetch(ref _weights[row * ClassCount]);
        }

        foreach (int row in rows)
        {
            if (row >= 0) AddRow(row, 1f, scores);
        }
    }

    /// <summary>As <see cref="Score(ReadOnlySpan{ulong}, Span{float})"/>, each feature scaled by a value.</summary>
    public void Score(ReadOnlySpan<ulong> features, ReadOnlySpan<float> values, Span<float> scores)
    {
        scores = scores[..ClassCount];
        scores.Clear();
        for (int i = 0; i < features.Length; i++)
        {
            int row = _table.Find(features[i]);
            if (row >= 0) AddRow(row, values[i], scores);
        }
    }

    /// <summary>Index of the best class; ties go to the lower index, so results are deterministic.</summary>
    public static int ArgMax(ReadOnlySpan<float> scores)
    {
        int best = 0;
        for (int i = 1; i < scores.Length; i++)
        {
            if (scores[i] > scores[best]) best = i;
        }

        return best;
    }

    private void AddRow(int row, float scale, Span<float> scores)
    {
        var weights = _weights.AsSpan(row * ClassCount, ClassCount);
        int i = 0;
        if (Vector.IsHardwareAccelerated && weights.Length >= Vector<float>.Count)
        {
            var w = MemoryMarshal.Cast<float, Vector<float>>(weights);
            var s = MemoryMarshal.Cast<float, Vector<float>>(scores);
            var k = new Vector<float>(scale);
            for (int v = 0; v < w.Length; v++) s[v] += w[v] * k;
            i = w.Length * Vector<float>.Count;
        }

        for (; i < weights.Length; i++) scores[i] += weights[i] * scale;
    }

    /// <summary>Writes classes, keys (sorted, so the bytes are stable) and weights as half floats.</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var order = new int[Keys.Length];
        for (int i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort((ulong[])Keys.Clone(), order);
        writer.Write(ClassCount);
        writer.Write(Keys.Length);
        foreach (int row in order) writer.Write(Keys[row]);
        foreach (int row in order)
        {
            for (int c = 0; c < ClassCount; c++) writer.Write((Half)_weights[row * ClassCount + c]);
        }
    }

    public static PerceptronModel Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        int classes = reader.ReadInt32();
        int rows = reader.ReadInt32();
        if (classes <= 0 || rows < 0 || (long)classes * rows > int.MaxValue)
            throw new InvalidDataException($"DMD010 implausible model shape: {rows} features x {classes} classes");
        var keys = new ulong[rows];
        for (int i = 0; i < rows; i++) keys[i] = reader.ReadUInt64();
        var weights = new float[rows * classes];
        for (int i = 0; i < weights.Length; i++) weights[i] = (float)reader.ReadHalf();
        return new PerceptronModel(classes, keys, weights);
    }

    /// <summary>
    /// As <see cref="Write"/>, but each row stores only its non-zero half-float weights (class, value), so a
    /// model with many classes and mostly sparse rows stays small and compresses fast.
    /// </summary>
    public void WriteSparse(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (ClassCount > ushort.MaxValue) throw new InvalidOperationException("too many classes for the sparse format");
        var order = new int[Keys.Length];
        for (int i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort((ulong[])Keys.Clone(), order);
        writer.Write(ClassCount);
        writer.Write(Keys.Length);
        foreach (int row in order) writer.Write(Keys[row]);
        foreach (int row in order)
        {
            var weights = _weights.AsSpan(row * ClassCount, ClassCount);
            int nonZero = 0;
            foreach (float w in weights)
            {
                if ((Half)w != Half.Zero) nonZero++;
            }

            writer.Write((ushort)nonZero);
            for (int c = 0; c < weights.Length; c++)
            {
                var h = (Half)weights[c];
                if (h == Half.Zero) continue;
                writer.Write((ushort)c);
                writer.Write(h);
            }
        }
    }

    public static PerceptronModel ReadSparse(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        int classes = reader.ReadInt32();
        int rows = reader.ReadInt32();
        if (classes <= 0 || classes > ushort.MaxValue || rows < 0 || (long)classes * rows > int.MaxValue)
            throw new InvalidDataException($"DMD010 implausible model shape: {rows} features x {classes} classes");
        var keys = new ulong[rows];
        for (int i = 0; i < rows; i++) keys[i] = reader.ReadUInt64();
        var weights = new float[rows * classes];
        for (int row = 0; row < rows; row++)
        {
            int nonZero = reader.ReadUInt16();
            for (int k = 0; k < nonZero; k++)
            {
                int c = reader.ReadUInt16();
                if (c >= classes) throw new InvalidDataException($"DMD010 class {c} out of range in row {row}");
                weights[(row * classes) + c] = (float)reader.ReadHalf();
            }
        }

        return new PerceptronModel(classes, keys, weights);
    }
}
