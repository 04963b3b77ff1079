using CrimePreventionAward.Web.Domain.Tally;

namespace CrimePreventionAward.Tests.Domain;

public sealed class TallyTests
{
    private const long A = 10, B = 20, C = 30;
    private const long J1 = 1, J2 = 2, J3 = 3;

    [Fact]
    public void Weighted_mean_weighs_each_criterion()
    {
        // (2·5 + 1·3 + 1·1) / (2 + 1 + 1) = 14 / 4
        WeightedMean.Of([new(2, 5), new(1, 3), new(1, 1)]).ShouldBe(3.5);
    }

    [Fact]
    public void Weighted_mean_of_an_incomplete_sheet_is_missing_not_zero()
    {
        WeightedMean.Of([new(2, 5), new(1, null)]).ShouldBeNull();
        WeightedMean.Of([]).ShouldBeNull();
    }

    [Fact]
    public void Missing_scores_never_count_as_zero_and_conflicted_jurors_are_left_out()
    {
        // J3 is conflicted on B and has scored nothing; J2 has not scored B.
        var input = new TallyInput([J1, J2, J3], [A, B],
            [new(J1, A, 4), new(J2, A, 2), new(J1, B, 5), new(J3, B, 1)],
            new HashSet<(long, long)> { (J3, B) }, 1, 5);

        var mean = MeanTally.Compute(input);

        mean[A].ShouldBe(new MethodFigure(3.0, 2, 1, 0)); // (4 + 2) / 2, J3 missing — not (4 + 2 + 0) / 3
        mean[B].ShouldBe(new MethodFigure(5.0, 1, 1, 1)); // only J1 counts; J3's slipped-in 1 is ignored
    }

    [Fact]
    public void Nomination_nobody_scored_has_no_mean()
    {
        var input = new TallyInput([J1], [A, B], [new(J1, A, 4)], new HashSet<(long, long)>(), 1, 5);
        MeanTally.Compute(input)[B].ShouldBe(new MethodFigure(null, 0, 1, 0));
        Borda.Compute(input)[B].Value.ShouldBeNull();
    }

    /// <summary>
    /// J3 is much harsher than J1 and J2 and scored only B and C, which drags B's plain mean below A's.
    /// J1: A 4, B 5, C 3 → μ 4, σ √(2/3) ≈ 0.8165 → A 3, B 3 + 1/0.8165 ≈ 4.2247, C ≈ 1.7753
    /// J2: A 5, C 3      → μ 4, σ 1              → A 4, C 2
    /// J3: B 2, C 1      → μ 1.5, σ 0.5          → B 4, C 2
    /// plain:      A (4+5)/2 = 4.5, B (5+2)/2 = 3.5, C 7/3 ≈ 2.333 → A first
    /// normalised: A (3+4)/2 = 3.5, B (4.2247+4)/2 ≈ 4.1124, C (1.7753+2+2)/3 ≈ 1.9251 → B first
    /// </summary>
    private static TallyInput HarshJuror() => new([J1, J2, J3], [A, B, C],
        [new(J1, A, 4), new(J1, B, 5), new(J1, C, 3), new(J2, A, 5), new(J2, C, 3), new(J3, B, 2), new(J3, C, 1)],
        new HashSet<(long, long)>(), 1, 5);

    [Fact]
    public void Normalisation_changes_the_ranking_when_one_juror_is_much_harsher()
    {
        var input = HarshJuror();
        var mean = MeanTally.Compute(input);
        mean[A].Value.ShouldBe(4.5);
        mean[B].Value.ShouldBe(3.5);
        mean[C].Value!.Value.ShouldBe(7.0 / 3, 1e-9);

        var normalised = Normalisation.Compute(input);
        normalised[A].Value!.Value.ShouldBe(3.5, 1e-9);
        normalised[B].Value!.Value.ShouldBe((3 + 1 / Math.Sqrt(2.0 / 3) + 4) / 2, 1e-9);
        normalised[B].Value!.Value.ShouldBe(4.1124, 1e-4);
        normalised[C].Value!.Value.ShouldBe(1.9251, 1e-4);

        TallyResult.Top(mean).ShouldBe([A]);
        TallyResult.Top(normalised).ShouldBe([B]);
    }

