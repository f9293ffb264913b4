namespace Dossier.Nlp.Parsing;

/// <summary>
/// Feature templates in the style of Zhang and Nivre (2011), adapted to arc-hybrid: words and tags of the
/// top three stack items and the first three buffer items, their outer dependents and labels, distance,
/// valency, label sets, and pairs and triples of these. A separate, arc-centred set scores labels.
/// </summary>
internal static class ParseFeatures
{
    public const int MaxFeatures = 160;

    private const ulong None = 0x6E6F6E65UL;
    private const ulong NoLabel = 0x6E6F6C62UL;

    public static int Transition(ParserScratch x)
    {
        var st = x.State;
        int s0 = st.S(0), s1 = st.S(1), s2 = st.S(2);
        int b0 = st.B(0), b1 = st.B(1), b2 = st.B(2);
        ulong s0w = W(x, s0), s0t = T(x, s0), s1w = W(x, s1), s1t = T(x, s1), s2t = T(x, s2);
        ulong b0w = W(x, b0), b0t = T(x, b0), b1w = W(x, b1), b1t = T(x, b1), b2w = W(x, b2), b2t = T(x, b2);
        ulong s0u = U(x, s0), s1u = U(x, s1), b0u = U(x, b0), b1u = U(x, b1);

        int s0l1 = Child(st.LeftChild1, s0), s0l2 = Child(st.LeftChild2, s0);
        int s0r1 = Child(st.RightChild1, s0), s0r2 = Child(st.RightChild2, s0);
        int b0l1 = Child(st.LeftChild1, b0), b0l2 = Child(st.LeftChild2, b0);
        int s1l1 = Child(st.LeftChild1, s1), s1r1 = Child(st.RightChild1, s1), s1r2 = Child(st.RightChild2, s1);
        ulong dist = s0 < 0 ? None : b0 == st.Root ? 99 : Bucket(b0 - s0);
        ulong dist1 = s1 < 0 ? None : Bucket(s0 - s1);

        var f = new FeatureSink(x.Features, 0);
        f.Add(1);
        // Single positions.
        f.Add(s0w); f.Add(s0t); f.Add(s0w, s0t);
        f.Add(s1w); f.Add(s1t); f.Add(s1w, s1t);
        f.Add(b0w); f.Add(b0t); f.Add(b0w, b0t);
        f.Add(b1w); f.Add(b1t); f.Add(b1w, b1t);
        f.Add(b2w); f.Add(b2t); f.Add(b2w, b2t);
        f.Add(W(x, s2)); f.Add(s2t);
        f.Add(Sfx(x, s0)); f.Add(Sfx(x, b0)); f.Add(s0u, b0u); f.Add(s1u, s0u, b0u); f.Add(b0u, b1u);

        // Pairs of s0 and b0.
        f.Add(s0w, s0t, b0w, b0t); f.Add(s0w, s0t, b0w); f.Add(s0w, b0w, b0t); f.Add(s0w, s0t, b0t);
        f.Add(s0t, b0w, b0t); f.Add(s0w, b0w); f.Add(s0t, b0t); f.Add(b0t, b1t);
        // Pairs of s1 and s0 / b0.
        f.Add(s1w, s1t, s0w, s0t); f.Add(s1w, s0w); f.Add(s1t, s0t); f.Add(s1w, s1t, s0t); f.Add(s1t, s0w, s0t);
        f.Add(s1w, b0w); f.Add(s1t, b0t);

        // Triples of tags.
        f.Add(b0t, b1t, b2t); f.Add(s0t, b0t, b1t); f.Add(s1t, s0t, b0t); f.Add(s2t, s1t, s0t);
        f.Add(s1t, s0t, b1t); f.Add(s0w, b0t, b1t); f.Add(s0t, b0w, b1t); f.Add(s1t, b0t, b1t);

        // Distance.
        f.Add(s0w, dist); f.Add(s0t, dist); f.Add(b0w, dist); f.Add(b0t, dist);
        f.Add(s0w, b0w, dist); f.Add(s0t, b0t, dist); f.Add(s1t, s0t, dist1); f.Add(s1w, s0w, dist1);

        // Valency.
        ulong s0vl = Count(st.LeftCount, s0), s0vr = Count(st.RightCount, s0);
        ulong s1vl = Count(st.LeftCount, s1), s1vr = Count(st.RightCount, s1), b0vl = Count(st.LeftCount, b0);
        f.Add(s0w, s0vr); f.Add(s0t, s0vr); f.Add(s0w, s0vl); f.Add(s0t, s0vl);
        f.Add(s1w, s1vr); f.Add(s1t, s1vr); f.Add(s1w, s1vl); f.Add(s1t, s1vl);
        f.Add(b0w, b0vl); f.Add(b0t, b0vl);

        // Outer dependents: word, tag, label.
        f.Add(W(x, s0l1)); f.Add(T(x, s0l1)); f.Add(L(st, s0l1));
        f.Add(W(x, s0r1)); f.Add(T(x, s0r1)); f.Add(L(st, s0r1));
        f.Add(W(x, b0l1)); f.Add(T(x, b0l1)); f.Add(L(st, b0l1));
        f.Add(T(x, s1l1)); f.Add(L(st, s1l1)); f.Add(T(x, s1r1)); f.Add(L(st, s1r1));
        f.Add(s0t, L(st, s0l1)); f.Add(s0t, L(st, s0r1)); f.Add(b0t, L(st, b0l1)); f.Add(s1t, L(st, s1r1));
        f.Add(s0t, T(x, s0l1), b0t); f.Add(s0t, T(x, s0r1), b0t); f.Add(s0t, b0t, T(x, b0l1));

        // Second dependents and third-order tag chains.
        f.Add(W(x, s0l2)); f.Add(T(x, s0l2)); f.Add(L(st, s0l2));
        f.Add(W(x, s0r2)); f.Add(T(x, s0r2)); f.Add(L(st, s0r2));
        f.Add(W(x, b0l2)); f.Add(T(x, b0l2)); f.Add(L(st, b0l2));
        f.Add(s0t, T(x, s0l1), T(x, s0l2)); f.Add(s0t, T(x, s0r1), T(x, s0r2));
        f.Add(b0t, T(x, b0l1), T(x, b0l2)); f.Add(s1t, T(x, s1r1), T(x, s1r2));
        f.Add(L(st, s0l1), L(st, s0l2)); f.Add(L(st, s0r1), L(st, s0r2));

        // Label sets.
        ulong s0ll = Set(st.LeftLabels, s0), s0rl = Set(st.RightLabels, s0), b0ll = Set(st.LeftLabels, b0);
        f.Add(s0w, s0rl); f.Add(s0t, s0rl); f.Add(s0w, s0ll); f.Add(s0t, s0ll); f.Add(b0w, b0ll); f.Add(b0t, b0ll);
        f.Add(s1t, Set(st.RightLabels, s1)); f.Add(s1t, Set(st.LeftLabels, s1));

        // What lies between s0 and b0, and right after s0.
        ulong afterS0 = s0 < 0 || s0 + 1 >= b0 ? None : T(x, s0 + 1);
        ulong beforeB0 = b0 < 0 || b0 - 1 <= s0 ? None : T(x, b0 - 1);
        f.Add(s0t, afterS0, b0t); f.Add(s0t, beforeB0, b0t); f.Add(s0w, afterS0); f.Add(b0w, beforeB0);
        if (x.HasClusters) TransitionClusters(x, ref f, s0, s1, b0, b1, s0t, b0t, dist);
        return f.Count;
    }

