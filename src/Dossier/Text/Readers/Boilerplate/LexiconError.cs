namespace Dossier.Text.Readers.Boilerplate;

/// <summary>One problem in a lexicon file, in compiler format: <c>file:line: CODE message</c>.</summary>
public sealed record LexiconError(string File, int Line, string Code, string Message)
{
    public override string ToString() =>
        $"{File}:{Line.ToString(System.Globalization.CultureInfo.InvariantCulture)}: {Code} {Message}";
}
