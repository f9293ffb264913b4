namespace Dossier.Extraction.Time;

/// <summary>Which occurrence of a weekday a text means, seen from the document date.</summary>
internal enum TimeDirection : byte
{
    Past = 1,
    Future = 2,
    Nearest = 3,
}
