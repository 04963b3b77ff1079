using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Domain.Tally;
using CrimePreventionAward.Web.Features.Results;
using CrimePreventionAward.Web.Infrastructure.Data;

namespace CrimePreventionAward.Tests.Results;

public sealed class TallyReadTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    private sealed class ScoreLine
    {
        public long SheetId { get; init; }
        public long JurorId { get; init; }
        public long NominationId { get; init; }
        public long? CriterionId { get; init; }
        public int? Value { get; init; }
    }

    /// <summary>The read the tally made before the scores were packed: every score its own row, in sheet order.</summary>
    private const string RowByRow = """
        SELECT s.Id AS SheetId, s.JurorId, s.NominationId, v.CriterionId, v.Value
        FROM ScoreSheets s LEFT JOIN Scores v ON v.ScoreSheetId = s.Id
        WHERE s.Year = @Year
        ORDER BY s.Id, v.Id
        """;

    /// <summary>
    /// 24 nominations, 7 jurors, 5 weighted criteria and values drawn from a seeded random source: many equal means,
    /// two nominations scored alike by everyone (a Borda tie), some sheets with a criterion left open or no score at
    /// all, a nomination nobody scored, conflicts, and a score on a criterion of another edition that must not count.
    /// </summary>
    private async Task<IReadOnlyList<long>> RandomEditionAsync(int year)
    {
        var random = new Random(year);
        await Editions.Deciding(year).InPhase(Phase.Scoring, "Testdata").CreateAsync(app);
        var criteria = await ResultsTestData.AddCriteriaAsync(app, year);
        await Editions.Deciding(year + 1).InPhase(Phase.Scoring, "Testdata").CreateAsync(app);
        var foreign = (await ResultsTestData.AddCriteriaAsync(app, year + 1))[0];
        var nominations = new List<long>();
        for (var n = 0; n < 24; n++)
            nominations.Add(await new Nomination(year) { Title = $"Projekt {n}", CandidateName = $"Kandidat {n}", Organisation = $"Organisation {n % 5}" }.InsertAsync(app.Services));
        var jurors = new List<long>();
        for (var j = 0; j < 7; j++)
            jurors.Add(await Jurors.Build(year, $"Tæller {j}").SeatAsync(app));
        await JuryRows.ConflictAsync(app, year, jurors[1], nominations[3], "Ansat i organisationen");
        await JuryRows.ConflictAsync(app, year, jurors[4], nominations[10], "Ansat i organisationen");
        foreach (var nomination in nominations.Take(21))
        foreach (var juror in jurors)
        {
            var draw = random.Next(20);
            if (draw == 0) continue;
            int?[] values = draw == 1 ? [null, null, null, null, null] : [.. criteria.Select(_ => (int?)random.Next(3, 6))];
            if (draw == 2) values[random.Next(values.Length)] = null;
            await ResultsTestData.ScoreAsync(app, year, juror, nomination, criteria, values);
            if (draw == 3) await JuryRows.ScoreAsync(app, year, juror, nomination, [(foreign, 1)]);
        }
        foreach (var juror in jurors)
        {
            int?[] same = [.. criteria.Select(_ => (int?)random.Next(3, 6))];
            await ResultsTestData.ScoreAsync(app, year, juror, nominations[21], criteria, same);
            await ResultsTestData.ScoreAsync(app, year, juror, nominations[22], criteria, same);
        }
        return nominations;
    }

    [Fact]
    public async Task Packed_score_sheets_give_the_same_tally_bit_for_bit_as_reading_every_score()
    {
        const int year = 2140;
        var nominations = await RandomEditionAsync(year);

        var packed = await ResultsTestData.WithDb(app, db => TallyData.LoadAsync(db, year, CancellationToken.None));
        var lines = await ResultsTestData.WithDb(app, db => db.QueryAsync<ScoreLine>(RowByRow, new { Year = year }));
        var means = new List<JurorScore>();
        foreach (var sheet in lines.GroupBy(l => l.SheetId))
        {
            var scores = sheet.Where(l => l.CriterionId is not null).ToDictionary(l => l.CriterionId!.Value, l => l.Value);
            var mean = WeightedMean.Of(packed.Criteria.Select(c => new CriterionScore(c.Weight, scores.GetValueOrDefault(c.Id))).ToList());
            if (mean is { } m) means.Add(new JurorScore(sheet.First().JurorId, sheet.First().NominationId, m));
        }
        var expected = TallyResult.Compute(packed.Input with { Scores = means });

        means.Count.ShouldBeGreaterThan(100);
        packed.SheetMeans.ShouldBe(means);
        packed.Result.Rows.ShouldBe(expected.Rows);
        packed.Result.TopByMean.ShouldBe(expected.TopByMean);
        packed.Result.TopByNormalised.ShouldBe(expected.TopByNormalised);
        packed.Result.TopByBorda.ShouldBe(expected.TopByBorda);
        var twins = expected.Rows.Where(r => r.NominationId == nominations[21] || r.NominationId == nominations[22]).ToList();
        twins[0].Borda.ShouldBe(twins[1].Borda);
        expected.Rows.Single(r => r.NominationId == nominations[23]).Mean.Value.ShouldBeNull();
        expected.Rows.ShouldContain(r => r.Mean.Conflicted > 0);
    }

    [Fact]
    public async Task The_tally_reads_the_scores_from_their_covering_index_sheet_by_sheet_without_sorting()
    {
        var plan = await app.QueryPlanAsync(TallyData.PackedSheetsSql(SqlDialect.Sqlite), new { Year = 2142 });

        plan.ShouldContain("COVERING INDEX IX_Scores_SheetValues (ScoreSheetId=?)");
        plan.ShouldNotContain("TEMP B-TREE");
    }
}
