using CrimePreventionAward.Web.Domain.Voting;

namespace CrimePreventionAward.Tests.Domain;

public sealed class TieBreakTests
{
    private const long A = 1, B = 2, C = 3;
    private static readonly RankedBallot[] Cycle =
        [RankedBallot.FromOrder(1, [A, B, C]), RankedBallot.FromOrder(2, [B, C, A]), RankedBallot.FromOrder(3, [C, A, B])];

    [Fact]
    public void A_single_Schulze_winner_needs_no_tie_break()
    {
        var outcome = TieBreak.Resolve([B], new Dictionary<long, double?>(), null);
        outcome.WinnerId.ShouldBe(B);
        outcome.Steps.Select(s => s.Rule).ShouldBe([TieBreak.SchulzeRule]);
    }

    [Fact]
    public void Schulze_tie_is_broken_by_the_higher_shortlist_tally()
    {
        var winners = Schulze.Compute([A, B, C], Cycle).Winners;
        var outcome = TieBreak.Resolve(winners, new Dictionary<long, double?> { [A] = 3.2, [B] = 4.1, [C] = 3.9 }, Cycle[0]);

        outcome.WinnerId.ShouldBe(B);
        outcome.Steps.Select(s => s.Rule).ShouldBe([TieBreak.SchulzeRule, TieBreak.TallyRule]);
        outcome.Steps[1].Candidates.ShouldBe([A, B, C]);
        outcome.Steps[1].Remaining.ShouldBe([B]);
    }

    [Fact]
    public void Full_tie_is_resolved_by_the_chairs_casting_vote()
    {
        // A perfect cycle and an equal tally: only the chair (voter 2: B > C > A) can decide.
        var winners = Schulze.Compute([A, B, C], Cycle).Winners;
        var tally = new Dictionary<long, double?> { [A] = 4.0, [B] = 4.0, [C] = 4.0 };

        var outcome = TieBreak.Resolve(winners, tally, Cycle[1]);

        outcome.WinnerId.ShouldBe(B);
        outcome.Steps.Select(s => s.Rule).ShouldBe([TieBreak.SchulzeRule, TieBreak.TallyRule, TieBreak.CastingVoteRule]);
        outcome.Steps[1].Remaining.ShouldBe([A, B, C]);
        outcome.Steps[2].Remaining.ShouldBe([B]);
    }

    [Fact]
    public void Casting_vote_only_looks_at_the_tied_nominees()
    {
        // Tally leaves A and C; the chair ranks B first but C above A, so C wins.
        var outcome = TieBreak.Resolve([A, B, C], new Dictionary<long, double?> { [A] = 4, [B] = 3, [C] = 4 },
            RankedBallot.FromOrder(9, [B, C, A]));
        outcome.WinnerId.ShouldBe(C);
        outcome.Steps[2].Candidates.ShouldBe([A, C]);
    }

    [Fact]
    public void Tie_stays_unresolved_and_recorded_when_the_chair_has_not_voted()
    {
        var outcome = TieBreak.Resolve([A, B], new Dictionary<long, double?> { [A] = 4, [B] = 4 }, null);
        outcome.WinnerId.ShouldBeNull();
        outcome.Steps.Count.ShouldBe(3);
        outcome.Steps[2].Remaining.ShouldBe([A, B]);
    }

    [Fact]
    public void A_chair_conflicted_on_a_tied_nominee_is_passed_over_for_the_next_juror_in_jury_order()
    {
        // The chair (voter 9) is conflicted on A and ranks B first; before, that decided for B.
        var chair = RankedBallot.FromOrder(9, [B, C], excluded: [A]);
        var outcome = TieBreak.Resolve([A, B], new Dictionary<long, double?>(), chair,
            [RankedBallot.FromOrder(4, [C], excluded: [A, B]), RankedBallot.FromOrder(5, [A, B, C])], lotSeed: 1);

        outcome.WinnerId.ShouldBe(A);
        outcome.Steps.Select(s => s.Rule).ShouldBe(
            [TieBreak.SchulzeRule, TieBreak.TallyRule, TieBreak.CastingVoteRule, TieBreak.JurorVoteRule, TieBreak.JurorVoteRule]);
        outcome.Steps.Select(s => s.JurorId).ShouldBe([null, null, 9L, 4L, 5L]);
        outcome.Steps[2].Remaining.ShouldBe([A, B]);
    }

    [Fact]
    public void A_lot_with_the_recorded_seed_ends_the_chain_and_draws_the_same_every_time()
    {
        var first = TieBreak.Resolve([C, A, B], new Dictionary<long, double?>(), null, [], lotSeed: 7);
        var again = TieBreak.Resolve([C, A, B], new Dictionary<long, double?>(), null, [], lotSeed: 7);

        first.WinnerId.ShouldBe(B); // A, B, C by id: 7 mod 3 = 1 → the second
        again.WinnerId.ShouldBe(first.WinnerId);
        first.Steps[^1].Rule.ShouldBe(TieBreak.LotRule);
        first.Steps[^1].Seed.ShouldBe(7);
        first.Steps[^1].Remaining.ShouldBe([B]);
    }
}
