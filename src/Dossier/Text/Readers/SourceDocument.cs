namespace Dossier.Text.Readers;

/// <summary>What a reader produces: the text to analyse, its metadata, and the ranges it marked as boilerplate.</summary>
public sealed record SourceDocument(DocumentInfo Info, string Text, IReadOnlyList<CharRange> Boilerplate)
{
    public Doc ToDoc() => new(Text, Info, Boilerplate);
}
