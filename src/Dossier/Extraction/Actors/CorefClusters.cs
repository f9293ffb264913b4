namespace Dossier.Extraction.Actors;

/// <summary>
/// Mention clusters under construction (union-find; the earliest mention is a cluster's root) and the
/// agreement checks the sieves share: type, gender, number and conflicting names.
/// </summary>
internal sealed class CorefClusters
{
    private readonly List<CorefMention> _mentions;
    private readonly int[] _parent;
    private readonly List<int>[] _members;

    public CorefClusters(List<CorefMention> mentions)
    {
        _mentions = mentions;
        _parent = new int[mentions.Count];
        _members = new List<int>[mentions.Count];
        for (int i = 0; i < mentions.Count; i++)
        {
            _parent[i] = i;
            _members[i] = [i];
        }
    }

    public int Find(int i)
    {
        while (_parent[i] != i) i = _parent[i] = _parent[_parent[i]];
        return i;
    }

    public IReadOnlyList<int> Members(int i) => _members[Find(i)];

    public bool Same(int a, int b) => Find(a) == Find(b);

    /// <summary>Merges the clusters of a and b if they agree; the anaphor (later mention) records the sieve's rule.</summary>
    public bool Link(int a, int b, string rule)
    {
        int ra = Find(a), rb = Find(b);
        if (ra == rb) return true;
        if (!Compatible(ra, rb)) return false;
        int root = Math.Min(ra, rb), other = Math.Max(ra, rb);
        _parent[other] = root;
        _members[root].AddRange(_members[other]);
        _members[root].Sort();
        _members[other] = [];
        var anaphor = _mentions[Math.Max(a, b)];
        if (anaphor.Kind != MentionKind.Named) anaphor.Rule = rule;
        return true;
    }

    public bool HasNamed(int i)
    {
        foreach (int m in Members(i))
        {
            if (_mentions[m].Kind == MentionKind.Named) return true;
        }

        return false;
    }

    /// <summary>The cluster's type: its first named mention's type, else its first typed nominal's, else "".</summary>
    public string TypeOf(int i)
    {
        string nominal = "";
        foreach (int m in Members(i))
        {
            var x = _mentions[m];
            if (x.Kind == MentionKind.Named) return x.Type;
            if (nominal.Length == 0) nominal = x.Type;
        }

        return nominal;
    }

    public Gender GenderOf(int i)
    {
        foreach (int m in Members(i))
        {
            if (_mentions[m].Gender != Gender.Unknown) return _mentions[m].Gender;
        }

        return Gender.Unknown;
    }

    /// <summary>The age the cluster's mentions state, 0 if none.</summary>
    public int AgeOf(int i)
    {
        foreach (int m in Members(i))
        {
            if (_mentions[m].Age > 0) return _mentions[m].Age;
        }

        return 0;
    }

    /// <summary>Whether a content word or name word of the cluster's mentions is <paramref name="word"/>: whether the text has said it of the cluster.</summary>
    /// <remarks>Scans the members' word arrays (a few words each) instead of building a set per candidate cluster.</remarks>
    public bool Said(int i, string word)
    {
        foreach (int m in Members(i))
        {
            if (Array.IndexOf(_mentions[m].Words, word) >= 0 || Array.IndexOf(_mentions[m].NameWords, word) >= 0) return true;
        }

        return false;
    }

    /// <summary>The cluster's last mention before token <paramref name="token"/>, or -1.</summary>
    public int LastBefore(int i, int token)
    {
        int last = -1;
        foreach (int m in Members(i))
        {
            if (_mentions[m].Head < token) last = m;
        }

        return last;
    }

    private bool Compatible(int ra, int rb)
    {
        string ta = TypeOf(ra), tb = TypeOf(rb);
        if (!TypesAgree(ta, tb)) return false;
        // "In Kazakhstan, the former head of government, …": an office is held by a person, not by a place or organisation.
        if ((ta is "LOC" or "ORG" or "MISC" && HasRole(rb)) || (tb is "LOC" or "ORG" or "MISC" && HasRole(ra))) return false;
        var ga = GenderOf(ra);
        var gb = GenderOf(rb);
        if (ga != Gender.Unknown && gb != Gender.Unknown && ga != gb) return false;
        int aa = AgeOf(ra), ab = AgeOf(rb);
        if (aa > 0 && ab > 0 && aa != ab) return false;
        return !(ta == "PER" && tb == "PER" && NamesConflict(ra, rb));
    }

    private bool HasRole(int root)
    {
        foreach (int m in _members[root])
        {
            if (_mentions[m].Role) return true;
        }

        return false;
    }

    /// <summary>Whether the clusters of a and b are one already or could be merged (agreement only, nothing changes).</summary>
    public bool CanLink(int a, int b)
    {
        int ra = Find(a), rb = Find(b);
        return ra == rb || Compatible(ra, rb);
    }

    public static bool TypesAgree(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0 || a == b) return true;
        if (a == "PER" || b == "PER") return false;
        return !(a == "GROUP" && b == "LOC") && !(a == "LOC" && b == "GROUP");
    }

    /// <summary>Two people whose names share no word ("Karim Massimov", "Nursultan Nazarbayev") are two people.</summary>
    private bool NamesConflict(int ra, int rb)
    {
        bool anyA = false, anyB = false;
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (int m in Members(ra))
        {
            if (_mentions[m].Kind != MentionKind.Named) continue;
            anyA = true;
            words.UnionWith(_mentions[m].NameWords);
        }

        foreach (int m in Members(rb))
        {
            if (_mentions[m].Kind != MentionKind.Named) continue;
            anyB = true;
            foreach (var w in _mentions[m].NameWords)
            {
                if (words.Contains(w)) return false;
            }
        }

        return anyA && anyB;
    }
}
