using Dossier.Nlp.Gazetteers;
using Dossier.Pipeline;
using Dossier.Text;

namespace Dossier.Nlp.Entities;

/// <summary>
/// Pipeline component: finds PER/ORG/LOC/MISC names with the trained model and writes the entity layer;
/// institutions the CoNLL-trained model calls places ("the Kremlin said", "on Telegram") become ORG here.
/// Tokens flagged (or ranged) as boilerplate are cut out of the sentences before decoding, so crawl
/// residue can neither be tagged nor influence its neighbours.
/// </summary>
public sealed class EntityRecognizer : IComponent
{
    public const string ModelFileName = "ner.model";
    private readonly NerModel _model;
    private readonly string _rule;

    private EntityRecognizer(NerModel model, string name)
    {
        _model = model;
        _rule = "ner:" + name;
    }

    public ComponentInfo Info { get; } = new("ner", Layer.Tokens | Layer.Sentences, Layer.Entities);

    /// <summary>Loads models/ner.model and lexicon/gazetteer/ from a Dossier home.</summary>
    public static EntityRecognizer Load(DossierHome home)
    {
        ArgumentNullException.ThrowIfNull(home);
        var gazetteer = Gazetteer.Load(home.LexiconPath("gazetteer"));
        var path = home.ModelPath(ModelFileName);
        var rules = EntityRules.Load(home.LexiconPath(EntityRules.Folder));
        return new EntityRecognizer(NerModel.Read(path, gazetteer, rules), Path.GetFileNameWithoutExtension(path));
    }

    internal static EntityRecognizer From(NerModel model, string name) => new(model, name);

    public void Process(Doc doc, Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(workspace);
        var scratch = workspace.Get<NerScratch>();
        var (sentStart, sentEnd) = ContentSentences(doc);
        var words = NerWords.Build(doc, sentStart, sentEnd);
        var spans = new List<(int Start, int End, EntityType Type)>();
        var text = new NerText(doc.Text, words.Start, words.End, words.SentStart, words.SentEnd);
        _model.Tag(text, scratch, spans);
        _model.Rules?.ApplyInstitutions(text, spans, 0);
        var entities = new EntitySpan[spans.Count];
        for (int i = 0; i < spans.Count; i++)
        {
            var (start, end, type) = spans[i];
            entities[i] = new EntitySpan(words.FirstToken[start], words.LastToken[end - 1] + 1, type, _rule);
        }
        doc.SetEntities(entities);
    }

    /// <summary>The document's sentences with boilerplate tokens removed (a sentence may split in two).</summary>
    private static (int[] Start, int[] End) ContentSentences(Doc doc)
    {
        var skip = BoilerplateTokens(doc);
        if (skip is null) return (doc.SentStart, doc.SentEnd);
        var starts = new List<int>();
        var ends = new List<int>();
        for (int s = 0; s < doc.SentenceCount; s++)
        {
            int open = -1;
            for (int t = doc.SentStart[s]; t <= doc.SentEnd[s]; t++)
            {
                bool content = t < doc.SentEnd[s] && !skip[t];
                if (content && open < 0) open = t;
                else if (!content && open >= 0)
                {
                    starts.Add(open);
                    ends.Add(t);
                    open = -1;
                }
            }
        }

        return ([.. starts], [.. ends]);
    }

    private static bool[]? BoilerplateTokens(Doc doc)
    {
        bool[]? skip = null;
        for (int t = 0; t < doc.Count; t++)
        {
            if ((doc.Flags[t] & TokenFlags.Boilerplate) != 0) (skip ??= new bool[doc.Count])[t] = true;
        }

        foreach (var range in doc.Boilerplate)
        {
            for (int t = 0; t < doc.Count; t++)
            {
                if (doc.Start[t] < range.End && doc.End[t] > range.Start) (skip ??= new bool[doc.Count])[t] = true;
            }
        }

        return skip;
    }
}
