using Dossier.Text.Readers;

namespace Dossier.Bench;

/// <summary>
/// The articles every benchmark processes: the first <see cref="Count"/> .txt files (ordinal order) of
/// $DOSSIER_BENCH_INPUT, else ../shared/data/news/allsides-world-politics (searched upwards), else the repo's samples/.
/// </summary>
internal static class BenchArticles
{
    public const int Count = 50;

    public static List<SourceDocument> Load(string repoRoot)
    {
        var folder = Environment.GetEnvironmentVariable("DOSSIER_BENCH_INPUT") is { Length: > 0 } configured
            ? configured
            : FirstExisting(SharedNews(repoRoot), Path.Combine(repoRoot, "samples"));
        var files = Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories).ToList();
        files.Sort(StringComparer.Ordinal);
        var sources = new List<SourceDocument>();
        foreach (var file in files)
        {
            if (sources.Count == Count) break;
            foreach (var result in DocumentReader.ReadFile(file))
            {
                if (result.Succeeded) sources.Add(result.Document);
            }
        }

        if (sources.Count == 0) throw new InvalidOperationException($"{folder}: no readable .txt articles");
        Console.WriteLine($"// {sources.Count} articles from {Path.GetFullPath(folder)}");
        return sources;
    }

    /// <summary>../shared/data/news/allsides-world-politics beside the repository, or beside a folder above it (nested worktrees).</summary>
    private static string SharedNews(string repoRoot)
    {
        for (var dir = new DirectoryInfo(repoRoot).Parent; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", "news", "allsides-world-politics");
            if (Directory.Exists(candidate)) return candidate;
        }

        return Path.Combine(repoRoot, "..", "shared", "data", "news", "allsides-world-politics");
    }

    private static string FirstExisting(params string[] folders)
    {
        foreach (var folder in folders)
        {
            if (Directory.Exists(folder)) return folder;
        }

        throw new DirectoryNotFoundException($"none of {string.Join(", ", folders)} exists; set DOSSIER_BENCH_INPUT");
    }
}
