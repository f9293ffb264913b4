using Dossier.Nlp.Clusters;
using Dossier.Nlp.Gazetteers;
using Dossier.Nlp.Learning;

namespace Dossier.Nlp.Entities;

/// <summary>
/// A trained entity recogniser: averaged structured-perceptron weights plus the word clusters they were
/// trained with (stored inside the model file, so the two can never drift apart). The gazetteer comes from
/// lexicon/gazetteer/. Immutable and thread-safe; per-document state lives in a <see cref="NerScratch"/>.
/// </summary>
internal sealed class NerModel
{
    public const string Kind = "ner";

    public NerModel(PerceptronModel weights, NerFeatures features, string metadata, EntityRules? rules = null)
    {
        Weights = weights;
        Features = features;
        Metadata = metadata;
        Rules = rules;
    }

    /// <summary>Corrections after decoding (lexicon/entities/); null while training.</summary>
    public EntityRules? Rules { get; }

    public PerceptronModel Weights { get; }

    public NerFeatures Features { get; }

    public string Metadata { get; }

    /// <summary>Finds the entity spans of a document, sentence by sentence in order (earlier labels inform later ones).</summary>
    public void Tag(NerText text, NerScratch s, List<(int Start, int End, EntityType Type)> spans)
    {
        Features.Prepare(text, s);
        int first = spans.Count;
        var scorer = new ModelScorer(Weights);
        for (int sent = 0; sent < text.SentStart.Length; sent++)
        {
            int a = text.SentStart[sent], b = text.SentEnd[sent];
            if (b <= a) continue;
            var labels = s.Labels.AsSpan(a, b - a);
            NerDecoder.DecodeSentence(scorer, s, a, b, labels);
            NerFeatures.Record(s, a, labels);
            EntityLabels.Decode(labels, a, spans);
        }

        DocumentConsistency.Apply(text, spans, first);
        Rules?.ApplyLocal(text, Features.Gazetteer, spans, first);
    }

    public void Write(string path)
    {
        ModelFile.Write(path, Kind, Metadata, writer =>
        {
            writer.Write(Features.Clusters is not null);
            Features.Clusters?.WritePayload(writer);
            Weights.Write(writer);
        });
    }

    public static NerModel Read(string path, Gazetteer? gazetteer, EntityRules? rules = null)
    {
        var (metadata, parts) = ModelFile.Read(path, Kind, reader =>
        {
            var clusters = reader.ReadBoolean() ? WordClusters.ReadPayload(reader, "") : null;
            return (clusters, PerceptronModel.Read(reader));
        });
        return new NerModel(parts.Item2, new NerFeatures(parts.clusters, gazetteer), metadata, rules);
    }
}
