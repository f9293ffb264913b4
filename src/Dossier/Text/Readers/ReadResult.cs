using System.Diagnostics.CodeAnalysis;

namespace Dossier.Text.Readers;

/// <summary>One outcome of reading: a document, or the reason one document could not be read.</summary>
public sealed class ReadResult
{
    private ReadResult(SourceDocument? document, ReadFailure? failure)
    {
        Document = document;
        Failure = failure;
    }

    public SourceDocument? Document { get; }

    public ReadFailure? Failure { get; }

    [MemberNotNullWhen(true, nameof(Document))]
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool Succeeded => Document is not null;

    public static ReadResult Success(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new ReadResult(document, null);
    }

    public static ReadResult Failed(string source, string reason, int? line = null) =>
        new(null, new ReadFailure(source, line, reason));

    public override string ToString() => Succeeded ? $"ok {Document.Info.Id}" : $"failed {Failure}";
}
