namespace Dossier.Text.Readers;

/// <summary>A source could not be read as a document; the message says which and why.</summary>
public sealed class DocumentReadException : Exception
{
    public DocumentReadException(string source, string reason, Exception? inner = null)
        : base($"{source}: {reason}", inner)
    {
        Source = source;
        Reason = reason;
    }

    public new string Source { get; }

    public string Reason { get; }
}
