using System.Globalization;

namespace Dossier.Text.Tokenization;

/// <summary>
/// Reads a lexicon TSV file: first line "# format-version&lt;TAB&gt;1", then rows of tab-separated columns.
/// Lines starting with '#' and blank lines are skipped. Every problem in the file is collected and reported
/// together, each as "file:line: CODE message".
/// </summary>
internal static class TsvLexiconFile
{
    public const int FormatVersion = 1;

    /// <summary>One data row with its 1-based line number.</summary>
    public readonly record struct Row(int Line, string[] Columns);

    public static List<Row> Read(string path, int minColumns, int maxColumns)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"{path}: DLX001 lexicon file is missing", path);
        var lines = File.ReadAllLines(path);
        var errors = new List<string>();
        var rows = new List<Row>();
        if (lines.Length == 0 || !IsVersionLine(lines[0]))
            errors.Add(Error(path, 1, "DLX002", $"first line must be '# format-version<TAB>{FormatVersion}'"));

        for (int i = 1; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || line[0] == '#') continue;
            var columns = line.Split('\t');
            if (columns.Length < minColumns || columns.Length > maxColumns)
            {
                errors.Add(Error(path, i + 1, "DLX003",
                    $"expected {minColumns}..{maxColumns} tab-separated columns, found {columns.Length}"));
                continue;
            }

            if (Array.Exists(columns, c => c.Length == 0 || c.Trim().Length != c.Length))
            {
                errors.Add(Error(path, i + 1, "DLX004", "empty column or stray whitespace around a column"));
                continue;
            }

            rows.Add(new Row(i + 1, columns));
        }

        ThrowIfAny(errors);
        return rows;
    }

    public static string Error(string path, int line, string code, string message) =>
        string.Create(CultureInfo.InvariantCulture, $"{path}:{line}: {code} {message}");

    public static void ThrowIfAny(List<string> errors)
    {
        if (errors.Count > 0) throw new InvalidDataException(string.Join(Environment.NewLine, errors));
    }

    private static bool IsVersionLine(string line)
    {
        var parts = line.Split('\t');
        return parts.Length == 2 && parts[0] == "# format-version" &&
               int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int v) && v == FormatVersion;
    }
}
