namespace Dossier.Text.Tokenization;

/// <summary>How an abbreviation behaves at a possible sentence end.</summary>
internal enum AbbreviationKind : byte
{
    /// <summary>Not an abbreviation.</summary>
    None = 0,

    /// <summary>Precedes a name (Mr., Dr., Gen.) and never ends a sentence.</summary>
    Title = 1,

    /// <summary>May end a sentence (etc., Inc., a.m.); then its full stop is a token of its own.</summary>
    Other = 2,
}
