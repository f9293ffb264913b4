using System.Collections.Frozen;
using System.Text;

namespace Dossier.Nlp.Entities;

/// <summary>
/// Entity names mined from labelled training data: each span's text (case-insensitive, tokens joined by
/// single spaces) with the set of types it was labelled as. Training uses lists built from the other folds
/// of the data, so a document never sees its own names; the model ships the list of all training names.
/// </summary>
internal sealed class NameList
{
    public const int MaxWords = 4;

    private readonly FrozenDictionary<string, byte> _types;
    private readonly FrozenDictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private NameList(Dictionary<string, byte> types)
    {
        _types = types.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _lookup = _types.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _types.Count;

    /// <summary>Bit (type - 1) set for every type the name was labelled as; 0 when unknown.</summary>
    public byte TypesOf(ReadOnlySpan<char> name) => _lookup.TryGetValue(name, out byte types) ? types : (byte)0;

    /// <summary>The names of the given documents (those where <paramref name="include"/> is true).</summary>
    public static NameList Mine(IReadOnlyList<NerDocument> docs, Func<int, bool> include)
    {
        var types = new Dictionary<string, byte>(StringComparer.OrdinalIgnoreCase);
        var sb = new StringBuilder();
        for (int d = 0; d < docs.Count; d++)
        {
            if (!include(d)) continue;
            var text = docs[d].Text;
            foreach (var (start, end, type) in docs[d].Gold)
            {
                if (end - start > MaxWords) continue;
                sb.Clear();
                for (int t = start; t < end; t++)
                {
                    if (t > start) sb.Append(' ');
                    sb.Append(text.Token(t));
                }

                var key = sb.ToString();
                types[key] = (byte)(types.GetValueOrDefault(key) | (1 << ((int)type - 1)));
            }
        }

        return new NameList(types);
    }

    public void Write(BinaryWriter writer)
    {
        var keys = _types.Keys.ToArray();
        Array.Sort(keys, StringComparer.Ordinal);
        writer.Write(keys.Length);
        foreach (var k in keys)
        {
            writer.Write(k);
            writer.Write(_types[k]);
        }
    }

    public static NameList Read(BinaryReader reader)
    {
        int n = reader.ReadInt32();
        if (n < 0) throw new InvalidDataException("DMD010 negative name count in a name-list payload");
        var types = new Dictionary<string, byte>(n, StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < n; i++)
        {
            var k = reader.ReadString();
            types[k] = reader.ReadByte();
        }

        return new NameList(types);
    }
}
