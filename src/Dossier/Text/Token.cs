namespace Dossier.Text;

/// <summary>A light view of one token: a document and an index. It stores and allocates nothing.</summary>
public readonly struct Token
{
    private readonly Doc _doc;

    internal Token(Doc doc, int index)
    {
        _doc = doc;
        Index = index;
    }

    public int Index { get; }

    public int Start => _doc.Start[Index];

    public int End => _doc.End[Index];

    public ReadOnlySpan<char> Text => _doc.Text.AsSpan(Start, End - Start);

    public TokenFlags Flags => _doc.Flags[Index];

    public Upos Pos => _doc.Pos[Index];

    public string Xpos => _doc.Xpos[Index];

    public string Lemma => _doc.Lemma[Index];

    public int HeadIndex => _doc.Head[Index];

    public string Deprel => _doc.Deprel[Index];

    public TokenSpan Subtree => new(_doc, _doc.LeftEdge[Index], _doc.RightEdge[Index] + 1);

    public override string ToString() => Text.ToString();
}
