using Dossier.Nlp.Entities;

namespace Dossier.Nlp.Parsing;

/// <summary>
/// Beam search over arc-hybrid configurations: every step scores each legal move of each of the
/// <see cref="Width"/> best configurations and keeps the best <see cref="Width"/> by summed move score. A
/// label is chosen (greedily, by the label model) when an arc is made, as in the greedy parser. Every
/// configuration of a sentence ends after the same 2n moves, so the items compare at each step.
/// For training, each item knows whether the gold tree is still reachable from it (zero dynamic-oracle
/// cost), and a back-pointer table keeps every step's items so any item's move sequence can be replayed.
/// </summary>
internal sealed class ParseBeam
{
    private ParseState[] _items;
    private ParseState[] _next;
    private float[] _score;
    private float[] _nextScore;
    private bool[] _zero;
    private bool[] _nextZero;

    // Candidates of one step: parent item, move, total score, gold still reachable.
    private readonly int[] _candItem;
    private readonly Move[] _candMove;
    private readonly float[] _candScore;
    private readonly bool[] _candZero;
    private readonly int[] _chosen;

    // Back pointers: slot j of step t came from item _parent[t * Width + j] by _move / _label.
    private int[] _parent = [];
    private Move[] _move = [];
    private int[] _label = [];

    public ParseBeam(int width)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        Width = width;
        _items = new ParseState[width];
        _next = new ParseState[width];
        for (int i = 0; i < width; i++)
        {
            _items[i] = new ParseState();
            _next[i] = new ParseState();
        }

        _score = new float[width];
        _nextScore = new float[width];
        _zero = new bool[width];
        _nextZero = new bool[width];
        _candItem = new int[3 * width];
        _candMove = new Move[3 * width];
        _candScore = new float[3 * width];
        _candZero = new bool[3 * width];
        _chosen = new int[width];
    }

    public int Width { get; }

    /// <summary>Live items (fewer than Width only in the first steps).</summary>
    public int Count { get; private set; }

    /// <summary>Moves made so far.</summary>
    public int Steps { get; private set; }

    public bool IsTerminal => _items[0].IsTerminal;

    /// <summary>Item <paramref name="i"/>; items are sorted best first.</summary>
    public ParseState Item(int i) => _items[i];

    public float Score(int i) => _score[i];

    /// <summary>Whether the gold tree is still reachable from item <paramref name="i"/> (training only).</summary>
    public bool IsZeroCost(int i) => _zero[i];

    /// <summary>The best zero-cost candidate of the last step that fell out of the beam, if every zero-cost one did.</summary>
    public (int Parent, Move Move, float Score)? FallenGold { get; private set; }

    public void Start(ParseState initial)
    {
        _items[0].CopyFrom(initial);
        _score[0] = 0;
        _zero[0] = true;
        Count = 1;
        Steps = 0;
        int capacity = 2 * (initial.Length + 1) * Width;
        if (_parent.Length < capacity)
        {
            _parent = new int[capacity];
            _move = new Move[capacity];
            _label = new int[capacity];
        }
    }

    /// <summary>
    /// One step: scores the moves of every item, keeps the best Width, labels their arcs. With a gold tree
    /// (training) zero-cost flags are kept and gold arcs of zero-cost items take their gold label.
    /// </summary>
    public void Advance<TMoves, TLabels>(
        ParserScratch x, TMoves moves, TLabels labels, int labelCount, int rootLabel, ReadOnlySpan<int> gold, ReadOnlySpan<int> goldLabels)
        where TMoves : ILinearScorer
        where TLabels : ILinearScorer
    {
        int candidates = Expand(x, moves, gold);
        int kept = Select(candidates);
        FallenGold = null;
        bool anyZero = false;
        for (int j = 0; j < kept; j++) anyZero |= _candZero[_chosen[j]];
        if (!gold.IsEmpty && !anyZero) FallenGold = BestZero(candidates);

        for (int j = 0; j < kept; j++)
        {
            int c = _chosen[j];
            var state = _next[j];
            state.CopyFrom(_items[_candItem[c]]);
            var move = _candMove[c];
            int label = -1;
            if (move != Move.Shift)
            {
                var (dep, head) = state.ArcOf(move);
                x.State = state;
                label = _candZero[c] && !gold.IsEmpty
                    ? (head == state.Root ? rootLabel : goldLabels[dep])
                    : ParserModel.PredictLabel(x, labels, labelCount, rootLabel, dep, head);
            }

            state.Apply(move, label);
            _nextScore[j] = _candScore[c];
            _nextZero[j] = _candZero[c];
            int at = (Steps * Width) + j;
            _parent[at] = _candItem[c];
            _move[at] = move;
            _label[at] = label;
        }

        (_items, _next) = (_next, _items);
        (_score, _nextScore) = (_nextScore, _score);
        (_zero, _nextZero) = (_nextZero, _zero);
        Count = kept;
        Steps++;
        x.State = _items[0];
    }

    /// <summary>Writes the moves and labels that led to item <paramref name="slot"/> after step <paramref name="step"/> (1-based count).</summary>
    public void History(int step, int slot, Span<Move> moves, Span<int> labels)
    {
        for (int t = step - 1; t >= 0; t--)
        {
            int at = (t * Width) + slot;
            moves[t] = _move[at];
            labels[t] = _label[at];
            slot = _parent[at];
        }
    }

    private int Expand<TMoves>(ParserScratch x, TMoves moves, ReadOnlySpan<int> gold)
        where TMoves : ILinearScorer
    {
        Span<float> scores = stackalloc float[3];
        int n = 0;
        for (int i = 0; i < Count; i++)
        {
            var state = _items[i];
            x.State = state;
            int count = ParseFeatures.Transition(x);
            moves.Score(x.Features.AsSpan(0, count), scores);
            for (int m = 0; m < 3; m++)
            {
                if (!state.IsLegal((Move)m)) continue;
                _candItem[n] = i;
                _candMove[n] = (Move)m;
                _candScore[n] = _score[i] + scores[m];
                _candZero[n] = !gold.IsEmpty && _zero[i] && ArcHybridOracle.Cost(state, gold, (Move)m) == 0;
                n++;
            }
        }

        return n;
    }

    /// <summary>Indexes of the best Width candidates into _chosen, best first; ties keep candidate order.</summary>
    private int Select(int candidates)
    {
        int kept = 0;
        for (int c = 0; c < candidates; c++)
        {
            float s = _candScore[c];
            if (kept == Width && s <= _candScore[_chosen[kept - 1]]) continue;
            int at = kept < Width ? kept++ : kept - 1;
            while (at > 0 && _candScore[_chosen[at - 1]] < s)
            {
                _chosen[at] = _chosen[at - 1];
                at--;
            }

            _chosen[at] = c;
        }

        return kept;
    }

    private (int Parent, Move Move, float Score)? BestZero(int candidates)
    {
        int best = -1;
        for (int c = 0; c < candidates; c++)
        {
            if (_candZero[c] && (best < 0 || _candScore[c] > _candScore[best])) best = c;
        }

        return best < 0 ? null : (_candItem[best], _candMove[best], _candScore[best]);
    }

    /// <summary>Item <paramref name="parent"/> before the last step (valid only right after <see cref="Advance"/>).</summary>
    public ParseState Previous(int parent) => _next[parent];
}
