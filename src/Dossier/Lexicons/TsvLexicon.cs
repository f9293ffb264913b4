using System.Globalization;

namespace Dossier.Lexicons;

/// <summary>
/// Reads a lexicon TSV file: the first line is the format tag <c># dossier-tsv/1</c>, then rows of exactly
/// the declared number of tab-separated columns; blank lines and lines starting with '#' are skipped.
/// All errors in a file are collected and reported together as <c>file:line: message</c>.
/// </summary>
internal static class TsvLexicon
{
    public const string FormatLine = "# dossier-tsv/1";

    /// <summary>One data row with the line it came from, for error messages.</summary>
    public sealed record Row(string File, int Line, string[] Fields)
    {
        public string Where => $"{File}:{Line.ToString(CultureInfo.InvariantCulture)}";
    }

    public static IReadOnlyList<Row> Read(string path, int columns)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"lexicon file '{path}' is missing", path);
        var lines = File.ReadAllLines(path);
        var name = Path.GetFileName(path);
        var rows = new List<Row>();
        var errors = new List<string>();
        if (lines.Length == 0 || !string.Equals(lines[0].TrimEnd(), FormatLine, StringComparison.Ordinal))
            errors.Add($"{path}:1: first line must be '{FormatLine}'");
        for (int i = 1; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || line[0] == '#' || line.Trim().Length == 0) continue;
            var fields = line.Split('\t');
            if (fields.Length != columns)
            {
                errors.Add($"{path}:{i + 1}: expected {columns} tab-separated columns, found {fields.Length}");
                continue;
            }

            bool empty = false;
            for (int f = 0; f < fields.Length; f++)
            {
                fields[f] = fields[f].Trim();
                empty |= fields[f].Length == 0;
            }

            if (empty)
            {
                errors.Add($"{path}:{i + 1}: empty column");
                continue;
            }

            rows.Add(new Row(name, i + 1, fields));
        }

        if (errors.Count > 0) throw new InvalidDataException(string.Join(Environment.NewLine, errors));
        return rows;
    }

    /// <summary>Validates rows with a check that returns an error message or null; throws with every error.</summary>
    public static void Check(string path, IReadOnlyList<Row> rows, Func<Row, string?> check)
    {
        var errors = new List<string>();
        foreach (var row in rows)
        {
            if (check(row) is { } message) errors.Add($"{path}:{row.Line.ToString(CultureInfo.InvariantCulture)}: {message}");
        }

        if (errors.Count > 0) throw new InvalidDataException(string.Join(Environment.NewLine, errors));
    }
}
