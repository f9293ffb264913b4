using Dossier.Extraction.Claims;
using Dossier.Extraction.Time;
using Dossier.Text;
using Dossier.Text.Tokenization;

namespace Dossier.Tests.Extraction;

/// <summary>Runs the tokenizer, sentence splitter and claim/time finders over made-up text.</summary>
internal static class ClaimsTestPipeline
{
    private static readonly string s_lexicon = Path.Combine(TestPaths.Repo, "lexicon");
    private static readonly Lazy<TimexFinder> s_timex = new(() => TimexFinder.Load(s_lexicon));
    private static readonly Lazy<QuoteFinder> s_quotes = new(() => QuoteFinder.Load(s_lexicon));
    private static readonly Lazy<FigureFinder> s_figures = new(() => FigureFinder.Load(s_lexicon));

    /// <summary>A tokenised, sentence-split document; <paramref name="date"/> is yyyy-MM-dd or null.</summary>
    public static Doc Prepare(string text, string? date = null)
    {
        var info = new DocumentInfo("test", Date: date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
        var doc = new Doc(text, info);
        var workspace = new Dossier.Pipeline.Workspace();
        new Tokenizer().Process(doc, workspace);
        new SentenceSplitter().Process(doc, workspace);
        return doc;
    }

    public static IReadOnlyList<Timex> Timexes(string text, string? date = null)
    {
        var doc = Prepare(text, date);
        s_timex.Value.Process(doc, new Dossier.Pipeline.Workspace());
        return doc.Timexes;
    }

    public static IReadOnlyList<Figure> Figures(string text, bool withTimexes = true, bool withQuotes = false)
    {
        var doc = Prepare(text, "2022-01-08");
        if (withTimexes) s_timex.Value.Process(doc, new Dossier.Pipeline.Workspace());
        if (withQuotes) s_quotes.Value.Process(doc, new Dossier.Pipeline.Workspace());
        s_figures.Value.Process(doc, new Dossier.Pipeline.Workspace());
        return doc.Figures;
    }

    /// <summary>Quotes, then figures, of a prepared document (layers set by the caller stay).</summary>
    public static IReadOnlyList<Figure> Figures(Doc doc)
    {
        s_quotes.Value.Process(doc, new Dossier.Pipeline.Workspace());
        s_figures.Value.Process(doc, new Dossier.Pipeline.Workspace());
        return doc.Figures;
    }

    public static IReadOnlyList<Quote> Quotes(string text) => Quotes(Prepare(text));

    public static IReadOnlyList<Quote> Quotes(Doc doc)
    {
        s_quotes.Value.Process(doc, new Dossier.Pipeline.Workspace());
        return doc.Quotes;
    }
}
