using Dossier.Corpus;
using Dossier.Serialization;
using Dossier.Store;

namespace Dossier.Web.Tests.Api;

/// <summary>A SQLite corpus file in a fresh temporary folder, deleted afterwards.</summary>
internal sealed class TempDb : IDisposable
{
    private readonly string _dir = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "dossier-web-tests", Guid.NewGuid().ToString("n"));

    public TempDb()
    {
        Directory.CreateDirectory(_dir);
        Path = System.IO.Path.Combine(_dir, "corpus.db");
    }

    public string Path { get; }

    /// <summary>Stores records directly (as `dossier ingest` would), for layers the pipeline does not produce yet.</summary>
    public void Store(params DossierOutput[] records)
    {
        using var store = StoreFactory.Open(Path);
        store.Write([.. records.Select(r => StoredDocument.Analysed(ContentHash.Of(r.Document.Url, r.Document.Text), r, null, null))]);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // A pooled handle may linger for a moment; the temp folder is cleaned by the OS eventually.
        }
    }
}
