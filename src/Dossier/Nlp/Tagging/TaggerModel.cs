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
        string metadata)
    {
        if (weights.ClassCount != tags.Count || (secondPass is not null && secondPass.ClassCount != tags.Count))
            throw new ArgumentException($"model scores {weights.ClassCount} classes but the tag set has {tags.Count}");
        Tags = tags;
        Unambiguous = unambiguous;
        ClassSets = classSets;
        Clusters = clusters;
        Weights = weights;
        SecondPass = secondPass;
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

    public string Metadata { get; }

    /// <summary>
    /// Tags one sentence (tokens given as offsets into <paramref name="text"/>) greedily, left to right.
    /// The result lives in the scratch buffers and is valid until the next call.
    /// </summary>
    public ReadOnlySpan<int> Predict(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, TaggerScratch scratch)
    {
        scratch.Prepare(text, starts, ends, ClassSets, Clusters);
        var first = scratch.FirstPass.AsSpan(0, starts.Length);
        Greedy(Weights, scratch, [], first);
        if (SecondPass is null) return first;
        var classes = scratch.Classes.AsSpan(0, starts.Length);
        Greedy(SecondPass, scratch, first, classes);
        return classes;
    }

    /// <summary>One greedy left-to-right pass; a second pass gets the first pass's classes.</summary>
    private void Greedy(PerceptronModel weights, TaggerScratch scratch, ReadOnlySpan<int> first, Span<int> classes)
    {
        var scores = scratch.ScoresFor(Tags.Count);
        var features = scratch.Features.AsSpan();
        int p1 = -1, p2 = -1;
        for (int i = 0; i < classes.Length; i++)
        {
            int cls = Unambiguous.Find(scratch.At(i, TaggerScratch.Word));
            if (cls < 0)
            {
                int n = first.IsEmpty
                    ? TaggerFeatures.Extract(scratch, i, p1, p2, features)
                    : TaggerFeatures.ExtractSecondPass(scratch, i, p1, p2, first, features);
                weights.Score(features[..n], scores);
                cls = PerceptronModel.ArgMax(scores);
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
            return (tags, unambiguous, classSets, clusters, weights, second);
        });
        return new TaggerModel(model.tags, model.unambiguous, model.classSets, model.clusters, model.weights, model.second, metadata);
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
