using Dossier.Pipeline;

namespace Dossier.Tests;

/// <summary>The repository's own models/ and lexicon/ as a Dossier home.</summary>
internal static class DossierHomeFor
{
    public static DossierHome Repo { get; } = Locate();

    private static DossierHome Locate()
    {
        Environment.SetEnvironmentVariable("DOSSIER_HOME", TestPaths.Repo);
        return DossierHome.Locate();
    }
}
