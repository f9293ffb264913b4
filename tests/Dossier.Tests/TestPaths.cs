namespace Dossier.Tests;

/// <summary>Where the repository and the shared data sets are, seen from a test run.</summary>
internal static class TestPaths
{
    public static string Repo { get; } = FindRepo();

    /// <summary>../shared/data beside the repository (present on developer machines and in CI).</summary>
    /// <remarks>A checkout in a nested worktree folder finds it further up.</remarks>
    public static string SharedData { get; } = FindSharedData();

    public static string Samples => Path.Combine(Repo, "samples");

    public static string Shared(params string[] parts) => Path.Combine([SharedData, .. parts]);

    private static string FindSharedData()
    {
        for (var dir = new DirectoryInfo(Repo).Parent; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data");
            if (Directory.Exists(candidate)) return candidate;
        }

        return Path.GetFullPath(Path.Combine(Repo, "..", "shared", "data"));
    }

    private static string FindRepo()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Dossier.sln"))) return dir.FullName;
        }

        throw new DirectoryNotFoundException("cannot find the repository root (Dossier.sln) above the test binaries");
    }
}
