using System.Globalization;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text.Json;

namespace Dossier.Nlp.Clusters;

/// <summary>Settings of a clustering run. The defaults are the ones the shipped cluster file was built with.</summary>
public sealed record ClusterOptions(
    int MinCount = 3,
    int MaxWords = 80000,
    int ContextWords = 500,
    int Dimensions = 128,
    int FineClusters = 1000,
    int MidClusters = 128,
    int CoarseClusters = 24,
    int Iterations = 12,
    int Seed = 1);

/// <summary>
/// A cheap stand-in for Brown clustering that runs in a minute on one core: each word is described by
/// positive PMI with the frequent words just left and right of it, projected to a few dense dimensions
/// with a seeded random projection, then grouped by spherical k-means. The fine centroids are clustered
/// again (mid, coarse) to give the coarser levels that Brown bit-prefixes provide.
/// </summary>
public static class ClusterTrainer
{
    public static WordClusters Train(string newsRoot, ClusterOptions options, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        long tokens = 0;
        foreach (var line in NewsCorpus.Lines(newsRoot))
        {
            foreach (var t in line)
            {
                var w = WordClusters.Fold(t);
                counts[w] = counts.GetValueOrDefault(w) + 1;
                tokens++;
            }
        }

        var vocab = counts.Where(kv => kv.Value >= options.MinCount)
            .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Take(options.MaxWords).Select(kv => kv.Key).ToArray();
        log.WriteLine($"clusters: {tokens:N0} tokens, {counts.Count:N0} types, {vocab.Length:N0} words clustered");
        var id = new Dictionary<string, int>(vocab.Length, StringComparer.Ordinal);
        for (int i = 0; i < vocab.Length; i++) id[vocab[i]] = i;

        int c = Math.Min(options.ContextWords, vocab.Length);
        int cols = 2 * c + 2; // left contexts, right contexts, sentence start, sentence end
        var cooc = new float[(long)vocab.Length * cols];
        var ids = new List<int>();
        foreach (var line in NewsCorpus.Lines(newsRoot))
        {
            ids.Clear();
            foreach (var t in line) ids.Add(id.TryGetValue(WordClusters.Fold(t), out int v) ? v : -1);
            for (int i = 0; i < ids.Count; i++)
            {
                int w = ids[i];
                if (w < 0) continue;
                long row = (long)w * cols;
                int left = i > 0 ? ids[i - 1] : -2, right = i + 1 < ids.Count ? ids[i + 1] : -2;
                if (left == -2) cooc[row + 2 * c]++;
                else if (left >= 0 && left < c) cooc[row + left]++;
                if (right == -2) cooc[row + 2 * c + 1]++;
                else if (right >= 0 && right < c) cooc[row + c + right]++;
            }
        }

        var vectors = Project(cooc, vocab.Length, cols, options.Dimensions, options.Seed);
        var fine = KMeans(vectors, vocab.Length, options.Dimensions, options.FineClusters, options.Iterations, log, "fine", out var fineCentroids);
        int k1 = Math.Min(options.FineClusters, vocab.Length);
        var mid = KMeans(fineCentroids, k1, options.Dimensions, options.MidClusters, options.Iterations, log, "mid", out var midCentroids);
        int k2 = Math.Min(options.MidClusters, k1);
        var coarse = KMeans(midCentroids, k2, options.Dimensions, options.CoarseClusters, options.Iterations, log, "coarse", out _);

        var packed = new Dictionary<string, int>(vocab.Length, StringComparer.Ordinal);
        for (int i = 0; i < vocab.Length; i++)
        {
            int f = fine[i], m = mid[f];
            packed[vocab[i]] = WordClusters.Pack(f, m, coarse[m]);
        }

        var metadata = JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["source"] = "news (bbc, agnews-world, allsides-world-politics)",
            ["tokens"] = tokens.ToString(CultureInfo.InvariantCulture),
            ["words"] = vocab.Length.ToString(CultureInfo.InvariantCulture),
            ["options"] = options.ToString(),
        });
        return new WordClusters(packed, metadata);
    }

    /// <summary>Positive PMI of each row, projected by a seeded ±1 random matrix and L2-normalised.</summary>
    private static float[] Project(float[] cooc, int rows, int cols, int dims, int seed)
    {
        var colSum = new double[cols];
        var rowSum = new double[rows];
        double total = 0;
        for (int r = 0; r < rows; r++)
        {
            for (int k = 0; k < cols; k++)
            {
                float v = cooc[(long)r * cols + k];
                colSum[k] += v;
                rowSum[r] += v;
                total += v;
            }
        }

        var rng = new Random(seed);
        var proj = new float[cols * dims];
        for (int i = 0; i < proj.Length; i++) proj[i] = rng.Next(2) == 0 ? -1f : 1f;
        var result = new float[(long)rows * dims];
        for (int r = 0; r < rows; r++)
        {
            var dst = result.AsSpan((int)((long)r * dims), dims);
            for (int k = 0; k < cols; k++)
            {
                float v = cooc[(long)r * cols + k];
                if (v == 0 || colSum[k] == 0) continue;
                double pmi = Math.Log(v * total / (rowSum[r] * colSum[k]));
                if (pmi <= 0) continue;
                Axpy((float)pmi, proj.AsSpan(k * dims, dims), dst);
            }

            Normalise(dst);
        }

        return result;
    }

    /// <summary>
    /// Spherical k-means, seeded with the first k rows (rows are in frequency order, so frequent words seed
    /// clusters, as in Brown clustering's initial window). Deterministic: no randomness, ties to the lower id.
    /// </summary>
    private static int[] KMeans(float[] data, int rows, int dims, int k, int iterations, TextWriter log, string name, out float[] centroids)
    {
        k = Math.Min(k, rows);
        centroids = data.AsSpan(0, k * dims).ToArray();
        var assign = new int[rows];
        var sums = new float[k * dims];
        var sizes = new int[k];
        for (int it = 0; it < iterations; it++)
        {
            int moved = 0;
            Array.Clear(sums);
            Array.Clear(sizes);
            for (int r = 0; r < rows; r++)
            {
                var x = data.AsSpan(r * dims, dims);
                int best = 0;
                float bestDot = float.NegativeInfinity;
                for (int j = 0; j < k; j++)
                {
                    float d = Dot(x, centroids.AsSpan(j * dims, dims));
                    if (d > bestDot) { bestDot = d; best = j; }
                }

                if (it == 0 || assign[r] != best) moved++;
                assign[r] = best;
                sizes[best]++;
                Axpy(1f, x, sums.AsSpan(best * dims, dims));
            }

            for (int j = 0; j < k; j++)
            {
                if (sizes[j] == 0) continue; // an empty cluster keeps its old centroid
                var s = sums.AsSpan(j * dims, dims);
                Normalise(s);
                s.CopyTo(centroids.AsSpan(j * dims, dims));
            }

            log.WriteLine($"clusters: {name} k={k} iteration {it + 1}: {moved} moved");
            if (moved == 0) break;
        }

        return assign;
    }

    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        // A fixed 128-bit width, so sums are added in the same order (and round the same) on every machine.
        var va = MemoryMarshal.Cast<float, Vector128<float>>(a);
        var vb = MemoryMarshal.Cast<float, Vector128<float>>(b);
        var acc = Vector128<float>.Zero;
        for (int i = 0; i < va.Length; i++) acc += va[i] * vb[i];
        float sum = Vector128.Sum(acc);
        for (int i = va.Length * Vector128<float>.Count; i < a.Length; i++) sum += a[i] * b[i];
        return sum;
    }

    private static void Axpy(float scale, ReadOnlySpan<float> x, Span<float> y)
    {
        for (int i = 0; i < x.Length; i++) y[i] += scale * x[i];
    }

    private static void Normalise(Span<float> v)
    {
        float norm = MathF.Sqrt(Dot(v, v));
        if (norm == 0) return;
        for (int i = 0; i < v.Length; i++) v[i] /= norm;
    }
}
