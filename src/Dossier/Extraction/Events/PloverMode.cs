namespace Dossier.Extraction.Events;

/// <summary>One row of the PLOVER table: type, mode, nearest CAMEO code and CAMEO quad class (1–4).</summary>
internal sealed record PloverMode(string Type, string Mode, string Cameo, int QuadClass);
