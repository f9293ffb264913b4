namespace Dossier.Nlp.Parsing;

/// <summary>
/// An arc-hybrid configuration over one sentence of <see cref="Length"/> words plus an artificial root at
/// index Length, placed at the end of the buffer. The buffer is always the contiguous run Front..Length, so
/// only the stack needs storage. The root may take exactly one dependent, and only when the stack holds a
/// single word, so every terminal configuration is a tree with one root and no cycles.
/// Arrays grow on demand and are reused from sentence to sentence.
/// </summary>
internal sealed class ParseState
{
    public int Length { get; private set; }

    public int Root => Length;

    /// <summary>Index of the buffer front; equals <see cref="Root"/> once every word has been shifted.</summary>
    public int Front { get; private set; }

    public int StackCount { get; private set; }

    public int[] Stack { get; private set; } = new int[64];

    /// <summary>Head of each word (Root for the sentence root), -1 while unattached.</summary>
    public int[] Head { get; private set; } = new int[65];

    /// <summary>Label id of each attached word, -1 while unattached.</summary>
    public int[] Label { get; private set; } = new int[65];

    // Leftmost/second-leftmost and rightmost/second-rightmost dependents, counts and label sets.
    public int[] LeftChild1 { get; private set; } = new int[65];
    public int[] LeftChild2 { get; private set; } = new int[65];
    public int[] RightChild1 { get; private set; } = new int[65];
    public int[] RightChild2 { get; private set; } = new int[65];
    public int[] LeftCount { get; private set; } = new int[65];
    public int[] RightCount { get; private set; } = new int[65];
    public ulong[] LeftLabels { get; private set; } = new ulong[65];
    public ulong[] RightLabels { get; private set; } = new ulong[65];

    public bool IsTerminal => StackCount == 0 && Front == Root;

    /// <summary>The stack item <paramref name="depth"/> below the top, or -1.</summary>
    public int S(int depth) => depth < StackCount ? Stack[StackCount - 1 - depth] : -1;

    /// <summary>The buffer item <paramref name="offset"/> after the front (the root counts), or -1.</summary>
    public int B(int offset) => Front + offset <= Root ? Front + offset : -1;

    public void Reset(int length)
    {
        Length = length;
        if (Stack.Length < length + 1) Grow(length + 1);
        Front = 0;
        StackCount = 0;
        for (int i = 0; i <= length; i++)
        {
            Head[i] = -1;
            Label[i] = -1;
            LeftChild1[i] = LeftChild2[i] = RightChild1[i] = RightChild2[i] = -1;
            LeftCount[i] = RightCount[i] = 0;
            LeftLabels[i] = RightLabels[i] = 0;
        }
    }

    /// <summary>Makes this configuration a copy of <paramref name="other"/> (beam search branches this way).</summary>
    public void CopyFrom(ParseState other)
    {
        int n = other.Length + 1;
        Length = other.Length;
        if (Stack.Length < n) Grow(n);
        Front = other.Front;
        StackCount = other.StackCount;
        other.Stack.AsSpan(0, StackCount).CopyTo(Stack);
        other.Head.AsSpan(0, n).CopyTo(Head);
        other.Label.AsSpan(0, n).CopyTo(Label);
        other.LeftChild1.AsSpan(0, n).CopyTo(LeftChild1);
        other.LeftChild2.AsSpan(0, n).CopyTo(LeftChild2);
        other.RightChild1.AsSpan(0, n).CopyTo(RightChild1);
        other.RightChild2.AsSpan(0, n).CopyTo(RightChild2);
        other.LeftCount.AsSpan(0, n).CopyTo(LeftCount);
        other.RightCount.AsSpan(0, n).CopyTo(RightCount);
        other.LeftLabels.AsSpan(0, n).CopyTo(LeftLabels);
        other.RightLabels.AsSpan(0, n).CopyTo(RightLabels);
    }

    public bool IsLegal(Move move) => move switch
    {
        Move.Shift => Front < Root,
        Move.Left => StackCount > 0 && (Front < Root || StackCount == 1),
        _ => StackCount > 1,
    };

    /// <summary>The dependent and head an arc move would join (dependent is always the stack top).</summary>
    public (int Dependent, int Head) ArcOf(Move move) =>
        move == Move.Left ? (S(0), Front) : (S(0), S(1));

    public void Apply(Move move, int label)
    {
        switch (move)
        {
            case Move.Shift:
                Stack[StackCount++] = Front++;
                break;
            case Move.Left:
                Attach(Stack[--StackCount], Front, label);
                break;
            default:
                int dependent = Stack[--StackCount];
                Attach(dependent, Stack[StackCount - 1], label);
                break;
        }
    }

    private void Attach(int dependent, int head, int label)
    {
        Head[dependent] = head;
        Label[dependent] = label;
        ulong bit = label is >= 0 and < 64 ? 1UL << label : 0;
        if (dependent < head)
        {
            // Left dependents arrive right to left, so the newest is the leftmost.
            LeftChild2[head] = LeftChild1[head];
            LeftChild1[head] = dependent;
            LeftCount[head]++;
            LeftLabels[head] |= bit;
        }
        else
        {
            // Right dependents arrive left to right, so the newest is the rightmost.
            RightChild2[head] = RightChild1[head];
            RightChild1[head] = dependent;
            RightCount[head]++;
            RightLabels[head] |= bit;
        }
    }

    private void Grow(int size)
    {
        int n = Math.Max(size, Stack.Length * 2);
        Stack = new int[n];
        Head = new int[n + 1];
        Label = new int[n + 1];
        LeftChild1 = new int[n + 1];
        LeftChild2 = new int[n + 1];
        RightChild1 = new int[n + 1];
        RightChild2 = new int[n + 1];
        LeftCount = new int[n + 1];
        RightCount = new int[n + 1];
        LeftLabels = new ulong[n + 1];
        RightLabels = new ulong[n + 1];
    }
}
