using Dossier.Nlp.Corpora;
using Dossier.Nlp.Parsing;

namespace Dossier.Tests.Nlp.Parsing;

public sealed class ArcHybridOracleTests
{
    [Fact]
    public void Zero_cost_moves_rebuild_every_projectivised_dev_tree()
    {
        var state = new ParseState();
        int sentences = 0, lifted = 0;
        foreach (var s in ConlluReader.Read(TestPaths.Shared("ud-ewt", "en_ewt-ud-dev.conllu")))
        {
            var heads = s.Words.Select(w => w.Head - 1).ToArray();
            if (!Projectivizer.IsProjective(heads))
            {
                Projectivizer.Lift(heads);
                lifted++;
            }

            Assert.True(Projectivizer.IsProjective(heads));
            int n = heads.Length;
            var gold = heads.Select(h => h < 0 ? n : h).Append(-1).ToArray();
            state.Reset(n);
            while (!state.IsTerminal)
            {
                var move = Enumerable.Range(0, 3).Select(m => (Move)m)
                    .First(m => state.IsLegal(m) && ArcHybridOracle.Cost(state, gold, m) == 0);
                state.Apply(move, 0);
            }

            for (int i = 0; i < n; i++) Assert.Equal(gold[i], state.Head[i]);
            sentences++;
        }

        Assert.Equal(2001, sentences);
        Assert.InRange(lifted, 1, 200);
    }

    [Fact]
    public void Lifting_removes_a_crossing_arc()
    {
        // Word 2 is the root and heads 0 and 1; word 1 heads 3 across word 2, which 1 does not dominate.
        int[] heads = [2, 2, -1, 1];
        Assert.False(Projectivizer.IsProjective(heads));
        Assert.Equal(1, Projectivizer.Lift(heads));
        Assert.Equal([2, 2, -1, 2], heads);
    }
}
