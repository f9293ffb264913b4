namespace Dossier.Corpus.Export;

/// <summary>What <c>dossier export</c> writes.</summary>
internal enum ExportFormat
{
    /// <summary>One dossier/1 record per line, per analysed document.</summary>
    Jsonl,

    /// <summary>The documents table (analysed and failed).</summary>
    Csv,

    /// <summary>One row per event, GDELT-like columns.</summary>
    EventsCsv,

    /// <summary>The events, as in events-csv, in a Parquet file.</summary>
    Parquet,
}
