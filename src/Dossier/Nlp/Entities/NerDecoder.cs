namespace Dossier.Nlp.Entities;

/// <summary>
/// First-order Viterbi over BILOU labels with hard constraints: a label that cannot follow the previous
/// one, start or end a sentence is never considered, so every output is a well-formed span sequence.
/// </summary>
internal static class NerDecoder
{
    private const int L = EntityLabels.Count;

    /// <summary>
    /// Extracts the features of sentence [a, b) into the scratch buffers, scores them and writes the best
    /// label sequence to <paramref name="labels"/> (length b - a).
    /// </summary>
    public static void DecodeSentence<TScorer>(TScorer scorer, NerScratch s, int a, int b, Span<int> labels)
        where TScorer : ILinearScorer
    {
        int n = b - a;
        s.ReserveSentence(n);
        ExtractSentence(s, a, b);
        for (int i = 0; i < n; i++)
        {
            var features = s.Features.AsSpan(s.FeatureStart[i], s.FeatureStart[i + 1] - s.FeatureStart[i]);
            scorer.Score(features, s.Emission.AsSpan(i * L, L));
        }

        Span<ulong> one = stackalloc ulong[1];
        for (int prev = -1; prev < L; prev++)
        {
            one[0] = NerFeatures.TransitionKey(prev);
            scorer.Score(one, s.Transition.AsSpan((prev + 1) * L, L));
        }

        Viterbi(s, n, labels);
    }

    /// <summary>Fills s.Features / s.FeatureStart for the tokens of sentence [a, b).</summary>
    public static void ExtractSentence(NerScratch s, int a, int b)
    {
        int at = 0;
        for (int t = a; t < b; t++)
        {
            if (s.Features.Length < at + NerFeatures.MaxFeaturesPerToken)
                Array.Resize(ref s.Features, Math.Max(s.Features.Length * 2, at + NerFeatures.MaxFeaturesPerToken));
            s.FeatureStart[t - a] = at;
            at += NerFeatures.Extract(s, t, a, b, s.Features.AsSpan(at, NerFeatures.MaxFeaturesPerToken));
        }

        s.FeatureStart[b - a] = at;
    }

    private static void Viterbi(NerScratch s, int n, Span<int> labels)
    {
        var best = s.Best;
        var back = s.Back;
        var emission = s.Emission;
        var transition = s.Transition;
        for (int y = 0; y < L; y++)
        {
            best[y] = EntityLabels.CanStart(y) ? emission[y] + transition[y] : float.NegativeInfinity;
            back[y] = -1;
        }

        for (int i = 1; i < n; i++)
        {
            for (int y = 0; y < L; y++)
            {
                float top = float.NegativeInfinity;
                int arg = 0;
                for (int p = 0; p < L; p++)
                {
                    float prev = best[((i - 1) * L) + p];
                    if (float.IsNegativeInfinity(prev) || !Allowed[(p * L) + y]) continue;
                    float v = prev + transition[((p + 1) * L) + y];
                    if (v > top) { top = v; arg = p; }
                }

                best[(i * L) + y] = float.IsNegativeInfinity(top) ? top : top + emission[(i * L) + y];
                back[(i * L) + y] = arg;
            }
        }

        int last = 0;
        float score = float.NegativeInfinity;
        for (int y = 0; y < L; y++)
        {
            float v = best[((n - 1) * L) + y];
            if (EntityLabels.CanEnd(y) && v > score) { score = v; last = y; }
        }

        for (int i = n - 1; i >= 0; i--)
        {
            labels[i] = last;
            last = back[(i * L) + last];
        }
    }

    private static readonly bool[] Allowed = BuildAllowed();

    private static bool[] BuildAllowed()
    {
        var allowed = new bool[L * L];
        for (int p = 0; p < L; p++)
        {
            for (int y = 0; y < L; y++) allowed[(p * L) + y] = EntityLabels.CanFollow(p, y);
        }

        return allowed;
    }
}
