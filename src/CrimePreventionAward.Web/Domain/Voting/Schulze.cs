namespace CrimePreventionAward.Web.Domain.Voting;

/// <summary>
/// One juror's ranked ballot: rank per candidate (1 = best; equal ranks are a tie; unranked candidates are not
/// compared). Pairs involving an excluded candidate (the juror's conflict) are not counted from this ballot.
/// </summary>
public sealed record RankedBallot(long VoterId, IReadOnlyDictionary<long, int> Ranks, IReadOnlySet<long> Excluded)
{
    public static RankedBallot FromOrder(long voter, IEnumerable<long> bestFirst, IEnumerable<long>? excluded = null) =>
        new(voter, bestFirst.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i + 1), (excluded ?? []).ToHashSet());

    public bool Prefers(long a, long b) =>
        !Excluded.Contains(a) && !Excluded.Contains(b)
        && Ranks.TryGetValue(a, out var ra) && Ranks.TryGetValue(b, out var rb) && ra < rb;
}

/// <summary>The Schulze (beatpath) result: d[i,j] voters preferring i to j, p[i,j] the strongest path, and the winners.</summary>
public sealed record SchulzeResult(IReadOnlyList<long> Candidates, int[][] D, int[][] P, IReadOnlyList<long> Winners)
{
    public int DOf(long a, long b) => D[Index(a)][Index(b)];
    public int POf(long a, long b) => P[Index(a)][Index(b)];
    private int Index(long c) => Candidates.ToList().IndexOf(c);
}

public static class Schulze
{
    /// <summary>Strength of a link is its winning votes d[i,j] when d[i,j] &gt; d[j,i], otherwise 0 (no link).</summary>
    public static SchulzeResult Compute(IReadOnlyList<long> candidates, IEnumerable<RankedBallot> ballots)
    {
        var n = candidates.Count;
        var d = Square(n);
        foreach (var ballot in ballots)
            for (var i = 0; i < n; i++)
                for (var j = 0; j < n; j++)
                    if (i != j && ballot.Prefers(candidates[i], candidates[j])) d[i][j]++;

        var p = Square(n);
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++)
                if (i != j && d[i][j] > d[j][i]) p[i][j] = d[i][j];

        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++)
                if (i != j)
                    for (var k = 0; k < n; k++)
                        if (i != k && j != k) p[j][k] = Math.Max(p[j][k], Math.Min(p[j][i], p[i][k]));

        var winners = Enumerable.Range(0, n)
            .Where(i => Enumerable.Range(0, n).All(j => i == j || p[i][j] >= p[j][i]))
            .Select(i => candidates[i]).ToList();
        return new SchulzeResult(candidates, d, p, winners);
    }

    private static int[][] Square(int n) => Enumerable.Range(0, n).Select(_ => new int[n]).ToArray();
}
