namespace Dossier.Cli;

/// <summary>Process exit codes shared by every command.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int DocumentFailed = 1;
    public const int Usage = 2;
}
