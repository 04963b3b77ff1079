using BenchmarkDotNet.Attributes;
using CrimePreventionAward.Web.Domain.Tally;

namespace CrimePreventionAward.Benchmarks;

/// <summary>The tally of one edition, method by method and whole (weighted means of every sheet + TallyResult).</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 5)]
public class TallyBenchmarks
{
    public static IEnumerable<Edition> Editions =>
    [
        new("40n×9j×5c", nominations: 40, jurors: 9, criteria: 5),
        new("300n×25j×5c", nominations: 300, jurors: 25, criteria: 5),
    ];

    [ParamsSource(nameof(Editions))]
    public Edition Edition { get; set; } = null!;

    [Benchmark]
    public List<JurorScore> WeightedMeans() => Edition.MeansOf(Edition.Sheets);

    [Benchmark]
    public IReadOnlyDictionary<long, MethodFigure> Mean() => MeanTally.Compute(Edition.Input);

    [Benchmark]
    public IReadOnlyDictionary<long, MethodFigure> Normalised() => Normalisation.Compute(Edition.Input);

    [Benchmark]
    public IReadOnlyDictionary<long, MethodFigure> BordaCount() => Borda.Compute(Edition.Input);

    [Benchmark]
    public TallyResult Result() => TallyResult.Compute(Edition.Input);

    /// <summary>What the results page computes in memory once the rows are read: every sheet's mean, then all methods.</summary>
    [Benchmark]
    public bool WholeTally()
    {
        var input = Edition.Input with { Scores = Edition.MeansOf(Edition.Sheets) };
        return TallyResult.Compute(input).MethodsDisagree;
    }
}
