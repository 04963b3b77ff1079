using BenchmarkDotNet.Running;

namespace CrimePreventionAward.Benchmarks;

// Not a top-level program: the web app already has a global Program class.
public static class BenchmarkProgram
{
    /// <summary>
    /// Without a filter run every benchmark (the switcher would otherwise ask interactively); other arguments go on
    /// to BenchmarkDotNet, e.g. --filter *Schulze* --artifacts .artifacts/bench/dotnet
    /// </summary>
    public static void Main(string[] args)
    {
        var arguments = args.Any(a => a.StartsWith("--filter", StringComparison.Ordinal)) ? args : [.. args, "--filter", "*"];
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(arguments);
    }
}
