namespace Dossier.Text.Readers;

/// <summary>Why one input (or one record of it) could not be read.</summary>
/// <param name="Source">The file path or input name.</param>
/// <param name="Line">The 1-based line of the failed record in a JSON or JSON Lines file; null for a whole file.</param>
/// <param name="Reason">What is wrong, in words a user can act on.</param>
public sealed record ReadFailure(string Source, int? Line, string Reason)
{
    /// <summary><c>file</c> or <c>file:line</c>, in compiler style.</summary>
    public string Location => Line is { } line ? $"{Source}:{line.ToString(System.Globalization.CultureInfo.InvariantCulture)}" : Source;

    public override string ToString() => $"{Location}: {Reason}";
}
