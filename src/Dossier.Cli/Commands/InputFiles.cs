namespace Dossier.Cli.Commands;

/// <summary>Expands command-line inputs (files, folders, '-') into an ordered list of sources.</summary>
public static class InputFiles
{
    public const string StandardInput = "-";

    /// <summary>
    /// Files in the order given; a folder's files recursively, in ordinal path order, skipping hidden files
    /// and sidecar metadata. A folder that cannot be listed is reported and the rest still expanded.
    /// </summary>
    public static List<string> Expand(IEnumerable<string> inputs, Action<string, string> onError)
    {
        ArgumentNullException.ThrowIfNull(inputs);
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
                var inDir = new List<string>();
                Walk(input, inDir, onError);
                inDir.Sort(StringComparer.Ordinal);
                files.AddRange(inDir);
            }
            else
            {
                // A dangling link is a file name that exists: let the reader say why it cannot be read.
                if (new FileInfo(input).LinkTarget is not null) files.Add(input);
                else onError(input, "no such file or directory");
            }
        }

        return files;
    }

    private static void Walk(string dir, List<string> files, Action<string, string> onError)
    {
        IEnumerable<string> entries;
        try
        {
            entries = [.. Directory.EnumerateFileSystemEntries(dir)];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            onError(dir, $"cannot list the folder: {ex.Message}");
            return;
        }

        foreach (var entry in entries)
        {
            if (Path.GetFileName(entry).StartsWith('.')) continue;
            if (Directory.Exists(entry))
            {
                // Linked folders are not followed: a link cycle would never end.
                if (new DirectoryInfo(entry).LinkTarget is null) Walk(entry, files, onError);
            }
            else if (IsDocumentFile(entry)) files.Add(entry);
        }
    }

    /// <summary>Sidecar metadata files (name.json beside name.txt) are read with their document, not alone.</summary>
    private static bool IsDocumentFile(string path)
    {
        if (!path.EndsWith(".json", StringComparison.OrdinalIgnoreCase)) return true;
        var stem = path[..^5];
        return !(File.Exists(stem + ".txt") || File.Exists(stem + ".html") || File.Exists(stem + ".htm"));
    }
}