    /// <summary>Word clusters generalise the word features to words rare in the treebank.</summary>
    private static void TransitionClusters(ParserScratch x, ref FeatureSink f, int s0, int s1, int b0, int b1, ulong s0t, ulong b0t, ulong dist)
    {
        ulong s0f = CF(x, s0), s0m = CM(x, s0), s1m = CM(x, s1), b0f = CF(x, b0), b0m = CM(x, b0), b1m = CM(x, b1);
        f.Add(s0f); f.Add(b0f); f.Add(CF(x, b1)); f.Add(CF(x, s1));
        f.Add(s0m, b0m); f.Add(s0m, b0t); f.Add(s0t, b0m); f.Add(s1m, s0m); f.Add(b0m, b1m);
        f.Add(s0f, b0t); f.Add(s0t, b0f); f.Add(s0m, b0m, dist); f.Add(s1m, s0t, b0t);
    }

    /// <summary>Arc-centred features for labelling the arc <paramref name="head"/> → <paramref name="dep"/>.</summary>
    public static int Label(ParserScratch x, int dep, int head)
    {
        var st = x.State;
        ulong dir = head == st.Root ? 3UL : dep < head ? 1UL : 2UL;
        ulong dist = head == st.Root ? 99 : Bucket(Math.Abs(head - dep));
        ulong dw = W(x, dep), dt = T(x, dep), du = U(x, dep), hw = W(x, head), ht = T(x, head), hu = U(x, head);
        ulong ds = Sfx(x, dep);
        ulong dPrev = dep > 0 ? T(x, dep - 1) : None, dNext = T(x, dep + 1);
        ulong hPrev = head > 0 ? T(x, head - 1) : None, hNext = head < st.Root ? T(x, head + 1) : None;
        int dl1 = Child(st.LeftChild1, dep), dr1 = Child(st.RightChild1, dep);
        int hl1 = Child(st.LeftChild1, head), hr1 = Child(st.RightChild1, head);
        ulong dll = Set(st.LeftLabels, dep), drl = Set(st.RightLabels, dep);
        ulong hll = Set(st.LeftLabels, head), hrl = Set(st.RightLabels, head);
        ulong other = dep < head ? T(x, st.S(1)) : T(x, st.B(0));

        var f = new FeatureSink(x.Features, 1000);
        f.Add(dir);
        f.Add(dw, dir); f.Add(dt, dir); f.Add(du, dir); f.Add(dw, dt, dir); f.Add(ds, dir); f.Add(ds, dt, dir);
        f.Add(hw, dir); f.Add(ht, dir); f.Add(hu, dir); f.Add(hw, ht, dir);
        f.Add(hw, dw, dir); f.Add(ht, dt, dir); f.Add(hw, dt, dir); f.Add(ht, dw, dir); f.Add(hu, du, dir);
        f.Add(ht, dt, dist); f.Add(hw, dt, dist); f.Add(dw, ht, dist);
        f.Add(dt, dPrev, dir); f.Add(dt, dNext, dir); f.Add(dPrev, dt, dNext); f.Add(ht, hPrev, hNext);
        f.Add(dt, ht, hNext); f.Add(dt, ht, hPrev); f.Add(ht, dt, other); f.Add(dt, other, dir);
        f.Add(L(st, dl1), dt, dir); f.Add(L(st, dr1), dt, dir); f.Add(T(x, dl1), dt); f.Add(T(x, dr1), dt);
        f.Add(W(x, dl1), dw); f.Add(W(x, dr1), dw);
        f.Add(dll, dt, dir); f.Add(drl, dt, dir); f.Add(dll, drl, dir);
        f.Add(L(st, hl1), ht, dir); f.Add(L(st, hr1), ht, dir); f.Add(hll, ht, dir); f.Add(hrl, ht, dir);
        f.Add(dll, hll, dir); f.Add(dw, hll, dir); f.Add(dt, hrl, dir);
        f.Add(Count(st.LeftCount, head), Count(st.RightCount, head), dir);
        f.Add(Count(st.LeftCount, dep), Count(st.RightCount, dep), dt);
        if (x.HasClusters)
        {
            f.Add(CF(x, dep), dir); f.Add(CF(x, head), dir); f.Add(CM(x, head), CM(x, dep), dir);
            f.Add(ht, CM(x, dep), dir); f.Add(CM(x, head), dt, dir); f.Add(CF(x, dep), dt, dist);
        }

        return f.Count;
    }

    private static ulong W(ParserScratch x, int i) => i < 0 ? None : x.Word[i];

    private static ulong T(ParserScratch x, int i) => i < 0 ? None : x.Tag[i];

    private static ulong U(ParserScratch x, int i) => i < 0 ? None : x.Coarse[i];

    private static ulong CF(ParserScratch x, int i) => i < 0 ? None : x.ClusterFine[i];

    private static ulong CM(ParserScratch x, int i) => i < 0 ? None : x.ClusterMid[i];

    private static ulong Sfx(ParserScratch x, int i) => i < 0 ? None : x.Suffix[i];

    private static ulong L(ParseState st, int i) => i < 0 ? NoLabel : (ulong)(st.Label[i] + 1);

    private static int Child(int[] children, int i) => i < 0 ? -1 : children[i];

    private static ulong Count(int[] counts, int i) => i < 0 ? None : (ulong)Math.Min(counts[i], 6);

    private static ulong Set(ulong[] sets, int i) => i < 0 ? None : sets[i];

    private static ulong Bucket(int d) => d switch
    {
        <= 4 => (ulong)d,
        <= 6 => 5,
        <= 10 => 6,
        <= 20 => 7,
        _ => 8,
    };
}
