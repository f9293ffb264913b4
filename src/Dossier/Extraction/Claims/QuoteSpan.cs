namespace Dossier.Extraction.Claims;

/// <summary>
/// A quotation found by its marks: the opening mark at <see cref="Open"/>, the closing mark at
/// <see cref="Close"/> (content is [Open + 1, Close)); <see cref="Paragraphs"/> counts the paragraphs it spans.
/// </summary>
internal readonly record struct QuoteSpan(int Open, int Close, int Paragraphs)
{
    public int ContentStart => Open + 1;

    public int ContentEnd => Close;
}
