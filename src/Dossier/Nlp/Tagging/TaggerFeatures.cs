using Dossier.Nlp.Learning;
using static Dossier.Nlp.Tagging.ClusterLevels;
using S = Dossier.Nlp.Tagging.TaggerScratch;

namespace Dossier.Nlp.Tagging;

/// <summary>
/// The tagger's feature templates. Template numbers are part of the model format: changing one means
/// retraining. Everything is combined from hashes prepared once per sentence, so extraction allocates nothing.
/// </summary>
internal static class TaggerFeatures
{
    public const int MaxFeatures = 64;

    /// <summary>Writes the features of token <paramref name="i"/> given the two previous predicted classes (-1 before the start).</summary>
    public static int Extract(S s, int i, int previous1, int previous2, Span<ulong> f)
    {
        ulong p1 = (ulong)(previous1 + 1), p2 = (ulong)(previous2 + 1);
        ulong lower = s.At(i, S.Lower), set = s.At(i, S.ClassSet);
        int n = 0;
        f[n++] = FeatureHash.Of(1, 0UL);
        f[n++] = FeatureHash.Of(2, s.At(i, S.Word));
        f[n++] = FeatureHash.Of(3, lower);
        for (int k = 0; k < 4; k++) f[n++] = FeatureHash.Of(4 + k, s.At(i, S.Suffix1 + k));
        for (int k = 0; k < 3; k++) f[n++] = FeatureHash.Of(8 + k, s.At(i, S.Prefix1 + k));
        f[n++] = FeatureHash.Of(11, s.At(i, S.Shape));
        f[n++] = FeatureHash.Of(12, s.At(i, S.Flags));
        f[n++] = FeatureHash.Of(13, p1);
        f[n++] = FeatureHash.Of(14, p2);
        f[n++] = FeatureHash.Of(15, p1, p2);
        f[n++] = FeatureHash.Of(16, p1, lower);
        f[n++] = FeatureHash.Of(17, s.At(i - 1, S.Lower));
        f[n++] = FeatureHash.Of(18, s.At(i - 2, S.Lower));
        f[n++] = FeatureHash.Of(19, s.At(i + 1, S.Lower));
        f[n++] = FeatureHash.Of(20, s.At(i + 2, S.Lower));
        f[n++] = FeatureHash.Of(21, s.At(i - 1, S.Suffix1 + 2));
        f[n++] = FeatureHash.Of(22, s.At(i + 1, S.Suffix1 + 2));
        f[n++] = FeatureHash.Of(23, s.At(i - 1, S.Shape));
        f[n++] = FeatureHash.Of(24, s.At(i + 1, S.Shape));
        f[n++] = FeatureHash.Of(25, s.At(i - 1, S.Lower), lower);
        f[n++] = FeatureHash.Of(26, lower, s.At(i + 1, S.Lower));
        f[n++] = FeatureHash.Of(27, set);
        f[n++] = FeatureHash.Of(28, s.At(i + 1, S.ClassSet));
        f[n++] = FeatureHash.Of(29, s.At(i + 2, S.ClassSet));
        f[n++] = FeatureHash.Of(30, p1, set);
        f[n++] = FeatureHash.Of(31, set, s.At(i + 1, S.ClassSet));
        f[n++] = FeatureHash.Of(32, p1, s.At(i + 1, S.Lower));
        f[n++] = FeatureHash.Of(33, s.At(i, S.Flags), s.At(i, S.Suffix1 + 2));
        n += Clusters(s, i, p1, f[n..]);
        return n;
    }

    /// <summary>Word-cluster features (fine, mid and coarse ids of the token and its neighbours), when the model has clusters.</summary>
    private static int Clusters(S s, int i, ulong p1, Span<ulong> f)
    {
        if (!s.HasClusters) return 0;
        ulong here = s.At(i, S.Cluster);
        int n = 0;
        f[n++] = FeatureHash.Of(50, Fine(here));
        f[n++] = FeatureHash.Of(51, Mid(here));
        f[n++] = FeatureHash.Of(52, Coarse(here));
        f[n++] = FeatureHash.Of(53, Mid(s.At(i - 1, S.Cluster)));
        f[n++] = FeatureHash.Of(54, Mid(s.At(i + 1, S.Cluster)));
        f[n++] = FeatureHash.Of(55, Coarse(s.At(i + 1, S.Cluster)), Coarse(s.At(i + 2, S.Cluster)));
        f[n++] = FeatureHash.Of(56, p1, Mid(here));
        f[n++] = FeatureHash.Of(57, Coarse(here), s.At(i, S.Suffix1 + 2));
        ulong lowered = s.At(i, S.LowerCluster);
        f[n++] = FeatureHash.Of(58, Mid(lowered), s.At(i, S.Flags));
        f[n++] = FeatureHash.Of(59, Fine(lowered));
        f[n++] = FeatureHash.Of(60, s.At(i - 1, S.Flags), s.At(i, S.Flags), s.At(i + 1, S.Flags));
        return n;
    }

    /// <summary>
    /// The second pass's features: the first-pass features plus the first pass's classes for this token and
    /// the two after it, so the decision can use right context that a left-to-right pass cannot see.
    /// </summary>
    public static int ExtractSecondPass(S s, int i, int previous1, int previous2, ReadOnlySpan<int> first, Span<ulong> f)
    {
        int n = Extract(s, i, previous1, previous2, f);
        ulong here = (ulong)(first[i] + 1);
        ulong next1 = i + 1 < first.Length ? (ulong)(first[i + 1] + 1) : ulong.MaxValue;
        ulong next2 = i + 2 < first.Length ? (ulong)(first[i + 2] + 1) : ulong.MaxValue;
        ulong p1 = (ulong)(previous1 + 1);
        ulong lower = s.At(i, S.Lower);
        f[n++] = FeatureHash.Of(40, here);
        f[n++] = FeatureHash.Of(41, next1);
        f[n++] = FeatureHash.Of(42, next2);
        f[n++] = FeatureHash.Of(43, next1, next2);
        f[n++] = FeatureHash.Of(44, p1, next1);
        f[n++] = FeatureHash.Of(45, lower, next1);
        f[n++] = FeatureHash.Of(46, s.At(i, S.Suffix1 + 2), next1);
        return n;
    }
}
