using CrimePreventionAward.Web.Domain.Voting;

namespace CrimePreventionAward.Tests.Domain;

public sealed class SchulzeTests
{
    private const long A = 1, B = 2, C = 3, D = 4, E = 5;
    private static readonly long[] Five = [A, B, C, D, E];

    private static IEnumerable<RankedBallot> Many(int count, params long[] order) =>
        Enumerable.Range(0, count).Select(i => RankedBallot.FromOrder(i, order));

    /// <summary>The example in Wikipedia's "Schulze method" article: 45 voters, 5 candidates, winner E.</summary>
    private static List<RankedBallot> Wikipedia() =>
    [
        .. Many(5, A, C, B, E, D), .. Many(5, A, D, E, C, B), .. Many(8, B, E, D, A, C), .. Many(3, C, A, B, E, D),
        .. Many(7, C, A, E, B, D), .. Many(2, C, B, A, D, E), .. Many(7, D, C, E, B, A), .. Many(8, E, B, A, D, C),
    ];

    [Fact]
    public void Classic_45_voter_example_elects_E_with_the_published_matrices()
    {
        var result = Schulze.Compute(Five, Wikipedia());

        int[][] d = [[0, 20, 26, 30, 22], [25, 0, 16, 33, 18], [19, 29, 0, 17, 24], [15, 12, 28, 0, 14], [23, 27, 21, 31, 0]];
        int[][] p = [[0, 28, 28, 30, 24], [25, 0, 28, 33, 24], [25, 29, 0, 29, 24], [25, 28, 28, 0, 24], [25, 28, 28, 31, 0]];
        result.D.ShouldBe(d);
        result.P.ShouldBe(p);
        result.Winners.ShouldBe([E]);
    }

    [Fact]
    public void Condorcet_cycle_is_a_three_way_tie()
    {
        // A beats B, B beats C, C beats A, each 2 to 1.
        var result = Schulze.Compute([A, B, C],
            [RankedBallot.FromOrder(1, [A, B, C]), RankedBallot.FromOrder(2, [B, C, A]), RankedBallot.FromOrder(3, [C, A, B])]);

        result.DOf(A, B).ShouldBe(2);
        result.DOf(B, A).ShouldBe(1);
        result.POf(A, C).ShouldBe(2);
        result.POf(C, A).ShouldBe(2);
        result.Winners.ShouldBe([A, B, C]);
    }

    [Fact]
    public void Condorcet_winner_wins()
    {
        var result = Schulze.Compute([A, B, C],
            [RankedBallot.FromOrder(1, [B, A, C]), RankedBallot.FromOrder(2, [B, C, A]), RankedBallot.FromOrder(3, [A, B, C])]);
        result.Winners.ShouldBe([B]);
    }

    [Fact]
    public void Pairs_with_a_conflicted_candidate_are_not_counted_from_that_ballot()
    {
        // Voter 3 is conflicted on A: only B vs C counts from that ballot.
        var ballots = new[]
        {
            RankedBallot.FromOrder(1, [A, B, C]), RankedBallot.FromOrder(2, [B, A, C]), RankedBallot.FromOrder(3, [A, C, B], excluded: [A]),
        };
        var result = Schulze.Compute([A, B, C], ballots);

        result.DOf(A, B).ShouldBe(1);
        result.DOf(B, A).ShouldBe(1);
        result.DOf(A, C).ShouldBe(2);
        result.DOf(C, B).ShouldBe(1);
        result.DOf(B, C).ShouldBe(2);
        result.Winners.ShouldBe([A, B]);
    }
}
