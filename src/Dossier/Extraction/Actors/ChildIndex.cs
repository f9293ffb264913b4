using Dossier.Text;

namespace Dossier.Extraction.Actors;

/// <summary>Each token's dependents in order, as one CSR array built once per document.</summary>
internal sealed class ChildIndex
{
    private readonly int[] _first;
    private readonly int[] _children;

    public ChildIndex(Doc doc)
    {
        int n = doc.Count;
        _first = new int[n + 1];
        var head = doc.Head;
        for (int t = 0; t < n; t++)
        {
            if (head[t] >= 0) _first[head[t] + 1]++;
        }

        for (int t = 0; t < n; t++) _first[t + 1] += _first[t];
        _children = new int[_first[n]];
        var fill = new int[n];
        for (int t = 0; t < n; t++)
        {
            int h = head[t];
            if (h >= 0) _children[_first[h] + fill[h]++] = t;
        }
    }

    public ReadOnlySpan<int> Of(int token) => _children.AsSpan(_first[token], _first[token + 1] - _first[token]);
}
