namespace Dossier.Store;

/// <summary>The value type of a bulk-inserted column (PostgreSQL's binary COPY needs it).</summary>
internal enum ColumnKind : byte
{
    Int,
    Long,
    Double,
    Bool,
    Text,
}
