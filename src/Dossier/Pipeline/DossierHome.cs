namespace Dossier.Pipeline;

/// <summary>
/// Finds the folder that holds Dossier's shipped data (models/ and lexicon/): $DOSSIER_HOME if set,
/// else the first folder at or above the executable or the working directory that has both.
/// </summary>
public sealed class DossierHome
{
    private DossierHome(string root) => Root = root;

    public string Root { get; }

    public string Models => Path.Combine(Root, "models");

    public string Lexicon => Path.Combine(Root, "lexicon");

    public string ModelPath(string name) => Path.Combine(Models, name);

    public string LexiconPath(string relative) => Path.Combine(Lexicon, relative);

    public static DossierHome Locate()
    {
        var env = Environment.GetEnvironmentVariable("DOSSIER_HOME");
        if (!string.IsNullOrEmpty(env))
        {
            if (!IsHome(env))
                throw new DirectoryNotFoundException($"DOSSIER_HOME='{env}' has no models/ and lexicon/ folders");
            return new DossierHome(Path.GetFullPath(env));
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (IsHome(dir.FullName)) return new DossierHome(dir.FullName);
            }
        }

        throw new DirectoryNotFoundException(
            "cannot find Dossier's models/ and lexicon/ folders; run from the repository or set DOSSIER_HOME");
    }

    private static bool IsHome(string dir) =>
        Directory.Exists(Path.Combine(dir, "models")) && Directory.Exists(Path.Combine(dir, "lexicon"));
}
