using System.Globalization;

namespace Dossier.Corpus.Export;

/// <summary>Writes RFC 4180 CSV: fields with comma, quote or line break are quoted, quotes doubled; LF line ends.</summary>
internal sealed class CsvWriter(TextWriter writer)
{
    public void Row(params object?[] fields)
    {
        for (int i = 0; i < fields.Length; i++)
        {
            if (i > 0) writer.Write(',');
            writer.Write(Escape(fields[i] switch
            {
                null => "",
                bool b => b ? "true" : "false",
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                var other => other.ToString() ?? "",
            }));
        }

        writer.Write('\n');
    }

    public static string Escape(string field)
    {
        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0) return field;
        return "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
