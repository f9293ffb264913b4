using Dossier.Pipeline;

namespace Dossier.Text.Tokenization;

/// <summary>
/// Splits a document's text into UD-style tokens (EWT/GUM conventions: clitics and hyphens split,
/// abbreviations keep their full stop) with offsets into the original text, and sets per-token flags
/// (NoSpaceAfter, Url, Email, Hashtag, Mention, Emoji, Number, ParagraphStart, Boilerplate, InQuote).
/// </summary>
public sealed class Tokenizer : IComponent
{
    private readonly TokenizerLexicon _lexicon;

    /// <summary>A tokenizer with the lexicon of <see cref="DossierHome.Locate"/> (kept so callers from the
    /// skeleton's parameterless form keep working; prefer <see cref="Create"/> with an explicit home).</summary>
    public Tokenizer()
        : this(TokenizerLexicon.Load(DossierHome.Locate()))
    {
    }

    internal Tokenizer(TokenizerLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicon = lexicon;
    }

    public ComponentInfo Info { get; } = new("tokenizer", Layer.Text, Layer.Tokens);

    internal TokenizerLexicon Lexicon => _lexicon;

    public static Tokenizer Create(DossierHome home) => new(TokenizerLexicon.Load(home));

    public void Process(Doc doc, Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(workspace);
        var scanner = workspace.Get<TokenScanner>();
        scanner.Scan(doc.Text, _lexicon);
        if (doc.Boilerplate.Count > 0) MarkBoilerplate(scanner, doc.Boilerplate);
        doc.SetTokens(scanner.Starts.ToArray(), scanner.Ends.ToArray(), scanner.Flags.ToArray());
    }

    /// <summary>Flags tokens that start inside a boilerplate range (ranges may come in any order).</summary>
    private static void MarkBoilerplate(TokenScanner scanner, IReadOnlyList<CharRange> boilerplate)
    {
        var ranges = new CharRange[boilerplate.Count];
        for (int i = 0; i < ranges.Length; i++) ranges[i] = boilerplate[i];
        Array.Sort(ranges, static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        var starts = scanner.Starts;
        var flags = scanner.Flags;
        int r = 0;
        for (int t = 0; t < starts.Length; t++)
        {
            while (r < ranges.Length && ranges[r].End <= starts[t]) r++;
            if (r == ranges.Length) break;
            for (int q = r; q < ranges.Length && ranges[q].Start <= starts[t]; q++)
            {
                if (ranges[q].Contains(starts[t]))
                {
                    flags[t] |= TokenFlags.Boilerplate;
                    break;
                }
            }
        }
    }
}
