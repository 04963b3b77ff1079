using CrimePreventionAward.Web.Domain.Tally;

namespace CrimePreventionAward.Tests.Domain;

/// <summary>
/// The tally counts every method in one pass over the scores. Here each figure is counted again the straightforward
/// way, from the definitions (every juror asked about every nomination, every score filtered by its conflict), and
/// the two must agree bit for bit: a last-bit difference in a mean can change a tie.
/// </summary>
public sealed class TallyCountingTests
{
    private static readonly double[] Weights = [0.35, 0.1, 0.2, 0.15, 0.2];

    /// <summary>
    /// Weighted means of random sheets (many ties), sheets left open, jurors who scored nothing, conflicts declared
    /// on nominations (some after a score slipped in) and on nominations outside the tally, a conflicted juror no
    /// longer in the jury, and scores on a nomination that is not tallied (withdrawn after it was scored).
    /// </summary>
    private static TallyInput Edition(int seed, int nominationCount, int jurorCount)
    {
        var random = new Random(seed);
        var jurors = Enumerable.Range(1, jurorCount).Select(j => 100L + j).ToList();
        var nominations = Enumerable.Range(1, nominationCount).Select(n => 5000L + n * 3).ToList();
        var withdrawn = 4999L;
        var conflicts = new HashSet<(long, long)>();
        foreach (var juror in jurors)
            for (var c = random.Next(4); c > 0; c--)
                conflicts.Add((juror, random.Next(4) == 0 ? withdrawn : nominations[random.Next(nominations.Count)]));
        conflicts.Add((99, nominations[0]));
        var scores = new List<JurorScore>();
        // Sheets arrive in the order they were saved: jurors interleaved, not grouped.
        var pairs = (from j in jurors from n in nominations.Append(withdrawn) select (j, n)).OrderBy(_ => random.Next()).ToList();
        foreach (var (juror, nomination) in pairs)
        {
            if (juror == jurors[^1] || random.Next(12) == 0) continue;
            int?[] values = [.. Weights.Select(_ => (int?)random.Next(1, 6))];
            if (random.Next(15) == 0) values[random.Next(values.Length)] = null;
            if (WeightedMean.Of(Weights, values) is { } mean) scores.Add(new JurorScore(juror, nomination, mean));
        }
        return new TallyInput(jurors, nominations, scores, conflicts, 1, 5);
    }

    public static TheoryData<int, int, int> Editions => new()
    {
        { 1, 40, 9 }, { 2, 200, 30 }, { 3, 7, 3 }, { 4, 1, 2 }, { 5, 120, 1 },
    };

    private static IEnumerable<JurorScore> Counted(TallyInput input) =>
        input.Scores.Where(s => !input.Conflicts.Contains((s.JurorId, s.NominationId)));

    private static int ConflictedOn(TallyInput input, long nomination) =>
        input.Jurors.Count(j => input.Conflicts.Contains((j, nomination)));

    private static MethodFigure Figure(TallyInput input, long nomination, List<double> values, double? value) =>
        new(value, values.Count, Math.Max(0, input.Jurors.Count - ConflictedOn(input, nomination) - values.Count), ConflictedOn(input, nomination));

    private static Dictionary<long, MethodFigure> MeanByDefinition(TallyInput input, IEnumerable<JurorScore> scores) =>
        input.Nominations.ToDictionary(n => n, n =>
        {
            var values = scores.Where(s => s.NominationId == n).Select(s => s.Value).ToList();
            return Figure(input, n, values, values.Count == 0 ? null : values.Average());
        });

    /// <summary>Each juror's counted scores as z-scores on the scale, juror by juror in the order they first scored.</summary>
    private static List<JurorScore> NormalisedByDefinition(TallyInput input)
    {
        var (mid, quarter) = ((input.ScaleMin + input.ScaleMax) / 2, (input.ScaleMax - input.ScaleMin) / 4);
        var normalised = new List<JurorScore>();
        foreach (var juror in Counted(input).Select(s => s.JurorId).Distinct().ToList())
        {
            var sheet = Counted(input).Where(s => s.JurorId == juror).ToList();
            var mean = sheet.Select(s => s.Value).Average();
            var sd = Math.Sqrt(sheet.Select(s => (s.Value - mean) * (s.Value - mean)).Sum() / sheet.Count);
            normalised.AddRange(sheet.Select(s => s with
            {
                Value = sd < 1e-12 ? mid : Math.Clamp(mid + (s.Value - mean) / sd * quarter, input.ScaleMin, input.ScaleMax),
            }));
        }
        return normalised;
    }

