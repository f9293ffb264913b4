namespace Dossier.Nlp.Gazetteers;

/// <summary>What a gazetteer name refers to. Values are flag bits so a name can belong to several kinds.</summary>
[Flags]
public enum PlaceKind : byte
{
    None = 0,
    Country = 1,
    /// <summary>A demonym or adjective of a country ("Kazakhstani", "French"); it names no place itself.</summary>
    Demonym = 2,
    City = 4,
    /// <summary>A first-level administrative division (state, province, region).</summary>
    Admin1 = 8,
}
