using Dossier.Nlp.Clusters;
using Dossier.Nlp.Gazetteers;
using Dossier.Nlp.Learning;

namespace Dossier.Nlp.Entities;

/// <summary>
/// Turns tokens into hashed features for the entity model: the word and its neighbours, shapes, affixes,
/// unsupervised word clusters, gazetteer membership, headline (all-caps) context, how the same word is
/// cased elsewhere in the document, and the labels given to it in earlier sentences. No POS tags are used:
/// the CoNLL gold tags would not exist at run time. Immutable and shared; all state lives in
/// <see cref="NerScratch"/>.
/// </summary>
internal sealed class NerFeatures(WordClusters? clusters, Gazetteer? gazetteer)
{
    public const int MaxFeaturesPerToken = 64;
    private const int MaxGazetteerWords = 4;
    private const int MaxWordChars = 64;

    // Template ids: stable, they are part of the model's feature keys.
    private const int TBias = 1, TWord = 2, TLower = 3, TShape = 4, TShortShape = 5, TPrefix = 6, TSuffix = 7,
        TLowerAt = 8, TShortShapeAt = 9, TShapePair = 10, TLowerPair = 11, TCluster = 12, TCaseContext = 13,
        THeadlineLower = 14, TGazetteer = 15, TDocCasing = 16, THistory = 17, TLast = 18, TGazetteerNext = 19,
        TClusterShape = 20, TTransition = 40;

    private const byte NoLetter = 0, LowerInitial = 1, TitleCase = 2, AllCaps = 3;
    private static readonly ulong s_before = FeatureHash.Text("<s>");
    private static readonly ulong s_after = FeatureHash.Text("</s>");

    public WordClusters? Clusters { get; } = clusters;

    public Gazetteer? Gazetteer { get; } = gazetteer;

    /// <summary>The key of the transition feature from <paramref name="previous"/> (a label, or -1 at sentence start).</summary>
    public static ulong TransitionKey(int previous) => FeatureHash.Of(TTransition, (ulong)(previous + 1));

    /// <summary>Computes the per-token values and document statistics every feature reads.</summary>
    public void Prepare(NerText text, NerScratch s)
    {
        s.Reset(text.Count);
        s.CurrentText = text;
        Span<char> buffer = stackalloc char[MaxWordChars];
        for (int t = 0; t < text.Count; t++)
        {
            var word = text.Token(t);
            if (word.Length > MaxWordChars) word = word[..MaxWordChars];
            s.Word[t] = FeatureHash.Text(word);
            var lower = buffer[..word.Length];
            for (int i = 0; i < word.Length; i++) lower[i] = char.IsAsciiDigit(word[i]) ? '0' : char.ToLowerInvariant(word[i]);
            s.Lower[t] = FeatureHash.Text(lower);
            s.Casing[t] = CasingOf(word);
            (s.Shape[t], s.ShortShape[t]) = Shapes(word);
            s.Cluster[t] = FindCluster(word, s.Casing[t]);
            s.Gazetteer[t] = 0;
        }

        for (int sent = 0; sent < text.SentStart.Length; sent++)
        {
            int a = text.SentStart[sent], b = text.SentEnd[sent];
            int lettered = 0, caps = 0;
            for (int t = a; t < b; t++)
            {
                if (s.Casing[t] != NoLetter) lettered++;
                if (s.Casing[t] == AllCaps) caps++;
            }

            bool headline = lettered > 0 && caps * 10 >= lettered * 6;
            for (int t = a; t < b; t++)
            {
                s.Headline[t] = headline;
                if (headline || t == a) continue;
                byte bit = s.Casing[t] switch { LowerInitial => 1, TitleCase => 2, _ => 0 };
                if (bit != 0) s.DocCasing[s.Lower[t]] = (byte)(s.DocCasing.GetValueOrDefault(s.Lower[t]) | bit);
            }

            MarkGazetteer(text, s, a, b);
        }
    }

