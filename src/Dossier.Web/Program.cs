namespace Dossier.Web;

/// <summary>
/// Stand-alone host (<c>dotnet run --project src/Dossier.Web</c>); <c>dossier serve</c> is the usual way in.
/// Settings come from configuration, e.g. <c>--Dossier:AllowWrites=true --urls http://127.0.0.1:5080</c>.
/// Not static: test hosts name it as their entry point.
/// </summary>
public sealed class Program
{
    private Program()
    {
    }

    public static void Main(string[] args)
    {
        using var app = DossierWebApp.Build(args, configure: null);
        app.Run();
    }
}
