using Dossier.Extraction.Actors;
using Dossier.Extraction.Claims;
using Dossier.Extraction.Events;
using Dossier.Extraction.Time;
using Dossier.Nlp.Entities;
using Dossier.Pipeline;

namespace Dossier.Text;

/// <summary>
/// One document: the original text plus flat, parallel per-token arrays that pipeline components fill,
/// one layer each. Every layer is written once (a second write throws), so a finished Doc is immutable.
/// Offsets always point into <see cref="Text"/>, never into a normalised copy.
/// </summary>
public sealed class Doc
{
    private static readonly string[] s_noStrings = [];

    public Doc(string text, DocumentInfo info, IReadOnlyList<CharRange>? boilerplate = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(info);
        Text = text;
        Info = info;
        Boilerplate = boilerplate ?? [];
        Layers = Layer.Text;
    }

    public string Text { get; }

    public DocumentInfo Info { get; }

    /// <summary>Character ranges that the reader marked as page furniture or crawl residue.</summary>
    public IReadOnlyList<CharRange> Boilerplate { get; }

    /// <summary>The layers present so far.</summary>
    public Layer Layers { get; private set; }

    public int Count => Start.Length;

    // Token layer.
    internal int[] Start { get; private set; } = [];
    internal int[] End { get; private set; } = [];
    internal TokenFlags[] Flags { get; private set; } = [];

    // Sentence layer: token ranges [SentStart[i], SentEnd[i]).
    internal int[] SentStart { get; private set; } = [];
    internal int[] SentEnd { get; private set; } = [];

    // Tag, lemma and dependency layers.
    internal Upos[] Pos { get; private set; } = [];
    internal string[] Xpos { get; private set; } = s_noStrings;
    internal string[] Lemma { get; private set; } = s_noStrings;

    /// <summary>Document-wide index of each token's head; -1 for a sentence root.</summary>
    internal int[] Head { get; private set; } = [];
    internal string[] Deprel { get; private set; } = s_noStrings;
    internal int[] LeftEdge { get; private set; } = [];
    internal int[] RightEdge { get; private set; } = [];

    // Higher layers: small records pointing into the token arrays and the text.
    public IReadOnlyList<EntitySpan> Entities { get; private set; } = [];
    public IReadOnlyList<Actor> Actors { get; private set; } = [];
    public IReadOnlyList<Timex> Timexes { get; private set; } = [];
    public IReadOnlyList<Quote> Quotes { get; private set; } = [];
    public IReadOnlyList<EventRecord> Events { get; private set; } = [];
    public IReadOnlyList<Figure> Figures { get; private set; } = [];

    public int SentenceCount => SentStart.Length;

    public Token this[int index] => new(this, index);

    public TokenSpan Sentence(int index) => new(this, SentStart[index], SentEnd[index]);

    /// <summary>Index of the sentence holding token <paramref name="token"/>.</summary>
    public int SentenceOf(int token)
    {
        int i = Array.BinarySearch(SentStart, token);
        return i >= 0 ? i : ~i - 1;
    }

    public bool Has(Layer layer) => (Layers & layer) == layer;

    internal void SetTokens(int[] start, int[] end, TokenFlags[] flags)
    {
        Claim(Layer.Tokens);
        if (start.Length != end.Length || start.Length != flags.Length)
            throw new ArgumentException("token arrays differ in length");
        Start = start;
        End = end;
        Flags = flags;
    }

    internal void SetSentences(int[] sentStart, int[] sentEnd)
    {
        Claim(Layer.Sentences);
        SentStart = sentStart;
        SentEnd = sentEnd;
    }

    internal void SetTags(Upos[] pos, string[] xpos)
    {
        CheckLength(pos.Length);
        CheckLength(xpos.Length);
        Claim(Layer.Tags);
        Pos = pos;
        Xpos = xpos;
    }

    internal void SetLemmas(string[] lemma)
    {
        CheckLength(lemma.Length);
        Claim(Layer.Lemmas);
        Lemma = lemma;
    }

    /// <summary>Sets heads and labels, then derives subtree edges once so a subtree is an O(1) span.</summary>
    internal void SetHeads(int[] head, string[] deprel)
    {
        CheckLength(head.Length);
        CheckLength(deprel.Length);
        Claim(Layer.Heads);
        Head = head;
        Deprel = deprel;
        (LeftEdge, RightEdge) = SubtreeEdges.Compute(head);
    }

    internal void SetEntities(IReadOnlyList<EntitySpan> entities) { Claim(Layer.Entities); Entities = entities; }

    internal void SetActors(IReadOnlyList<Actor> actors) { Claim(Layer.Actors); Actors = actors; }

    internal void SetTimexes(IReadOnlyList<Timex> timexes) { Claim(Layer.Timexes); Timexes = timexes; }

    internal void SetQuotes(IReadOnlyList<Quote> quotes) { Claim(Layer.Quotes); Quotes = quotes; }

    internal void SetEvents(IReadOnlyList<EventRecord> events) { Claim(Layer.Events); Events = events; }

    internal void SetFigures(IReadOnlyList<Figure> figures) { Claim(Layer.Figures); Figures = figures; }

    /// <summary>Marks a layer that lives in records already set (e.g. certainty on events) as present.</summary>
    internal void MarkLayer(Layer layer) => Claim(layer);

    private void Claim(Layer layer)
    {
        if ((Layers & layer) != 0)
            throw new InvalidOperationException($"layer {layer} is already set on document '{Info.Id}'");
        Layers |= layer;
    }

    private void CheckLength(int length)
    {
        if (length != Count)
            throw new ArgumentException($"layer has {length} entries but the document has {Count} tokens");
    }
}
