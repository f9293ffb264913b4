namespace Dossier.Text;

/// <summary>Derives each token's leftmost and rightmost subtree token from a head array.</summary>
internal static class SubtreeEdges
{
    public static (int[] Left, int[] Right) Compute(int[] head)
    {
        int n = head.Length;
        var left = new int[n];
        var right = new int[n];
        for (int i = 0; i < n; i++)
        {
            left[i] = i;
            right[i] = i;
        }

        // Widen every ancestor of i to cover i; trees are shallow, and the guard stops a malformed cycle.
        for (int i = 0; i < n; i++)
        {
            int h = head[i];
            for (int steps = 0; h >= 0 && steps < n; steps++)
            {
                if (i < left[h]) left[h] = i;
                if (i > right[h]) right[h] = i;
                h = head[h];
            }
        }

        return (left, right);
    }
}
