using Dossier.Pipeline;
using Dossier.Text;

namespace Dossier.Nlp.Parsing;

/// <summary>
/// Pipeline component: parses each sentence with the arc-hybrid model and writes the Heads layer. Every
/// sentence gets a well-formed tree (one root, no cycles). Sentences longer than
/// <see cref="MaxSentenceWords"/> are parsed in consecutive pieces whose roots attach to the first piece's
/// root with the label <c>dep</c>, so time and memory stay linear on run-on input.
/// </summary>
public sealed class Parser : IComponent
{
    /// <summary>Longest piece parsed as one unit.</summary>
    public const int MaxSentenceWords = 250;

    public const string ModelFileName = "parser.model";

    private const string FallbackLabel = "dep";

    private readonly ParserModel _model;
    private readonly int _fallbackLabel;

    internal Parser(ParserModel model)
    {
        _model = model;
        int dep = Array.IndexOf(model.LabelNames, FallbackLabel);
        _fallbackLabel = dep >= 0 ? dep : model.RootLabelId;
    }

    public ComponentInfo Info { get; } = new("parser", Layer.Tokens | Layer.Sentences | Layer.Tags, Layer.Heads);

    /// <summary>Loads the parser model from a file (DMD errors if it is missing or malformed).</summary>
    public static Parser Load(string path) => new(ParserModel.Load(path).Model);

    /// <summary>The same model decoded with another beam width (1: greedy), e.g. to measure what a beam buys.</summary>
    public Parser WithBeam(int width) => new(_model.WithBeam(width));

    public static Parser Load(DossierHome home)
    {
        ArgumentNullException.ThrowIfNull(home);
        return Load(home.ModelPath(ModelFileName));
    }

    public void Process(Doc doc, Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(workspace);
        var x = workspace.Get<ParserScratch>();
        var heads = new int[doc.Count];
        var labels = new string[doc.Count];
        // Tokens outside every sentence (none, for a well-formed Sentences layer) stay roots of their own.
        Array.Fill(heads, -1);
        Array.Fill(labels, _model.LabelNames[_model.RootLabelId]);
        for (int s = 0; s < doc.SentenceCount; s++)
        {
            int start = doc.SentStart[s], end = doc.SentEnd[s];
            int firstRoot = -1;
            for (int piece = start; piece < end; piece += MaxSentenceWords)
            {
                int root = ParsePiece(doc, x, piece, Math.Min(end, piece + MaxSentenceWords), heads, labels);
                if (firstRoot < 0)
                {
                    firstRoot = root;
                }
                else
                {
                    heads[root] = firstRoot;
                    labels[root] = _model.LabelNames[_fallbackLabel];
                }
            }
        }

        doc.SetHeads(heads, labels);
    }

    /// <summary>Parses tokens [start, end) and returns the document index of the piece's root.</summary>
    private int ParsePiece(Doc doc, ParserScratch x, int start, int end, int[] heads, string[] labels)
    {
        int n = end - start;
        x.Begin(n, _model.LabelNames.Length, _model.Clusters);
        for (int i = 0; i < n; i++)
        {
            int t = start + i;
            x.SetWord(i, doc.Text.AsSpan(doc.Start[t], doc.End[t] - doc.Start[t]), doc.Xpos[t] ?? "", doc.Pos[t]);
        }

        _model.Parse(x);
        int root = start;
        for (int i = 0; i < n; i++)
        {
            int h = x.Heads[i];
            heads[start + i] = h < 0 ? -1 : start + h;
            labels[start + i] = _model.LabelNames[x.Labels[i]];
            if (h < 0) root = start + i;
        }

        return root;
    }
}
