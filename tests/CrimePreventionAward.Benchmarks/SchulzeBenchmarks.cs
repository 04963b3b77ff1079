using BenchmarkDotNet.Attributes;
using CrimePreventionAward.Web.Domain.Voting;

namespace CrimePreventionAward.Benchmarks;

/// <summary>
/// The final vote: 3 nominees is DKR's shortlist, 10 and 30 are headroom; 9 ballots is a jury, 1,000 a public vote.
/// Each ballot ranks every candidate in a seeded random order; one voter in nine is conflicted on one candidate.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 5)]
public class SchulzeBenchmarks
{
    private List<long> candidates = [];
    private List<RankedBallot> ballots = [];

    [Params(3, 10, 30)]
    public int Candidates { get; set; }

    [Params(9, 1000)]
    public int Ballots { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(Candidates * 7919 + Ballots);
        candidates = Enumerable.Range(1, Candidates).Select(c => 100L + c).ToList();
        ballots = Enumerable.Range(1, Ballots).Select(v =>
        {
            var order = candidates.OrderBy(_ => random.Next()).ToList();
            long[] excluded = v % 9 == 0 ? [order[random.Next(order.Count)]] : [];
            return RankedBallot.FromOrder(v, order.Where(c => !excluded.Contains(c)), excluded);
        }).ToList();
    }

    [Benchmark]
    public IReadOnlyList<long> Compute() => Schulze.Compute(candidates, ballots).Winners;
}
