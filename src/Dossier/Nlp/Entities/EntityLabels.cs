namespace Dossier.Nlp.Entities;

/// <summary>
/// BILOU labels over the four entity types: 0 is O, then Begin, Inside, Last, Unit for each type in
/// <see cref="EntityType"/> order. The transition rules here are the only ones a decoder may follow,
/// so every decoded sequence spells well-formed spans.
/// </summary>
public static class EntityLabels
{
    public const int Outside = 0;
    public const int TypeCount = 4;
    public const int Count = 1 + 4 * TypeCount;

    private const int Begin = 0, Inside = 1, Last = 2, Unit = 3;

    public static int Label(EntityType type, int part) => 1 + (((int)type - 1) * 4) + part;

    public static EntityType TypeOf(int label) => (EntityType)(((label - 1) / 4) + 1);

    private static int PartOf(int label) => (label - 1) % 4;

    /// <summary>A label that ends no span may be followed only by O, B or U; B and I only by I or L of their type.</summary>
    public static bool CanFollow(int previous, int label)
    {
        bool open = previous != Outside && PartOf(previous) is Begin or Inside;
        if (!open) return label == Outside || PartOf(label) is Begin or Unit;
        return label != Outside && PartOf(label) is Inside or Last && TypeOf(label) == TypeOf(previous);
    }

    /// <summary>A sentence may start with O, B or U.</summary>
    public static bool CanStart(int label) => label == Outside || PartOf(label) is Begin or Unit;

    /// <summary>A sentence may end with O, L or U.</summary>
    public static bool CanEnd(int label) => label == Outside || PartOf(label) is Last or Unit;

    /// <summary>Writes the BILOU labels of spans [start, end) into <paramref name="labels"/> (all O elsewhere).</summary>
    public static void Encode(ReadOnlySpan<(int Start, int End, EntityType Type)> spans, Span<int> labels)
    {
        labels.Clear();
        foreach (var (start, end, type) in spans)
        {
            if (end - start == 1)
            {
                labels[start] = Label(type, Unit);
                continue;
            }

            labels[start] = Label(type, Begin);
            for (int i = start + 1; i < end - 1; i++) labels[i] = Label(type, Inside);
            labels[end - 1] = Label(type, Last);
        }
    }

    /// <summary>The spans of a well-formed label sequence, offset by <paramref name="offset"/>.</summary>
    public static void Decode(ReadOnlySpan<int> labels, int offset, List<(int Start, int End, EntityType Type)> spans)
    {
        int open = -1;
        for (int i = 0; i < labels.Length; i++)
        {
            int label = labels[i];
            if (label == Outside) { open = -1; continue; }
            switch (PartOf(label))
            {
                case Unit: spans.Add((offset + i, offset + i + 1, TypeOf(label))); open = -1; break;
                case Begin: open = i; break;
                case Last:
                    if (open >= 0) spans.Add((offset + open, offset + i + 1, TypeOf(label)));
                    open = -1;
                    break;
            }
        }
    }

    public static string Name(int label) => label == Outside ? "O" : "BILU"[PartOf(label)] + "-" + TypeOf(label);
}
