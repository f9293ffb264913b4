using System.Text;
using Dossier.Corpus.Export;
using Dossier.Serialization;
using Dossier.Text;

namespace Dossier.Cli.Output;

/// <summary>Writes analysed documents in the chosen format to a file or standard output.</summary>
public sealed class OutputSink : IDisposable
{
    private readonly TextWriter _writer;
    private readonly bool _ownsWriter;
    private readonly string _format;
    private readonly List<DossierOutput> _pending = [];
    private readonly CsvWriter _csv;
    private bool _csvHeaderWritten;

    private OutputSink(TextWriter writer, bool ownsWriter, string format)
    {
        _writer = writer;
        _ownsWriter = ownsWriter;
        _format = format;
        _csv = new CsvWriter(writer);
    }

    public static OutputSink Open(string? path, string format)
    {
        if (path is null)
        {
            var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false };
            return new OutputSink(stdout, true, format);
        }

        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null) Directory.CreateDirectory(dir);
        return new OutputSink(new StreamWriter(path, false, new UTF8Encoding(false)), true, format);
    }

    public void Write(Doc doc, bool includeTokens)
    {
        ArgumentNullException.ThrowIfNull(doc);
        if (_format == "events-csv")
        {
            WriteEventsCsv(doc);
            return;
        }

        var output = OutputBuilder.Build(doc, includeTokens || _format == "text");
        switch (_format)
        {
            case "jsonl":
                _writer.Write(DossierJson.Serialize(output, indented: false));
                _writer.Write('\n');
                break;
            case "json":
                _pending.Add(output);
                break;
            default:
                TextReport.Write(_writer, output);
                break;
        }

        _writer.Flush();
    }

    /// <summary>One CSV row per event (docs/events.md); the header is written once, before the first document.</summary>
    private void WriteEventsCsv(Doc doc)
    {
        if (!_csvHeaderWritten)
        {
            EventsCsv.WriteHeader(_csv);
            _csvHeaderWritten = true;
        }

        EventsCsv.WriteRows(_csv, doc);
        _writer.Flush();
    }

    /// <summary>Writes what a format holds back until the end: one object for one document, else an array.</summary>
    public void Complete()
    {
        if (_format == "events-csv" && !_csvHeaderWritten)
        {
            EventsCsv.WriteHeader(_csv);
            _csvHeaderWritten = true;
            _writer.Flush();
        }

        if (_format != "json") return;
        if (_pending.Count == 1)
        {
            _writer.Write(DossierJson.Serialize(_pending[0], indented: true));
        }
        else
        {
            _writer.Write('[');
            for (int i = 0; i < _pending.Count; i++)
            {
                if (i > 0) _writer.Write(',');
                _writer.Write('\n');
                _writer.Write(DossierJson.Serialize(_pending[i], indented: true));
            }

            _writer.Write("\n]");
        }

        _writer.Write('\n');
        _writer.Flush();
    }

    public void Dispose()
    {
        if (_ownsWriter) _writer.Dispose();
    }
}
