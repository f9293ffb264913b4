namespace Dossier.Text;

/// <summary>A light view of tokens [Start, End) of a document.</summary>
public readonly struct TokenSpan
{
    private readonly Doc _doc;

    internal TokenSpan(Doc doc, int start, int end)
    {
        _doc = doc;
        Start = start;
        End = end;
    }

    public int Start { get; }

    public int End { get; }

    public int Length => End - Start;

    public int CharStart => Length == 0 ? 0 : _doc.Start[Start];

    public int CharEnd => Length == 0 ? 0 : _doc.End[End - 1];

    public ReadOnlySpan<char> Text => _doc.Text.AsSpan(CharStart, CharEnd - CharStart);

    public Token this[int offset] => new(_doc, Start + offset);

    public override string ToString() => Text.ToString();
}