    /// <summary>Writes the features of token <paramref name="t"/> of sentence [a, b) and returns how many.</summary>
    public static int Extract(NerScratch s, int t, int a, int b, Span<ulong> f)
    {
        int n = 0;
        byte casing = s.Casing[t];
        ulong headline = s.Headline[t] ? 1UL : 0UL;
        ulong initial = t == a ? 1UL : 0UL;
        f[n++] = FeatureHash.Of(TBias, 0);
        f[n++] = FeatureHash.Of(TWord, s.Word[t]);
        f[n++] = FeatureHash.Of(TLower, s.Lower[t]);
        f[n++] = FeatureHash.Of(TShape, s.Shape[t]);
        f[n++] = FeatureHash.Of(TShortShape, s.ShortShape[t]);
        f[n++] = FeatureHash.Of(TCaseContext, casing, headline, initial);
        if (headline != 0) f[n++] = FeatureHash.Of(THeadlineLower, s.Lower[t]);
        if (t == b - 1) f[n++] = FeatureHash.Of(TLast, s.ShortShape[t]);

        for (int d = -2; d <= 2; d++)
        {
            if (d == 0) continue;
            int u = t + d;
            ulong lower = u < a ? s_before : u >= b ? s_after : s.Lower[u];
            f[n++] = FeatureHash.Of(TLowerAt, (ulong)(d + 2), lower);
            if (d is -1 or 1)
            {
                ulong shape = u < a ? s_before : u >= b ? s_after : s.ShortShape[u];
                f[n++] = FeatureHash.Of(TShortShapeAt, (ulong)(d + 2), shape);
                f[n++] = FeatureHash.Of(TShapePair, (ulong)(d + 2), shape, s.ShortShape[t]);
                f[n++] = FeatureHash.Of(TLowerPair, (ulong)(d + 2), lower, s.Lower[t]);
            }
        }

        for (int d = -2; d <= 2; d++)
        {
            int u = t + d;
            if (u < a || u >= b || s.Cluster[u] < 0) continue;
            int packed = s.Cluster[u];
            ulong at = (ulong)(d + 2);
            if (d is >= -1 and <= 1)
            {
                f[n++] = FeatureHash.Of(TCluster, at, 0, (ulong)WordClusters.Fine(packed));
                f[n++] = FeatureHash.Of(TCluster, at, 1, (ulong)WordClusters.Coarse(packed));
            }

            f[n++] = FeatureHash.Of(TCluster, at, 2, (ulong)WordClusters.Mid(packed));
            if (d == 0) f[n++] = FeatureHash.Of(TClusterShape, (ulong)WordClusters.Mid(packed), s.ShortShape[t]);
        }

        ushort gaz = s.Gazetteer[t];
        for (int bit = 0; gaz != 0 && bit < 16; bit++)
        {
            if ((gaz & (1 << bit)) != 0) f[n++] = FeatureHash.Of(TGazetteer, (ulong)bit);
        }

        if (t + 1 < b && s.Gazetteer[t + 1] != 0) f[n++] = FeatureHash.Of(TGazetteerNext, s.Gazetteer[t + 1]);

        if (casing is TitleCase or AllCaps)
        {
            byte seen = s.DocCasing.GetValueOrDefault(s.Lower[t]);
            f[n++] = FeatureHash.Of(TDocCasing, seen, casing, initial | (headline << 1));
            if (s.History.TryGetValue(s.Lower[t], out ushort history))
            {
                for (int bit = 0; bit < 16; bit++)
                {
                    if ((history & (1 << bit)) != 0) f[n++] = FeatureHash.Of(THistory, (ulong)bit);
                }
            }
        }

        n = AddAffixes(s, t, f, n);
        return n;
    }

    /// <summary>Remembers the labels given to capitalised words of a decoded sentence, for later sentences.</summary>
    public static void Record(NerScratch s, int a, ReadOnlySpan<int> labels)
    {
        for (int i = 0; i < labels.Length; i++)
        {
            int t = a + i;
            if (labels[i] == EntityLabels.Outside || s.Casing[t] is not (TitleCase or AllCaps)) continue;
            int bit = labels[i] - 1;
            s.History[s.Lower[t]] = (ushort)(s.History.GetValueOrDefault(s.Lower[t]) | (1 << bit));
        }
    }

