using System.Globalization;

namespace Dossier.Serialization;

/// <summary>
/// Writes RFC 4180 CSV: fields separated by commas, records ended by CRLF, a field quoted when it holds a
/// comma, quote, CR or LF (quotes doubled inside), null written as an empty field.
/// </summary>
public sealed class CsvWriter
{
    private readonly TextWriter _writer;
    private bool _lineStarted;

    public CsvWriter(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _writer = writer;
    }

    public void Field(string? value)
    {
        if (_lineStarted) _writer.Write(',');
        _lineStarted = true;
        if (value is null) return;
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            _writer.Write(value);
            return;
        }

        _writer.Write('"');
        _writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        _writer.Write('"');
    }

    public void Field(double? value) => Field(value?.ToString("R", CultureInfo.InvariantCulture));

    public void Field(int value) => Field(value.ToString(CultureInfo.InvariantCulture));

    public void Field(bool value) => Field(value ? "true" : "false");

    public void EndRecord()
    {
        _writer.Write("\r\n");
        _lineStarted = false;
    }
}
