using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Spectre.Console;

namespace Dossier.Cli.Output;

/// <summary>Prints rows as a Spectre.Console table or as a JSON array of objects with the column names as keys.</summary>
internal static class RowOutput
{
    public static void Write(IReadOnlyList<string> columns, IEnumerable<object?[]> rows, bool json)
    {
        if (json) WriteJson(columns, rows);
        else WriteTable(columns, rows);
    }

    private static void WriteJson(IReadOnlyList<string> columns, IEnumerable<object?[]> rows)
    {
        using var stdout = Console.OpenStandardOutput();
        using (var writer = new Utf8JsonWriter(stdout, new JsonWriterOptions
        {
            Indented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            writer.WriteStartArray();
            foreach (var row in rows)
            {
                writer.WriteStartObject();
                for (int i = 0; i < columns.Count; i++)
                {
                    writer.WritePropertyName(columns[i]);
                    WriteValue(writer, row[i]);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        stdout.Write("\n"u8);
    }

    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case int i: writer.WriteNumberValue(i); break;
            case long l: writer.WriteNumberValue(l); break;
            case double d: writer.WriteNumberValue(d); break;
            default: writer.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture)); break;
        }
    }

    private static void WriteTable(IReadOnlyList<string> columns, IEnumerable<object?[]> rows)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in columns) table.AddColumn(new TableColumn(Markup.Escape(column)));
        int n = 0;
        foreach (var row in rows)
        {
            table.AddRow(row.Select(v => (Spectre.Console.Rendering.IRenderable)new Spectre.Console.Text(Cell(v))).ToArray());
            n++;
        }

        console.Write(table);
        console.WriteLine(n == 1 ? "1 row" : $"{n} rows");
    }

    private static string Cell(object? value)
    {
        var text = value switch
        {
            null => "",
            bool b => b ? "yes" : "no",
            _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
        };
        var single = new StringBuilder(text.Length);
        foreach (var c in text) single.Append(char.IsControl(c) ? ' ' : c);
        return single.Length > 120 ? single.ToString(0, 119) + "…" : single.ToString();
    }
}
