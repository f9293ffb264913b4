namespace Dossier.Nlp.Parsing;

/// <summary>
/// The dynamic oracle of Goldberg and Nivre (2013) for arc-hybrid: the number of gold arcs a move makes
/// unreachable from the current configuration. Exact for projective gold trees. Gold heads use the state's
/// indexing (the root is index Length).
/// </summary>
internal static class ArcHybridOracle
{
    public static int Cost(ParseState st, ReadOnlySpan<int> gold, Move move)
    {
        int s0 = st.S(0), b0 = st.Front, root = st.Root;
        switch (move)
        {
            case Move.Shift:
            {
                // b0 can no longer take dependents from the stack, nor a head from below s0.
                int cost = 0;
                for (int k = 0; k < st.StackCount; k++)
                {
                    int item = st.Stack[k];
                    if (gold[item] == b0) cost++;
                    if (gold[b0] == item && item != s0) cost++;
                }

                return cost;
            }

            case Move.Left:
            {
                int cost = DependentsInBuffer(st, gold, s0);
                int h = gold[s0];
                if (h != b0 && ((h == st.S(1) && h >= 0) || (h > b0 && h <= root))) cost++;
                return cost;
            }

            default:
            {
                int cost = DependentsInBuffer(st, gold, s0);
                int h = gold[s0];
                if (h >= b0 && h <= root) cost++;
                return cost;
            }
        }
    }

    private static int DependentsInBuffer(ParseState st, ReadOnlySpan<int> gold, int word)
    {
        int cost = 0;
        for (int d = st.Front; d < st.Root; d++)
        {
            if (gold[d] == word) cost++;
        }

        return cost;
    }
}
