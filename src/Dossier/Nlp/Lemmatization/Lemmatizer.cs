using Dossier.Pipeline;
using Dossier.Text;

namespace Dossier.Nlp.Lemmatization;

/// <summary>Writes a lemma for every token from its form and tags, with a trained lexicon and suffix rules.</summary>
public sealed class Lemmatizer : IComponent
{
    public const string ModelFileName = "lemmatizer.model";

    private readonly LemmatizerModel _model;

    private Lemmatizer(LemmatizerModel model) => _model = model;

    public ComponentInfo Info { get; } = new("lemmatizer", Layer.Tokens | Layer.Tags, Layer.Lemmas);

    /// <summary>Loads the model once; the component is then shared by all workers.</summary>
    public static Lemmatizer Load(string path) => new(LemmatizerModel.Load(path));

    public static Lemmatizer Load(DossierHome home)
    {
        ArgumentNullException.ThrowIfNull(home);
        return Load(home.ModelPath(ModelFileName));
    }

    /// <summary>The model's metadata JSON (training data, rule counts, dev scores).</summary>
    public string Metadata => _model.Metadata;

    public void Process(Doc doc, Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(workspace);
        var scratch = workspace.Get<LemmatizerScratch>();
        var lemmas = new string[doc.Count];
        var text = doc.Text.AsSpan();
        for (int t = 0; t < lemmas.Length; t++)
            lemmas[t] = _model.Lemmatize(text[doc.Start[t]..doc.End[t]], doc.Pos[t], doc.Xpos[t], scratch);
        doc.SetLemmas(lemmas);
    }
}
