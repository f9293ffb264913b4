namespace Dossier.Nlp.Parsing;

/// <summary>
/// Makes a tree projective by lifting: while some arc is non-projective, the shortest such arc is moved up
/// to attach its dependent to its head's head (labels are kept). Heads are 0-based, -1 for the root.
/// </summary>
internal static class Projectivizer
{
    public static bool IsProjective(ReadOnlySpan<int> head)
    {
        for (int d = 0; d < head.Length; d++)
        {
            if (!IsProjectiveArc(head, d)) return false;
        }

        return true;
    }

    /// <summary>Lifts arcs in place; returns how many lifts were made.</summary>
    public static int Lift(Span<int> head)
    {
        int lifts = 0;
        while (lifts <= head.Length * head.Length)
        {
            int worst = -1, shortest = int.MaxValue;
            for (int d = 0; d < head.Length; d++)
            {
                if (IsProjectiveArc(head, d)) continue;
                int length = Math.Abs(head[d] - d);
                if (length < shortest)
                {
                    shortest = length;
                    worst = d;
                }
            }

            if (worst < 0) return lifts;
            head[worst] = head[head[worst]];
            lifts++;
        }

        return lifts;
    }

    /// <summary>An arc is projective when its head dominates every word between head and dependent.</summary>
    private static bool IsProjectiveArc(ReadOnlySpan<int> head, int d)
    {
        int h = head[d];
        if (h < 0) return true;
        int from = Math.Min(h, d) + 1, to = Math.Max(h, d);
        for (int k = from; k < to; k++)
        {
            if (!Dominates(head, h, k)) return false;
        }

        return true;
    }

    private static bool Dominates(ReadOnlySpan<int> head, int ancestor, int word)
    {
        for (int steps = 0; word >= 0 && steps <= head.Length; steps++)
        {
            if (word == ancestor) return true;
            word = head[word];
        }

        return false;
    }
}
