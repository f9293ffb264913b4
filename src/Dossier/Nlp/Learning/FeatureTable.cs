namespace Dossier.Nlp.Learning;

/// <summary>
/// An open-addressing map from non-zero 64-bit feature keys to row numbers: flat arrays, linear probing,
/// no allocation on lookup. Read-only after construction, so it is safe to share across threads.
/// </summary>
public sealed class FeatureTable
{
    private readonly ulong[] _keys;
    private readonly int[] _rows;
    private readonly int _mask;

    public FeatureTable(ReadOnlySpan<ulong> keys)
    {
        int capacity = 16;
        while (capacity < keys.Length * 2) capacity <<= 1;
        _keys = new ulong[capacity];
        _rows = new int[capacity];
        _mask = capacity - 1;
        for (int row = 0; row < keys.Length; row++)
        {
            ulong key = keys[row];
            if (key == 0) throw new ArgumentException("feature key 0 is reserved", nameof(keys));
            int slot = (int)(FeatureHash.Mix(key) & (ulong)_mask);
            while (_keys[slot] != 0)
            {
                if (_keys[slot] == key) throw new ArgumentException($"duplicate feature key {key}", nameof(keys));
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = key;
            _rows[slot] = row;
        }

        Count = keys.Length;
    }

    public int Count { get; }

    /// <summary>The row of <paramref name="key"/>, or -1 if the model has no such feature.</summary>
    public int Find(ulong key)
    {
        int slot = (int)(FeatureHash.Mix(key) & (ulong)_mask);
        while (true)
        {
            ulong k = _keys[slot];
            if (k == key) return _rows[slot];
            if (k == 0) return -1;
            slot = (slot + 1) & _mask;
        }
    }
}
