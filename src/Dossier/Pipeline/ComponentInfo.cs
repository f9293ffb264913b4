namespace Dossier.Pipeline;

/// <summary>What a component is called, which layers it needs and the one layer it writes.</summary>
public sealed record ComponentInfo(string Name, Layer Reads, Layer Writes);
