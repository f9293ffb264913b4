using System.Text.RegularExpressions;

namespace Dossier.Text.Readers.Boilerplate;

/// <summary>One compiled rule: a whole-line pattern, where it may match, and the longest line it may mark.</summary>
internal sealed record BoilerplateRule(string Id, string Kind, BoilerplatePosition Where, int MaxChars, Regex Pattern)
{
    /// <summary>True when the (trimmed) line is this kind of residue.</summary>
    public bool Matches(ReadOnlySpan<char> line) => line.Length <= MaxChars && Pattern.IsMatch(line);
}
