using Dossier.Nlp.Entities;
using Dossier.Nlp.Learning;

namespace Dossier.Nlp.Parsing;

/// <summary>
/// Global (structured perceptron) training of the transition model with a beam and the max-violation
/// update (Huang, Fayong and Guo 2012): the beam runs over the whole sentence next to a gold derivation,
/// and the transition model is updated once, toward the gold prefix and away from the beam's best prefix at
/// the step where the best item outscores the gold one by the most. The gold derivation is latent: while a
/// zero-cost item (one that can still reach the gold tree) is in the beam, the best such item is the gold;
/// once none is, the last one continues outside the beam by its best-scoring zero-cost moves.
/// The label model learns separately, along a gold derivation, at every arc.
/// </summary>
internal sealed class BeamSentenceTrainer
{
    private readonly ParseBeam _beam;
    private readonly ParseState _gold = new();
    private readonly ParseState _replayGold = new();
    private readonly ParseState _replayBest = new();
    private Move[] _goldMoves = [];
    private int[] _goldLabels = [];
    private Move[] _bestMoves = [];
    private int[] _bestLabels = [];
    private int[] _goldSlot = [];

    public BeamSentenceTrainer(int width) => _beam = new ParseBeam(width);

    /// <summary>Trains on one sentence; returns 1 if the transition model was updated, else 0.</summary>
    public int Train(
        ParserScratch x, ReadOnlySpan<int> gold, ReadOnlySpan<int> goldLabels, int rootLabel,
        PerceptronTrainer transitions, PerceptronTrainer labels)
    {
        int n = x.Home.Length;
        Reserve(2 * n);
        var moves = new TrainerScorer(transitions);
        var labelScorer = new TrainerScorer(labels);
        _beam.Start(x.Home);
        bool fallen = false;
        float goldScore = 0, worst = 0;
        int worstStep = 0, fellAt = -1;
        while (!_beam.IsTerminal)
        {
            _beam.Advance(x, moves, labelScorer, labels.ClassCount, rootLabel, gold, goldLabels);
            int step = _beam.Steps;
            if (!fallen)
            {
                int slot = FirstZero();
                _goldSlot[step - 1] = slot;
                if (slot >= 0)
                {
                    goldScore = _beam.Score(slot);
                }
                else
                {
                    fallen = true;
                    fellAt = step;
                    goldScore = StartOutside(x, gold, goldLabels, rootLabel, step);
                }
            }
            else
            {
                goldScore = ExtendOutside(x, moves, gold, goldLabels, rootLabel, step, goldScore);
            }

            float violation = _beam.Score(0) - goldScore;
            if (!_beam.IsZeroCost(0) && violation >= worst)
            {
                worst = violation;
                worstStep = step;
            }
        }

        transitions.Tick();
        if (worstStep > 0) Update(x, worstStep, fellAt, transitions);
        TrainLabels(x, gold, goldLabels, rootLabel, labels);
        return worstStep > 0 ? 1 : 0;
    }

    private int FirstZero()
    {
        for (int i = 0; i < _beam.Count; i++)
        {
            if (_beam.IsZeroCost(i)) return i;
        }

        return -1;
    }

    /// <summary>The gold item fell out at this step: rebuild it from its parent and the fallen move.</summary>
    private float StartOutside(ParserScratch x, ReadOnlySpan<int> gold, ReadOnlySpan<int> goldLabels, int rootLabel, int step)
    {
        var (parent, move, score) = _beam.FallenGold!.Value;
        _gold.CopyFrom(_beam.Previous(parent));
        // The prefix up to the parent comes from the back pointers of step - 1.
        if (step >= 2) _beam.History(step - 1, parent, _goldMoves, _goldLabels);
        ApplyGold(move, gold, goldLabels, rootLabel, step - 1);
        x.State = _beam.Item(0);
        return score;
    }

