namespace Dossier.Text.Readers;

/// <summary>Makes a <see cref="SourceDocument"/> from decoded text and metadata: the steps every format shares.</summary>
internal static class DocumentAssembler
{
    /// <summary>
    /// Checks the text is not blank, marks boilerplate, and fills the document info: metadata first, then
    /// (for plain text) a headline, and <paramref name="defaultId"/> when the metadata has no id.
    /// </summary>
    public static SourceDocument Build(
        string text, string encoding, DocumentMetadata metadata, string defaultId, string source, int? line,
        ReaderOptions options, DocumentFormat format = DocumentFormat.Text)
    {
        if (text.Length == 0) throw new DocumentReadException(source, line, "text is empty");
        if (string.IsNullOrWhiteSpace(text)) throw new DocumentReadException(source, line, "text contains only white space");
        var boilerplate = options.Boilerplate?.Mark(text) ?? [];
        var title = metadata.Title;
        if (title is null && format == DocumentFormat.Text) title = Headline.Find(text, boilerplate);
        var info = new DocumentInfo(metadata.Id ?? defaultId, title, metadata.Url, metadata.Date, metadata.Author, source);
        return new SourceDocument(info, text, boilerplate) { Encoding = encoding, Format = format };
    }
}
