namespace Dossier.Cli.Commands;

/// <summary>Expands command-line inputs (files, folders, '-') into an ordered list of sources.</summary>
public static class InputFiles
{
    public const string StandardInput = "-";

    /// <summary>Files in the order given; a folder's files recursively, in ordinal path order.</summary>
    public static List<string> Expand(IEnumerable<string> inputs, Action<string, string> onError)
    {
        ArgumentNullException.ThrowIfNull(onError);
        var files = new List<string>();
        foreach (var input in inputs)
        {
            if (input == StandardInput || File.Exists(input))
            {
                files.Add(input);
            }
            else if (Directory.Exists(input))
            {
                var inDir = Directory.EnumerateFiles(input, "*", new EnumerationOptions
                {
                    RecurseSubdirectories = true,
                    IgnoreInaccessible = false,
                    AttributesToSkip = System.IO.FileAttributes.Hidden,
                }).Where(IsDocumentFile).ToList();
                inDir.Sort(StringComparer.Ordinal);
                files.AddRange(inDir);
            }
            else
            {
                onError(input, "no such file or directory");
            }
        }

        return files;
    }

    /// <summary>Sidecar metadata files (name.json beside name.txt) are read with their document, not alone.</summary>
    private static bool IsDocumentFile(string path)
    {
        if (!path.EndsWith(".json", StringComparison.OrdinalIgnoreCase)) return true;
        var stem = path[..^5];
        return !(File.Exists(stem + ".txt") || File.Exists(stem + ".html") || File.Exists(stem + ".htm"));
    }
}
