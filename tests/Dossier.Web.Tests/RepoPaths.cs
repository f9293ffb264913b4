namespace Dossier.Web.Tests;

/// <summary>Where the repository (and its bundled samples) is, seen from a test run.</summary>
internal static class RepoPaths
{
    public static string Repo { get; } = FindRepo();

    public static string Sample(string name) => Path.Combine(Repo, "samples", name);

    public static string Screenshots => Path.Combine(Repo, "artifacts", "screenshots");

    private static string FindRepo()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Dossier.sln"))) return dir.FullName;
        }

        throw new DirectoryNotFoundException("cannot find the repository root (Dossier.sln) above the test binaries");
    }
}
