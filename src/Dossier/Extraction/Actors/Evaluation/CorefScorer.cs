namespace Dossier.Extraction.Actors.Evaluation;

/// <summary>
/// Accumulates MUC (Vilain et al. 1995), B³ (Bagga and Baldwin 1998) and entity-based CEAF (Luo 2005, φ4
/// similarity, optimal alignment by the Hungarian method) over documents, summing numerators and
/// denominators as the CoNLL-2012 scorer does. Mentions are integer keys (here: head tokens); a mention
/// missing from the other side counts against recall or precision.
/// </summary>
public sealed class CorefScorer
{
    private double _mucPN, _mucPD, _mucRN, _mucRD;
    private double _b3PN, _b3PD, _b3RN, _b3RD;
    private double _ceafSim, _ceafKey, _ceafResponse;
    private long _namedLinks, _namedCorrect;
    private int _documents, _gold, _system;
    private readonly SortedDictionary<string, (long Links, long Correct)> _rules = new(StringComparer.Ordinal);

    /// <summary>Scores one document's key (gold) and response (system) clusters.</summary>
    public void Add(IReadOnlyList<int[]> key, IReadOnlyList<int[]> response)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(response);
        var keyOf = ClusterOf(key);
        var responseOf = ClusterOf(response);
        _documents++;
        foreach (var k in key) _gold += k.Length;
        foreach (var r in response) _system += r.Length;

        (double n, double d) = Muc(key, responseOf);
        _mucRN += n; _mucRD += d;
        (n, d) = Muc(response, keyOf);
        _mucPN += n; _mucPD += d;
        (n, d) = BCubed(key, responseOf);
        _b3RN += n; _b3RD += d;
        (n, d) = BCubed(response, keyOf);
        _b3PN += n; _b3PD += d;
        _ceafSim += Ceaf(key, response, keyOf);
        _ceafKey += key.Count;
        _ceafResponse += response.Count;
    }

    /// <summary>Counts one system link between two named mentions and whether the gold puts them in one entity.</summary>
    public void AddNamedLink(bool correct)
    {
        _namedLinks++;
        if (correct) _namedCorrect++;
    }

    /// <summary>Counts one link made by a sieve rule and whether the gold agrees with it.</summary>
    public void AddRuleLink(string rule, bool correct)
    {
        var (links, right) = _rules.GetValueOrDefault(rule);
        _rules[rule] = (links + 1, right + (correct ? 1 : 0));
    }

    public CorefScores Result() => new(
        MetricScore.From(_mucPN, _mucPD, _mucRN, _mucRD),
        MetricScore.From(_b3PN, _b3PD, _b3RN, _b3RD),
        MetricScore.From(_ceafSim, _ceafResponse, _ceafSim, _ceafKey),
        _namedLinks > 0 ? 100.0 * _namedCorrect / _namedLinks : 0, _namedLinks, _documents, _gold, _system)
    {
        RuleLinks = new SortedDictionary<string, (long, long)>(_rules, StringComparer.Ordinal),
    };

    private static Dictionary<int, int> ClusterOf(IReadOnlyList<int[]> clusters)
    {
        var of = new Dictionary<int, int>();
        for (int c = 0; c < clusters.Count; c++)
        {
            foreach (int m in clusters[c]) of[m] = c;
        }

        return of;
    }

    /// <summary>MUC: for each cluster, its size minus the parts the other side splits it into (absent mentions are parts of one).</summary>
    private static (double Num, double Den) Muc(IReadOnlyList<int[]> clusters, Dictionary<int, int> otherOf)
    {
        double num = 0, den = 0;
        var parts = new HashSet<int>();
        foreach (var c in clusters)
        {
            parts.Clear();
            int absent = 0;
            foreach (int m in c)
            {
                if (otherOf.TryGetValue(m, out int o)) parts.Add(o);
                else absent++;
            }

            num += c.Length - (parts.Count + absent);
            den += c.Length - 1;
        }

        return (num, den);
    }

    /// <summary>B³: per mention of <paramref name="clusters"/>, the share of its cluster also in its cluster on the other side.</summary>
    private static (double Num, double Den) BCubed(IReadOnlyList<int[]> clusters, Dictionary<int, int> otherOf)
    {
        double num = 0, den = 0;
        var overlap = new Dictionary<int, int>();
        foreach (var c in clusters)
        {
            overlap.Clear();
            foreach (int m in c)
            {
                if (otherOf.TryGetValue(m, out int o)) overlap[o] = overlap.GetValueOrDefault(o) + 1;
            }

            foreach (var (o, shared) in overlap) num += (double)shared * shared / c.Length;
            den += c.Length;
        }

        return (num, den);
    }

    /// <summary>CEAF-e: the best one-to-one alignment of key and response entities by φ4 = 2|K∩R| / (|K|+|R|).</summary>
    private static double Ceaf(IReadOnlyList<int[]> key, IReadOnlyList<int[]> response, Dictionary<int, int> keyOf)
    {
        if (key.Count == 0 || response.Count == 0) return 0;
        int n = Math.Max(key.Count, response.Count);
        var cost = new double[n, n];
        bool any = false;
        for (int r = 0; r < response.Count; r++)
        {
            var shared = new Dictionary<int, int>();
            foreach (int m in response[r])
            {
                if (keyOf.TryGetValue(m, out int k)) shared[k] = shared.GetValueOrDefault(k) + 1;
            }

            foreach (var (k, s) in shared)
            {
                cost[k, r] = -2.0 * s / (key[k].Length + response[r].Length);
                any = true;
            }
        }

        return any ? -Hungarian.MinCost(cost, n) : 0;
    }
}
