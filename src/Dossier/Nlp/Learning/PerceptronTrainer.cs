namespace Dossier.Nlp.Learning;

/// <summary>
/// Trains an averaged perceptron over hashed sparse features. Averaging uses the running-sum trick
/// (averaged = w - u / c), so an update touches only the rows of the features present.
/// Rows are stored in fixed-size chunks, so the model grows without copying.
/// </summary>
public sealed class PerceptronTrainer
{
    private const int ChunkRows = 4096;

    private readonly Dictionary<ulong, int> _rowOf = [];
    private readonly List<ulong> _keys = [];
    private readonly List<float[]> _w = [];
    private readonly List<double[]> _u = [];
    private readonly List<int> _updates = [];
    private long _instances = 1;

    public PerceptronTrainer(int classCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(classCount);
        ClassCount = classCount;
    }

    public int ClassCount { get; }

    public int FeatureCount => _keys.Count;

    /// <summary>Scores with the current (not averaged) weights; unknown features add nothing.</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores = scores[..ClassCount];
        scores.Clear();
        foreach (ulong key in features)
        {
            if (!_rowOf.TryGetValue(key, out int row)) continue;
            var chunk = _w[row / ChunkRows];
            int at = (row % ChunkRows) * ClassCount;
            for (int c = 0; c < ClassCount; c++) scores[c] += chunk[at + c];
        }
    }

    /// <summary>Moves weight from the predicted class to the true one for every feature present.</summary>
    public void Update(ReadOnlySpan<ulong> features, int truth, int guess, float amount = 1f)
    {
        if (truth == guess) return;
        foreach (ulong key in features)
        {
            int row = RowOf(key);
            Add(row, truth, amount);
            Add(row, guess, -amount);
            _updates[row]++;
        }
    }

    /// <summary>
    /// Adds <paramref name="amount"/> to one class of every feature present: a one-sided update, for
    /// structured models whose gold and predicted parts have different features (e.g. label transitions).
    /// </summary>
    public void Add(ReadOnlySpan<ulong> features, int cls, float amount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(cls);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(cls, ClassCount);
        foreach (ulong key in features)
        {
            int row = RowOf(key);
            Add(row, cls, amount);
            _updates[row]++;
        }
    }

    /// <summary>Counts one training instance; call once per prediction, whether or not it was updated.</summary>
    public void Tick() => _instances++;

    /// <summary>
    /// The averaged model, keeping features updated at least <paramref name="minUpdates"/> times whose
    /// largest absolute averaged weight reaches <paramref name="minWeight"/>.
    /// </summary>
    public PerceptronModel Finish(int minUpdates = 1, float minWeight = 1e-3f)
    {
        var keys = new List<ulong>();
        var weights = new List<float>();
        var row = new float[ClassCount];
        for (int r = 0; r < _keys.Count; r++)
        {
            if (_updates[r] < minUpdates) continue;
            var w = _w[r / ChunkRows];
            var u = _u[r / ChunkRows];
            int at = (r % ChunkRows) * ClassCount;
            float max = 0;
            for (int c = 0; c < ClassCount; c++)
            {
                row[c] = (float)(w[at + c] - u[at + c] / _instances);
                max = Math.Max(max, Math.Abs(row[c]));
            }

            if (max < minWeight) continue;
            keys.Add(_keys[r]);
            weights.AddRange(row);
        }

        return new PerceptronModel(ClassCount, [.. keys], [.. weights]);
    }

    private int RowOf(ulong key)
    {
        if (_rowOf.TryGetValue(key, out int row)) return row;
        row = _keys.Count;
        if (row % ChunkRows == 0)
        {
            _w.Add(new float[ChunkRows * ClassCount]);
            _u.Add(new double[ChunkRows * ClassCount]);
        }

        _rowOf[key] = row;
        _keys.Add(key);
        _updates.Add(0);
        return row;
    }

    private void Add(int row, int cls, float amount)
    {
        int at = (row % ChunkRows) * ClassCount + cls;
        _w[row / ChunkRows][at] += amount;
        _u[row / ChunkRows][at] += (double)_instances * amount;
    }
}
