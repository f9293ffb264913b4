namespace Dossier.Store;

/// <summary>A child table that documents' layers are bulk-inserted into: its name and typed columns.</summary>
internal sealed record TableSpec(string Name, IReadOnlyList<(string Name, ColumnKind Kind)> Columns)
{
    public string ColumnList => string.Join(", ", Columns.Select(c => c.Name));
}
