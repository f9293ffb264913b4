using Dossier.Pipeline;
using Dossier.Text;

namespace Dossier.Nlp.Tagging;

/// <summary>Writes UPOS and Penn XPOS tags for every token, one sentence at a time, with a trained model.</summary>
public sealed class Tagger : IComponent
{
    public const string ModelFileName = "tagger.model";

    private readonly TaggerModel _model;

    private Tagger(TaggerModel model) => _model = model;

    public ComponentInfo Info { get; } = new("tagger", Layer.Tokens | Layer.Sentences, Layer.Tags);

    /// <summary>Loads the model once; the component is then shared by all workers.</summary>
    public static Tagger Load(string path) => new(TaggerModel.Load(path));

    public static Tagger Load(DossierHome home)
    {
        ArgumentNullException.ThrowIfNull(home);
        return Load(home.ModelPath(ModelFileName));
    }

    /// <summary>The model's metadata JSON (training data, seed, epochs, dev scores).</summary>
    public string Metadata => _model.Metadata;

    public void Process(Doc doc, Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(workspace);
        var scratch = workspace.Get<TaggerScratch>();
        var upos = new Upos[doc.Count];
        var xpos = new string[doc.Count];
        for (int s = 0; s < doc.SentenceCount; s++)
        {
            int from = doc.SentStart[s], to = doc.SentEnd[s];
            var classes = _model.Predict(doc.Text, doc.Start.AsSpan(from, to - from), doc.End.AsSpan(from, to - from), scratch);
            _model.Commit(classes, upos.AsSpan(from), xpos.AsSpan(from));
        }

        doc.SetTags(upos, xpos);
    }
}
