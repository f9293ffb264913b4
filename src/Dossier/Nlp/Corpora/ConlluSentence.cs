namespace Dossier.Nlp.Corpora;

/// <summary>One CoNLL-U word line. <see cref="Head"/> is 1-based within the sentence, 0 for the root.</summary>
public sealed record ConlluWord(
    int Id, string Form, string Lemma, string Upos, string Xpos, string Feats, int Head, string Deprel, string Deps, string Misc)
{
    public bool SpaceAfter => !Misc.Contains("SpaceAfter=No", StringComparison.Ordinal);
}

/// <summary>A multiword token line (e.g. "3-4 don't"): the surface form covering words First..Last.</summary>
public sealed record ConlluMultiword(int First, int Last, string Form, string Misc)
{
    public bool SpaceAfter => !Misc.Contains("SpaceAfter=No", StringComparison.Ordinal);
}

/// <summary>One CoNLL-U sentence with its comments (text, newdoc, newpar) and word and multiword lines.</summary>
public sealed class ConlluSentence
{
    public string? SentId { get; set; }
    public string? Text { get; set; }
    public string? NewDoc { get; set; }
    public string? NewPar { get; set; }
    public bool StartsDocument { get; set; }
    public bool StartsParagraph { get; set; }
    public List<string> Comments { get; } = [];
    public List<ConlluWord> Words { get; } = [];
    public List<ConlluMultiword> Multiwords { get; } = [];
}