    [Fact]
    public void Normalisation_clamps_to_the_scale_and_puts_a_flat_juror_at_the_middle()
    {
        // Nine 1s and one 5: μ 1.4, σ 1.2, z(5) = 3 → 3 + 3·1 = 6, clamped to 5.
        var nominations = Enumerable.Range(1, 10).Select(i => (long)i).ToList();
        var scores = nominations.Select(n => new JurorScore(J1, n, n == 10 ? 5 : 1))
            .Concat(nominations.Select(n => new JurorScore(J2, n, 4))).ToList();
        var input = new TallyInput([J1, J2], nominations, scores, new HashSet<(long, long)>(), 1, 5);

        var normalised = Normalisation.Normalise(input);

        normalised.Single(s => s is { JurorId: J1, NominationId: 10 }).Value.ShouldBe(5);
        normalised.Single(s => s is { JurorId: J1, NominationId: 1 }).Value.ShouldBe(3 - 0.4 / 1.2, 1e-9);
        normalised.Where(s => s.JurorId == J2).ShouldAllBe(s => s.Value == 3);
    }

    [Fact]
    public void Borda_counts_each_jurors_ordering_of_what_they_scored()
    {
        // J1: B > A > C → B 2, A 1, C 0;  J2: A > C → A 1, C 0;  J3: B > C → B 1, C 0.
        var borda = Borda.Compute(HarshJuror());
        borda[A].ShouldBe(new MethodFigure(2, 2, 1, 0));
        borda[B].ShouldBe(new MethodFigure(3, 2, 1, 0));
        borda[C].ShouldBe(new MethodFigure(0, 3, 0, 0));
    }

    [Fact]
    public void Borda_splits_the_points_of_a_tie()
    {
        var input = new TallyInput([J1], [A, B, C], [new(J1, A, 4), new(J1, B, 4), new(J1, C, 2)], new HashSet<(long, long)>(), 1, 5);
        var borda = Borda.Compute(input);
        borda[A].Value.ShouldBe(1.5);
        borda[B].Value.ShouldBe(1.5);
        borda[C].Value.ShouldBe(0);
    }

    [Fact]
    public void Borda_of_a_large_edition_with_ties_and_conflicts_gives_every_nomination_the_points_of_its_definition()
    {
        // The count sorts each juror's sheet once; here it is checked against the definition itself, pair by pair.
        var random = new Random(15);
        var jurors = Enumerable.Range(1, 12).Select(j => (long)j).ToList();
        var nominations = Enumerable.Range(1, 150).Select(n => (long)n).ToList();
        var scores = (from j in jurors from n in nominations where random.Next(10) > 0
                      select new JurorScore(j, n, random.Next(1, 6) * 0.5 + random.Next(3) / 3.0)).ToList();
        var conflicts = jurors.Select(j => (j, (long)random.Next(1, 151))).ToHashSet();
        var input = new TallyInput(jurors, nominations, scores, conflicts, 1, 5);

        var borda = Borda.Compute(input);

        foreach (var n in nominations)
        {
            var points = 0.0;
            var count = 0;
            foreach (var sheet in input.CountedScores.GroupBy(s => s.JurorId).Select(g => g.ToList()))
                foreach (var s in sheet.Where(s => s.NominationId == n))
                {
                    points += sheet.Count(o => o.Value < s.Value) + 0.5 * (sheet.Count(o => o.Value == s.Value) - 1);
                    count++;
                }
            borda[n].Value.ShouldBe(count == 0 ? null : points);
            borda[n].Count.ShouldBe(count);
        }
    }

    [Fact]
    public void Disagreement_is_flagged_when_the_methods_differ_about_the_top()
    {
        var result = TallyResult.Compute(HarshJuror());
        result.TopByMean.ShouldBe([A]);
        result.TopByNormalised.ShouldBe([B]);
        result.TopByBorda.ShouldBe([B]);
        result.MethodsDisagree.ShouldBeTrue();
    }

    [Fact]
    public void No_disagreement_when_every_method_puts_the_same_nomination_on_top()
    {
        var input = new TallyInput([J1, J2], [A, B],
            [new(J1, A, 5), new(J1, B, 2), new(J2, A, 4), new(J2, B, 3)], new HashSet<(long, long)>(), 1, 5);
        TallyResult.Compute(input).MethodsDisagree.ShouldBeFalse();
    }
}
