using BenchmarkDotNet.Running;

namespace Dossier.Bench;

/// <summary>
/// Micro-benchmarks of Dossier's pipeline stages (BenchmarkDotNet, with allocation counts).
/// Run: <c>dotnet run -c Release --project bench/Dossier.Bench -- --filter '*'</c>; docs/benchmarks.md has the figures.
/// </summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
