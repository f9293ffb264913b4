namespace Dossier.Extraction.Actors.Evaluation;

/// <summary>The Hungarian method (Kuhn-Munkres with potentials, O(n³)): the minimum total cost of a perfect assignment.</summary>
internal static class Hungarian
{
    public static double MinCost(double[,] cost, int n)
    {
        var u = new double[n + 1];
        var v = new double[n + 1];
        var match = new int[n + 1]; // match[column] = row, 1-based; 0 = free
        var way = new int[n + 1];
        var minv = new double[n + 1];
        var used = new bool[n + 1];
        for (int row = 1; row <= n; row++)
        {
            match[0] = row;
            int col0 = 0;
            Array.Fill(minv, double.PositiveInfinity);
            Array.Clear(used);
            do
            {
                used[col0] = true;
                int row0 = match[col0], col1 = 0;
                double delta = double.PositiveInfinity;
                for (int col = 1; col <= n; col++)
                {
                    if (used[col]) continue;
                    double cur = cost[row0 - 1, col - 1] - u[row0] - v[col];
                    if (cur < minv[col]) { minv[col] = cur; way[col] = col0; }
                    if (minv[col] < delta) { delta = minv[col]; col1 = col; }
                }

                for (int col = 0; col <= n; col++)
                {
                    if (used[col]) { u[match[col]] += delta; v[col] -= delta; }
                    else minv[col] -= delta;
                }

                col0 = col1;
            }
            while (match[col0] != 0);

            do
            {
                int col1 = way[col0];
                match[col0] = match[col1];
                col0 = col1;
            }
            while (col0 != 0);
        }

        double total = 0;
        for (int col = 1; col <= n; col++) total += cost[match[col] - 1, col - 1];
        return total;
    }
}