    private static int AddAffixes(NerScratch s, int t, Span<ulong> f, int n)
    {
        // Affixes are hashed from the lower-cased word kept in the scratch text view.
        var word = s.CurrentText!.Token(t);
        int len = Math.Min(word.Length, MaxWordChars);
        Span<char> lower = stackalloc char[len];
        for (int i = 0; i < len; i++) lower[i] = char.ToLowerInvariant(word[i]);
        for (int k = 1; k <= 4 && k <= len; k++)
        {
            f[n++] = FeatureHash.Of(TPrefix, FeatureHash.Text(lower[..k]));
            f[n++] = FeatureHash.Of(TSuffix, FeatureHash.Text(lower[(len - k)..]));
        }

        return n;
    }

    private int FindCluster(ReadOnlySpan<char> word, byte casing)
    {
        if (Clusters is null) return -1;
        int found = Clusters.Find(word);
        if (found >= 0 || casing is not (AllCaps or TitleCase) || word.Length < 2) return found;
        // Headline capitals ("JAPAN") and sentence-initial capitals fall back to title and lower case.
        Span<char> alt = stackalloc char[word.Length];
        alt[0] = word[0];
        for (int i = 1; i < word.Length; i++) alt[i] = char.ToLowerInvariant(word[i]);
        if (casing == AllCaps && (found = Clusters.Find(alt)) >= 0) return found;
        alt[0] = char.ToLowerInvariant(word[0]);
        return Clusters.Find(alt);
    }

    private void MarkGazetteer(NerText text, NerScratch s, int a, int b)
    {
        if (Gazetteer is null) return;
        Span<char> buffer = stackalloc char[128];
        int maxWords = Math.Min(MaxGazetteerWords, Gazetteer.MaxWords);
        for (int i = a; i < b; i++)
        {
            if (s.Casing[i] is not (TitleCase or AllCaps)) continue;
            int len = 0;
            for (int n = 1; n <= maxWords && i + n <= b; n++)
            {
                var word = text.Token(i + n - 1);
                if (len + word.Length + 1 > buffer.Length) break;
                if (n > 1) buffer[len++] = ' ';
                word.CopyTo(buffer[len..]);
                len += word.Length;
                if (s.Casing[i + n - 1] is not (TitleCase or AllCaps)) continue; // names end on a capitalised word
                var kinds = Gazetteer.KindsOf(buffer[..len]);
                if (kinds == PlaceKind.None) continue;
                for (int k = 0; k < 4; k++)
                {
                    if (((int)kinds & (1 << k)) == 0) continue;
                    for (int j = 0; j < n; j++)
                    {
                        int part = n == 1 ? 3 : j == 0 ? 0 : j == n - 1 ? 2 : 1;
                        s.Gazetteer[i + j] |= (ushort)(1 << ((k * 4) + part));
                    }
                }
            }
        }
    }

    private static byte CasingOf(ReadOnlySpan<char> word)
    {
        bool upper = false, lower = false;
        int first = -1;
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            if (!char.IsLetter(c)) continue;
            if (first < 0) first = i;
            if (char.IsUpper(c)) upper = true;
            else lower = true;
        }

        if (first < 0) return NoLetter;
        if (!lower) return AllCaps;
        return char.IsUpper(word[first]) ? TitleCase : (upper ? TitleCase : LowerInitial);
    }

    /// <summary>Word shape (runs of the same class capped at 4) and short shape (runs collapsed), hashed.</summary>
    private static (ulong Shape, ulong Short) Shapes(ReadOnlySpan<char> word)
    {
        Span<char> shape = stackalloc char[MaxWordChars];
        Span<char> brief = stackalloc char[MaxWordChars];
        int n = 0, m = 0, run = 0;
        char last = '\0';
        foreach (char c in word)
        {
            char k = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'x' : c;
            run = k == last ? run + 1 : 1;
            if (run <= 4 && n < shape.Length) shape[n++] = k;
            if (run == 1 && m < brief.Length) brief[m++] = k;
            last = k;
        }

        return (FeatureHash.Text(shape[..n]), FeatureHash.Text(brief[..m]));
    }
}
