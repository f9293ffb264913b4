using Dossier.Serialization;

namespace Dossier.Store;

/// <summary>
/// A corpus of analysed documents. Every method is safe to call from several threads: each call takes its own
/// pooled connection. Writes are one transaction per batch, so the store is consistent after any crash.
/// </summary>
internal interface IStore : IDisposable
{
    /// <summary>"sqlite" or "postgres".</summary>
    string Backend { get; }

    /// <summary>The schema version after migrations.</summary>
    int SchemaVersion { get; }

    /// <summary>How many days apart event mentions may be and still cluster into one corpus event when written (default 1).</summary>
    int EventWindowDays { get; set; }

    /// <summary>Whether a document with this content hash is stored (analysed or failed).</summary>
    bool Contains(string contentHash);

    /// <summary>The key of the document with this content hash; null when none is stored.</summary>
    long? KeyOf(string contentHash);

    /// <summary>Which of these content hashes are stored: one round trip for many documents.</summary>
    IReadOnlySet<string> StoredHashes(IReadOnlyCollection<string> contentHashes);

    /// <summary>Writes a batch in one transaction; documents whose hash is already stored are left alone.</summary>
    WriteResult Write(IReadOnlyList<StoredDocument> batch);

    /// <summary>The dossier/1 record of an analysed document, exactly as it was written; null if absent or failed.</summary>
    DossierOutput? Load(long docKey);

    /// <summary>Documents matching the filter, in stable order (source path, id, content hash).</summary>
    IEnumerable<DocumentRow> Documents(DocumentFilter filter);

    /// <summary>Events matching the filter, with their actors resolved to names and codes.</summary>
    IEnumerable<EventRow> Events(EventFilter filter);

    /// <summary>Corpus actors (entities merged across documents), most documents first.</summary>
    IReadOnlyList<ActorRow> Actors(ActorFilter filter);

    /// <summary>Corpus events (event mentions clustered across documents) with their sources and figures.</summary>
    IReadOnlyList<CorpusEventRow> CorpusEvents(CorpusEventFilter filter);

    /// <summary>Stories of at least <paramref name="minDocuments"/> documents, largest first.</summary>
    IReadOnlyList<StoryRow> Stories(int minDocuments);

    StoreStats Stats();

    /// <summary>
    /// Merges documents stored without cross-document links (before schema 4) into corpus actors and events, in
    /// stable document order, one write transaction per batch; returns how many documents it merged.
    /// </summary>
    int MergeUnlinked();
}
