using Dossier.Text;

namespace Dossier.Nlp.Tagging;

/// <summary>
/// The tagger's classes: each is one (UPOS, XPOS) pair seen in training, so one prediction gives both tags.
/// XPOS strings are interned here: every token tagged NN shares one string instance.
/// </summary>
internal sealed class TagSet
{
    private readonly Dictionary<(Upos, string), int> _index = [];
    private readonly Dictionary<string, string> _xposInstances = new(StringComparer.Ordinal);
    private readonly List<Upos> _upos = [];
    private readonly List<string> _xpos = [];

    public int Count => _upos.Count;

    public Upos Upos(int cls) => _upos[cls];

    public string Xpos(int cls) => _xpos[cls];

    /// <summary>The class of a pair, or -1 if training never saw it.</summary>
    public int Find(Upos upos, string xpos) => _index.TryGetValue((upos, xpos), out int cls) ? cls : -1;

    /// <summary>The class of a pair, adding it if new (training only).</summary>
    public int Intern(Upos upos, string xpos)
    {
        if (_index.TryGetValue((upos, xpos), out int cls)) return cls;
        if (!_xposInstances.TryGetValue(xpos, out var shared))
        {
            shared = xpos;
            _xposInstances[xpos] = shared;
        }

        cls = _upos.Count;
        _upos.Add(upos);
        _xpos.Add(shared);
        _index[(upos, shared)] = cls;
        return cls;
    }

    /// <summary>UD's UPOS name to the enum; anything unknown (or "_") is X.</summary>
    public static Upos ParseUpos(string name) =>
        name.Length > 0 && !char.IsDigit(name[0]) && Enum.TryParse<Upos>(name, ignoreCase: false, out var upos) && Enum.IsDefined(upos)
            ? upos
            : Text.Upos.X;

    public void Write(BinaryWriter writer)
    {
        writer.Write(Count);
        for (int c = 0; c < Count; c++)
        {
            writer.Write((byte)_upos[c]);
            writer.Write(_xpos[c]);
        }
    }

    public static TagSet Read(BinaryReader reader)
    {
        int count = reader.ReadInt32();
        if (count <= 0 || count > 4096) throw new InvalidDataException($"DMD020 implausible tag set size {count}");
        var set = new TagSet();
        for (int c = 0; c < count; c++)
        {
            var upos = (Upos)reader.ReadByte();
            if (!Enum.IsDefined(upos)) throw new InvalidDataException($"DMD021 unknown UPOS value {(int)upos}");
            set.Intern(upos, reader.ReadString());
        }

        return set;
    }
}
