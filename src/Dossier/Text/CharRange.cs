namespace Dossier.Text;

/// <summary>A half-open range of characters [Start, End) in a document's original text.</summary>
public readonly record struct CharRange(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(int offset) => offset >= Start && offset < End;
}
