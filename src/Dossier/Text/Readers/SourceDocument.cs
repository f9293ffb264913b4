namespace Dossier.Text.Readers;

/// <summary>What a reader produces: the text to analyse, its metadata, and the ranges it marked as boilerplate.</summary>
public sealed record SourceDocument(DocumentInfo Info, string Text, IReadOnlyList<CharRange> Boilerplate)
{
    /// <summary>The encoding the text was decoded from ("utf-8", "utf-16le", "windows-1252", ...).</summary>
    public string Encoding { get; init; } = "utf-8";

    /// <summary>The format the document was read as.</summary>
    public DocumentFormat Format { get; init; } = DocumentFormat.Text;

    public Doc ToDoc() => new(Text, Info, Boilerplate);
}
