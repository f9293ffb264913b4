using Dossier.Nlp.Learning;
using Dossier.Text;

namespace Dossier.Nlp.Tagging;

/// <summary>
/// A trained tagger: the joint (UPOS, XPOS) classes, a dictionary of frequent unambiguous words, each
/// frequent word's usual classes (a feature) and the averaged-perceptron weights. Immutable and thread-safe.
/// </summary>
internal sealed class TaggerModel
{
    public const string Kind = "tagger";

    public TaggerModel(
        TagSet tags,
        TagDictionary unambiguous,
        TagDictionary classSets,
        TagDictionary clusters,
        PerceptronModel weights,
        PerceptronModel? secondPass,
        string metadata,
        PerceptronModel? backward = null)
    {
        if (weights.ClassCount != tags.Count || (secondPass is not null && secondPass.ClassCount != tags.Count)
            || (backward is not null && backward.ClassCount != tags.Count))
            throw new ArgumentException($"model scores {weights.ClassCount} classes but the tag set has {tags.Count}");
        if (secondPass is not null && backward is not null)
            throw new ArgumentException("a tagger has either a second pass or a right-to-left pass, not both");
        Tags = tags;
        Unambiguous = unambiguous;
        ClassSets = classSets;
        Clusters = clusters;
        Weights = weights;
        SecondPass = secondPass;
        Backward = backward;
        Metadata = metadata;
    }

    public TagSet Tags { get; }

    /// <summary>Exact word form → the class it takes in nearly every training occurrence.</summary>
    public TagDictionary Unambiguous { get; }

    /// <summary>Lowercase word → id of the set of classes it is usually seen with.</summary>
    public TagDictionary ClassSets { get; }

    /// <summary>Digit-folded word form → packed word-cluster ids learned from unlabelled news (may be empty).</summary>
    public TagDictionary Clusters { get; }

    /// <summary>Weights of the first, left-to-right pass.</summary>
    public PerceptronModel Weights { get; }

    /// <summary>Weights of the optional second pass, which also sees the first pass's classes to the right.</summary>
    public PerceptronModel? SecondPass { get; }

    /// <summary>
    /// Weights of the optional right-to-left pass (history: the classes of the next two tokens). With it,
    /// each token takes the class whose summed score over both directions is highest.
    /// </summary>
    public PerceptronModel? Backward { get; }

    public string Metadata { get; }

    /// <summary>
    /// Tags one sentence (tokens given as offsets into <paramref name="text"/>) greedily, left to right.
    /// The result lives in the scratch buffers and is valid until the next call.
    /// </summary>
    public ReadOnlySpan<int> Predict(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, TaggerScratch scratch)
    {
        scratch.Prepare(text, starts, ends, ClassSets, Clusters);
        var first = scratch.FirstPass.AsSpan(0, starts.Length);
        var classes = scratch.Classes.AsSpan(0, starts.Length);
        if (Backward is not null) return Bidirectional(scratch, first, classes);
        Greedy(Weights, scratch, [], first, backward: false, []);
        if (SecondPass is null) return first;
        Greedy(SecondPass, scratch, first, classes, backward: false, []);
        return classes;
    }

    /// <summary>Both directions greedily; where they disagree, the class with the best summed score.</summary>
    private Span<int> Bidirectional(TaggerScratch scratch, Span<int> forward, Span<int> backward)
    {
        int classCount = Tags.Count;
        scratch.ReserveDirectionScores(forward.Length, classCount);
        var forwardScores = scratch.ForwardScores.AsSpan(0, forward.Length * classCount);
        var backwardScores = scratch.BackwardScores.AsSpan(0, forward.Length * classCount);
        Greedy(Weights, scratch, [], forward, backward: false, forwardScores);
        Greedy(Backward!, scratch, [], backward, backward: true, backwardScores);
        for (int i = 0; i < forward.Length; i++)
        {
            // Agreement is the argmax of the sum too (and covers dictionary words, which have no scores).
            if (forward[i] == backward[i]) continue;
            var f = forwardScores.Slice(i * classCount, classCount);
            var b = backwardScores.Slice(i * classCount, classCount);
            int best = 0;
            float bestScore = f[0] + b[0];
            for (int c = 1; c < classCount; c++)
            {
                float sum = f[c] + b[c];
                if (sum > bestScore)
                {
                    best = c;
                    bestScore = sum;
                }
            }

            forward[i] = best;
        }

        return forward;
    }

    /// <summary>
    /// One greedy pass, left to right or right to left (the history is then the next two classes); a second
    /// pass gets the first pass's classes. Keeps each token's scores in <paramref name="kept"/> when given.
    /// </summary>
    private void Greedy(PerceptronModel weights, TaggerScratch scratch, ReadOnlySpan<int> first, Span<int> classes, bool backward, Span<float> kept)
    {
        var scores = scratch.ScoresFor(Tags.Count);
        var features = scratch.Features.AsSpan();
        int p1 = -1, p2 = -1;
        for (int k = 0; k < classes.Length; k++)
        {
            int i = backward ? classes.Length - 1 - k : k;
            int cls = Unambiguous.Find(scratch.At(i, TaggerScratch.Word));
            if (cls < 0)
            {
                int n = first.IsEmpty
                    ? TaggerFeatures.Extract(scratch, i, p1, p2, features)
                    : TaggerFeatures.ExtractSecondPass(scratch, i, p1, p2, first, features);
                weights.Score(features[..n], scores);
                cls = PerceptronModel.ArgMax(scores);
                if (!kept.IsEmpty) scores.CopyTo(kept.Slice(i * scores.Length, scores.Length));
            }

            classes[i] = cls;
            p2 = p1;
            p1 = cls;
        }
    }

    public void Write(string path) => ModelFile.Write(path, Kind, Metadata, w =>
    {
        Tags.Write(w);
        Unambiguous.Write(w);
        ClassSets.Write(w);
        Clusters.Write(w);
        Weights.WriteSparse(w);
        w.Write(SecondPass is not null);
        SecondPass?.WriteSparse(w);
        w.Write(Backward is not null);
        Backward?.WriteSparse(w);
    });

    public static TaggerModel Load(string path)
    {
        var (metadata, model) = ModelFile.Read(path, Kind, r =>
        {
            var tags = TagSet.Read(r);
            var unambiguous = TagDictionary.Read(r);
            var classSets = TagDictionary.Read(r);
            var clusters = TagDictionary.Read(r);
            var weights = PerceptronModel.ReadSparse(r);
            var second = r.ReadBoolean() ? PerceptronModel.ReadSparse(r) : null;
            // Models written before the right-to-left pass existed end here (ReadByte gives -1).
            var backward = r.BaseStream.ReadByte() == 1 ? PerceptronModel.ReadSparse(r) : null;
            return (tags, unambiguous, classSets, clusters, weights, second, backward);
        });
        return new TaggerModel(
            model.tags, model.unambiguous, model.classSets, model.clusters, model.weights, model.second, metadata, model.backward);
    }

    /// <summary>Writes the predicted tags of a sentence into document-wide arrays.</summary>
    public void Commit(ReadOnlySpan<int> classes, Span<Upos> upos, Span<string> xpos)
    {
        for (int i = 0; i < classes.Length; i++)
        {
            upos[i] = Tags.Upos(classes[i]);
            xpos[i] = Tags.Xpos(classes[i]);
        }
    }
}
