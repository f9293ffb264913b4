namespace Dossier.Nlp.Learning;

/// <summary>
/// Counts how often each key (e.g. a word) is seen with each class, then builds a <see cref="TagDictionary"/>
/// of the keys that are frequent and unambiguous, or of each frequent key's set of usual classes.
/// </summary>
public sealed class TagDictionaryBuilder
{
    private readonly Dictionary<ulong, int[]> _counts = [];

    public TagDictionaryBuilder(int classCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(classCount);
        ClassCount = classCount;
    }

    public int ClassCount { get; }

    public void Add(ulong key, int cls)
    {
        if (!_counts.TryGetValue(key, out var counts))
        {
            counts = new int[ClassCount];
            _counts[key] = counts;
        }

        counts[cls]++;
    }

    /// <summary>Keys seen at least <paramref name="minCount"/> times with one class taking at least <paramref name="minShare"/> of them.</summary>
    public TagDictionary BuildUnambiguous(int minCount, double minShare)
    {
        var keys = new List<ulong>();
        var values = new List<int>();
        foreach (var key in SortedKeys())
        {
            var counts = _counts[key];
            int total = 0, best = 0;
            for (int c = 0; c < counts.Length; c++)
            {
                total += counts[c];
                if (counts[c] > counts[best]) best = c;
            }

            if (total < minCount || counts[best] < minShare * total) continue;
            keys.Add(key);
            values.Add(best);
        }

        return new TagDictionary([.. keys], [.. values]);
    }

    /// <summary>
    /// Maps each key seen at least <paramref name="minCount"/> times to the id of its class set (the classes
    /// taking at least <paramref name="minShare"/> of its occurrences). Ids are stable for a given input.
    /// </summary>
    public TagDictionary BuildClassSets(int minCount, double minShare)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var keys = new List<ulong>();
        var values = new List<int>();
        var members = new List<int>();
        foreach (var key in SortedKeys())
        {
            var counts = _counts[key];
            int total = 0;
            foreach (int n in counts) total += n;
            if (total < minCount) continue;
            members.Clear();
            for (int c = 0; c < counts.Length; c++)
            {
                if (counts[c] >= minShare * total) members.Add(c);
            }

            var name = string.Join(',', members);
            if (!ids.TryGetValue(name, out int id))
            {
                id = ids.Count;
                ids[name] = id;
            }

            keys.Add(key);
            values.Add(id);
        }

        return new TagDictionary([.. keys], [.. values]);
    }

    private List<ulong> SortedKeys()
    {
        var keys = new List<ulong>(_counts.Keys);
        keys.Sort();
        return keys;
    }
}
