using Dossier.Text.Readers.Boilerplate;

namespace Dossier.Text.Readers;

/// <summary>How <see cref="DocumentReader"/> reads inputs. Immutable; share one instance across threads.</summary>
public sealed record ReaderOptions
{
    /// <summary>The default limit on one document: 20 MB (decimal megabytes) of encoded text.</summary>
    public const long DefaultMaxBytes = 20_000_000;

    /// <summary>
    /// The most bytes one document may have: a plain-text or HTML file, a JSON file, or one JSON Lines record.
    /// Larger inputs fail at once with a message naming both sizes; nothing is read past the limit.
    /// </summary>
    public long MaxBytes { get; init; } = DefaultMaxBytes;

    /// <summary>The input format; <see cref="DocumentFormat.Auto"/> chooses by extension, then by content.</summary>
    public DocumentFormat Format { get; init; } = DocumentFormat.Auto;

    /// <summary>Rules that mark crawl residue as boilerplate; null marks nothing.</summary>
    public BoilerplateRules? Boilerplate { get; init; }

    /// <summary>Defaults without boilerplate rules (they come from a lexicon file: see <see cref="BoilerplateRules.Load"/>).</summary>
    public static ReaderOptions Default { get; } = new();
}
