using System.Data;
using System.Data.Common;

namespace Dossier.Store;

/// <summary>
/// Cuts an event's evidence sentence out of its document's text (the sentence holding the evidence start, or
/// the evidence span itself when the document has no sentences). Caches the last document: event listings come
/// grouped by document.
/// </summary>
internal sealed class EvidenceSentences(DbConnection connection)
{
    private long _docKey = -1;
    private string _text = "";
    private int[] _starts = [];
    private int[] _ends = [];

    public string Sentence(long docKey, int start, int end)
    {
        if (docKey != _docKey) LoadDocument(docKey);
        int i = Array.BinarySearch(_starts, start);
        if (i < 0) i = ~i - 1;
        if (i >= 0 && start < _ends[i])
        {
            start = _starts[i];
            end = Math.Max(end, _ends[i]);
        }

        start = Math.Clamp(start, 0, _text.Length);
        end = Math.Clamp(end, start, _text.Length);
        return _text[start..end].Trim();
    }

    private void LoadDocument(long docKey)
    {
        _docKey = docKey;
        using (var cmd = SqlStore.Command(connection, null, "SELECT text FROM documents WHERE doc_key = @k"))
        {
            SqlStore.Param(cmd, "@k", docKey, DbType.Int64);
            _text = cmd.ExecuteScalar() as string ?? "";
        }

        var starts = new List<int>();
        var ends = new List<int>();
        using (var cmd = SqlStore.Command(connection, null,
                   "SELECT char_start, char_end FROM sentences WHERE doc_key = @k ORDER BY ord"))
        {
            SqlStore.Param(cmd, "@k", docKey, DbType.Int64);
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                starts.Add((int)SqlStore.Long(reader, 0));
                ends.Add((int)SqlStore.Long(reader, 1));
            }
        }

        _starts = [.. starts];
        _ends = [.. ends];
    }
}
