namespace Dossier.Text;

/// <summary>Per-token markers written once by the stage that knows and read by every later stage.</summary>
[Flags]
public enum TokenFlags : ushort
{
    None = 0,
    /// <summary>No whitespace follows the token in the original text.</summary>
    NoSpaceAfter = 1,
    /// <summary>The token lies in text the reader marked as crawl residue or page furniture.</summary>
    Boilerplate = 2,
    Url = 4,
    Email = 8,
    Hashtag = 16,
    Mention = 32,
    Emoji = 64,
    Number = 128,
    /// <summary>The token lies inside a quotation.</summary>
    InQuote = 256,
    /// <summary>The token starts a new paragraph.</summary>
    ParagraphStart = 512,
}
