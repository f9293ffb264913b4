namespace Dossier.Text.Readers;

/// <summary>The input formats the readers understand.</summary>
public enum DocumentFormat
{
    /// <summary>Choose by file extension, then by looking at the content.</summary>
    Auto = 0,

    /// <summary>Plain text in UTF-8, UTF-16 (with BOM) or Windows-1252.</summary>
    Text = 1,

    /// <summary>An HTML page; the document is its main article text.</summary>
    Html = 2,

    /// <summary>A JSON file holding one record object or an array of them.</summary>
    Json = 3,

    /// <summary>JSON Lines: one record object per line.</summary>
    JsonLines = 4,
}
