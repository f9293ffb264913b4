using System.Collections.Frozen;
using Dossier.Nlp.Learning;

namespace Dossier.Nlp.Clusters;

/// <summary>
/// Word clusters learned without labels from news text, at three granularities (fine, mid, coarse),
/// like the bit-string prefixes of Brown clusters. Lookup is by span (no string is built); digits are
/// folded to '0' on both sides, so "1996" and "2004" share an entry.
/// </summary>
public sealed class WordClusters
{
    public const string Kind = "word-clusters";
    private const int MaxWordLength = 64;

    private readonly FrozenDictionary<string, int> _packed;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    internal WordClusters(IReadOnlyDictionary<string, int> packed, string metadata)
    {
        _packed = packed.ToFrozenDictionary(StringComparer.Ordinal);
        _lookup = _packed.GetAlternateLookup<ReadOnlySpan<char>>();
        Metadata = metadata;
    }

    public int Count => _packed.Count;

    public string Metadata { get; }

    /// <summary>Packs the three cluster ids of a word (fine &lt; 65536, mid and coarse &lt; 256).</summary>
    internal static int Pack(int fine, int mid, int coarse) => (fine << 16) | (mid << 8) | coarse;

    /// <summary>The packed cluster ids of a word, or -1 when the word was too rare to be clustered.</summary>
    public int Find(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxWordLength) return -1;
        Span<char> folded = stackalloc char[word.Length];
        bool changed = false;
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            if (char.IsAsciiDigit(c)) { c = '0'; changed |= word[i] != '0'; }
            folded[i] = c;
        }

        return _lookup.TryGetValue(changed ? folded : word, out int packed) ? packed : -1;
    }

    /// <summary>Folds digits to '0' (the form a word is stored under).</summary>
    internal static string Fold(string word)
    {
        foreach (char c in word)
        {
            if (char.IsAsciiDigit(c) && c != '0')
                return string.Create(word.Length, word, (dst, w) =>
                {
                    for (int i = 0; i < w.Length; i++) dst[i] = char.IsAsciiDigit(w[i]) ? '0' : w[i];
                });
        }

        return word;
    }

    public static int Fine(int packed) => packed >> 16;

    public static int Mid(int packed) => (packed >> 8) & 0xFF;

    public static int Coarse(int packed) => packed & 0xFF;

    public void Write(string path) => ModelFile.Write(path, Kind, Metadata, WritePayload);

    public static WordClusters Read(string path)
    {
        var (metadata, clusters) = ModelFile.Read(path, Kind, reader => ReadPayload(reader, ""));
        return new WordClusters(clusters._packed, metadata);
    }

    /// <summary>Writes the words (in ordinal order, so the bytes are stable) and their packed ids.</summary>
    internal void WritePayload(BinaryWriter writer)
    {
        var words = _packed.Keys.ToArray();
        Array.Sort(words, StringComparer.Ordinal);
        writer.Write(Metadata);
        writer.Write(words.Length);
        foreach (var w in words)
        {
            writer.Write(w);
            writer.Write(_packed[w]);
        }
    }

    internal static WordClusters ReadPayload(BinaryReader reader, string metadata)
    {
        var stored = reader.ReadString();
        int n = reader.ReadInt32();
        if (n < 0) throw new InvalidDataException("DMD010 negative word count in a word-cluster payload");
        var words = new Dictionary<string, int>(n, StringComparer.Ordinal);
        for (int i = 0; i < n; i++)
        {
            var w = reader.ReadString();
            words[w] = reader.ReadInt32();
        }

        return new WordClusters(words, metadata.Length > 0 ? metadata : stored);
    }
}
