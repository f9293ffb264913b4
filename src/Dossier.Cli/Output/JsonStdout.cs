using System.Text.Encodings.Web;
using System.Text.Json;

namespace Dossier.Cli.Output;

/// <summary>Writes one JSON object to standard output, then a newline: the shape of every `--json` option.</summary>
internal static class JsonStdout
{
    public static void WriteObject(Action<Utf8JsonWriter> body, bool indented = true)
    {
        using var stdout = Console.OpenStandardOutput();
        var options = new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var writer = new Utf8JsonWriter(stdout, options))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        stdout.WriteByte((byte)'\n');
    }
}
