namespace Dossier.Text.Readers;

/// <summary>A source could not be read as a document; the message says which and why.</summary>
public sealed class DocumentReadException : Exception
{
    public DocumentReadException(string source, string reason, Exception? inner = null)
        : this(source, null, reason, inner)
    {
    }

    public DocumentReadException(string source, int? line, string reason, Exception? inner = null)
        : base(line is null ? $"{source}: {reason}" : $"{source}:{line}: {reason}", inner)
    {
        Source = source;
        Line = line;
        Reason = reason;
    }

    public new string Source { get; }

    /// <summary>The 1-based line of the failed record, when the source holds records.</summary>
    public int? Line { get; }

    public string Reason { get; }

    public ReadFailure ToFailure() => new(Source, Line, Reason);
}
