namespace Dossier.Nlp.Learning;

/// <summary>
/// A read-only map from feature keys (e.g. a word's hash) to a small integer value: a class that the key
/// almost always takes, or the id of the set of classes it is seen with. Safe to share across threads.
/// </summary>
public sealed class TagDictionary
{
    private readonly ulong[] _keys;
    private readonly int[] _values;
    private readonly FeatureTable _table;

    public TagDictionary(ulong[] keys, int[] values)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(values);
        if (keys.Length != values.Length) throw new ArgumentException("keys and values differ in length", nameof(values));
        _keys = keys;
        _values = values;
        _table = new FeatureTable(keys);
    }

    public static TagDictionary Empty { get; } = new([], []);

    public int Count => _keys.Length;

    /// <summary>The value stored for <paramref name="key"/>, or -1 when there is none.</summary>
    public int Find(ulong key)
    {
        int row = _table.Find(key);
        return row < 0 ? -1 : _values[row];
    }

    /// <summary>Writes the entries sorted by key, so equal dictionaries give equal bytes.</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var order = new int[_keys.Length];
        for (int i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort((ulong[])_keys.Clone(), order);
        writer.Write(_keys.Length);
        foreach (int i in order)
        {
            writer.Write(_keys[i]);
            writer.Write(_values[i]);
        }
    }

    public static TagDictionary Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        int count = reader.ReadInt32();
        if (count < 0) throw new InvalidDataException($"DMD011 implausible dictionary size {count}");
        var keys = new ulong[count];
        var values = new int[count];
        for (int i = 0; i < count; i++)
        {
            keys[i] = reader.ReadUInt64();
            values[i] = reader.ReadInt32();
        }

        return new TagDictionary(keys, values);
    }
}
