namespace Dossier.Nlp.Tagging;

/// <summary>
/// The three levels of a packed word-cluster id (fine &lt;&lt; 16 | mid &lt;&lt; 8 | coarse). Unknown-word and
/// padding values (above uint.MaxValue) pass through whole, so they stay distinct from every cluster.
/// </summary>
internal static class ClusterLevels
{
    public static ulong Fine(ulong packed) => packed > uint.MaxValue ? packed : packed >> 16;

    public static ulong Mid(ulong packed) => packed > uint.MaxValue ? packed : (packed >> 8) & 0xFF;

    public static ulong Coarse(ulong packed) => packed > uint.MaxValue ? packed : packed & 0xFF;
}