    private float ExtendOutside<TMoves>(
        ParserScratch x, TMoves moves, ReadOnlySpan<int> gold, ReadOnlySpan<int> goldLabels, int rootLabel, int step, float score)
        where TMoves : ILinearScorer
    {
        Span<float> scores = stackalloc float[3];
        x.State = _gold;
        int count = ParseFeatures.Transition(x);
        moves.Score(x.Features.AsSpan(0, count), scores);
        int best = -1;
        for (int m = 0; m < 3; m++)
        {
            if (!_gold.IsLegal((Move)m) || ArcHybridOracle.Cost(_gold, gold, (Move)m) != 0) continue;
            if (best < 0 || scores[m] > scores[best]) best = m;
        }

        ApplyGold((Move)best, gold, goldLabels, rootLabel, step - 1);
        x.State = _beam.Item(0);
        return score + scores[best];
    }

    private void ApplyGold(Move move, ReadOnlySpan<int> gold, ReadOnlySpan<int> goldLabels, int rootLabel, int t)
    {
        int label = -1;
        if (move != Move.Shift)
        {
            var (dep, head) = _gold.ArcOf(move);
            label = head == _gold.Root ? rootLabel : goldLabels[dep];
        }

        _gold.Apply(move, label);
        _goldMoves[t] = move;
        _goldLabels[t] = label;
    }

    /// <summary>Updates toward the gold prefix and away from the best item's prefix of <paramref name="step"/> moves.</summary>
    private void Update(ParserScratch x, int step, int fellAt, PerceptronTrainer transitions)
    {
        // Before the fall, the gold prefix is an item of the beam; after it, _goldMoves already holds it.
        if (fellAt < 0 || step < fellAt) _beam.History(step, _goldSlot[step - 1], _goldMoves, _goldLabels);
        _beam.History(step, 0, _bestMoves, _bestLabels);
        _replayGold.CopyFrom(x.Home);
        _replayBest.CopyFrom(x.Home);
        bool diverged = false;
        for (int t = 0; t < step; t++)
        {
            if (!diverged && _goldMoves[t] == _bestMoves[t])
            {
                // Same configuration, same move: the two updates would cancel.
                diverged = _goldLabels[t] != _bestLabels[t];
            }
            else
            {
                diverged = true;
                AddMove(x, _replayGold, _goldMoves[t], 1f, transitions);
                AddMove(x, _replayBest, _bestMoves[t], -1f, transitions);
            }

            _replayGold.Apply(_goldMoves[t], _goldLabels[t]);
            _replayBest.Apply(_bestMoves[t], _bestLabels[t]);
        }

        x.State = x.Home;
    }

    private static void AddMove(ParserScratch x, ParseState state, Move move, float amount, PerceptronTrainer transitions)
    {
        x.State = state;
        int count = ParseFeatures.Transition(x);
        transitions.Add(x.Features.AsSpan(0, count), (int)move, amount);
    }

    /// <summary>
    /// Trains the label model at every arc of a gold derivation (arcs as soon as they cost nothing, as a
    /// static oracle would), labelling each arc with its gold label so later arcs see gold context.
    /// </summary>
    private static void TrainLabels(ParserScratch x, ReadOnlySpan<int> gold, ReadOnlySpan<int> goldLabels, int rootLabel, PerceptronTrainer labels)
    {
        var st = x.Home;
        st.Reset(st.Length);
        x.State = st;
        var scores = x.Scores.AsSpan(0, labels.ClassCount);
        while (!st.IsTerminal)
        {
            var move = Move.Shift;
            foreach (var m in (ReadOnlySpan<Move>)[Move.Left, Move.Right, Move.Shift])
            {
                if (st.IsLegal(m) && ArcHybridOracle.Cost(st, gold, m) == 0)
                {
                    move = m;
                    break;
                }
            }

            int label = -1;
            if (move != Move.Shift)
            {
                var (dep, head) = st.ArcOf(move);
                label = head == st.Root ? rootLabel : goldLabels[dep];
                if (head != st.Root)
                {
                    int count = ParseFeatures.Label(x, dep, head);
                    var features = x.Features.AsSpan(0, count);
                    labels.Score(features, scores);
                    labels.Update(features, label, ParserModel.BestNonRoot(scores, rootLabel));
                    labels.Tick();
                }
            }

            st.Apply(move, label);
        }
    }

    private void Reserve(int steps)
    {
        if (_goldMoves.Length >= steps) return;
        _goldMoves = new Move[steps];
        _goldLabels = new int[steps];
        _bestMoves = new Move[steps];
        _bestLabels = new int[steps];
        _goldSlot = new int[steps];
    }
}