    private static Dictionary<long, MethodFigure> BordaByDefinition(TallyInput input)
    {
        var sheets = Counted(input).Select(s => s.JurorId).Distinct().ToList()
            .Select(juror => Counted(input).Where(s => s.JurorId == juror).ToList()).ToList();
        return input.Nominations.ToDictionary(n => n, n =>
        {
            var points = 0.0;
            var values = new List<double>();
            foreach (var sheet in sheets)
            {
                foreach (var s in sheet.Where(s => s.NominationId == n))
                {
                    points += sheet.Count(o => o.Value < s.Value) + 0.5 * (sheet.Count(o => o.Value == s.Value) - 1);
                    values.Add(s.Value);
                }
            }
            return Figure(input, n, values, values.Count == 0 ? null : points);
        });
    }

    private static void ShouldBeBitForBit(IReadOnlyDictionary<long, MethodFigure> actual, Dictionary<long, MethodFigure> expected)
    {
        actual.Keys.ShouldBe(expected.Keys, ignoreOrder: true);
        foreach (var (n, figure) in expected)
        {
            actual[n].ShouldBe(figure, $"nomination {n}");
            Bits(actual[n].Value).ShouldBe(Bits(figure.Value), $"nomination {n}");
        }
    }

    private static long? Bits(double? value) => value is { } v ? BitConverter.DoubleToInt64Bits(v) : null;

    [Theory]
    [MemberData(nameof(Editions))]
    public void The_mean_is_the_definitions_mean_bit_for_bit(int seed, int nominations, int jurors)
    {
        var input = Edition(seed, nominations, jurors);
        ShouldBeBitForBit(MeanTally.Compute(input), MeanByDefinition(input, Counted(input)));
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void Normalised_scores_and_their_mean_are_the_definitions_bit_for_bit(int seed, int nominations, int jurors)
    {
        var input = Edition(seed, nominations, jurors);
        var expected = NormalisedByDefinition(input);

        var normalised = Normalisation.Normalise(input);

        normalised.Select(s => (s.JurorId, s.NominationId, BitConverter.DoubleToInt64Bits(s.Value)))
            .ShouldBe(expected.Select(s => (s.JurorId, s.NominationId, BitConverter.DoubleToInt64Bits(s.Value))));
        ShouldBeBitForBit(Normalisation.Compute(input), MeanByDefinition(input, expected));
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void Borda_points_are_the_definitions_bit_for_bit(int seed, int nominations, int jurors)
    {
        var input = Edition(seed, nominations, jurors);
        ShouldBeBitForBit(Borda.Compute(input), BordaByDefinition(input));
    }

    [Theory]
    [MemberData(nameof(Editions))]
    public void The_whole_tally_ranks_and_tops_the_definitions_figures(int seed, int nominations, int jurors)
    {
        var input = Edition(seed, nominations, jurors);
        var (mean, normalised, borda) = (MeanByDefinition(input, Counted(input)), MeanByDefinition(input, NormalisedByDefinition(input)), BordaByDefinition(input));

        var result = TallyResult.Compute(input);

        result.Rows.ShouldBe(input.Nominations.Select(n => new NominationTally(n, mean[n], normalised[n], borda[n]))
            .OrderByDescending(r => r.Mean.Value ?? double.MinValue).ToList());
        foreach (var row in result.Rows)
        {
            Bits(row.Mean.Value).ShouldBe(Bits(mean[row.NominationId].Value));
            Bits(row.Normalised.Value).ShouldBe(Bits(normalised[row.NominationId].Value));
            Bits(row.Borda.Value).ShouldBe(Bits(borda[row.NominationId].Value));
        }
        result.TopByMean.ShouldBe(TallyResult.Top(mean));
        result.TopByNormalised.ShouldBe(TallyResult.Top(normalised));
        result.TopByBorda.ShouldBe(TallyResult.Top(borda));
    }

    [Fact]
    public void The_generated_editions_hold_what_the_counting_must_get_right()
    {
        var input = Edition(2, 200, 30);
        var counted = Counted(input).ToList();
        counted.Count.ShouldBeLessThan(input.Scores.Count); // scores by jurors conflicted after they scored
        input.Scores.ShouldContain(s => !input.Nominations.Contains(s.NominationId));
        input.Nominations.ShouldContain(n => ConflictedOn(input, n) > 0);
        input.Conflicts.ShouldContain(c => !input.Jurors.Contains(c.JurorId));
        input.Jurors.ShouldContain(j => counted.All(s => s.JurorId != j));
        counted.GroupBy(s => s.NominationId).ShouldContain(g => g.Select(s => s.Value).Distinct().Count() < g.Count()); // ties
    }
}
