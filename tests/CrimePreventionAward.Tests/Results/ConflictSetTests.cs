using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Jury;
using CrimePreventionAward.Web.Features.Nominations;
using CrimePreventionAward.Web.Features.Results;

namespace CrimePreventionAward.Tests.Results;

/// <summary>
/// The edition's conflict set is found from its declared conflicts, not by asking the conflict rule about every juror
/// and nomination. It must hold exactly the pairs the rule holds for, asked pair by pair.
/// </summary>
public sealed class ConflictSetTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    /// <summary>The rule asked about every juror × nomination pair of the edition, as the set used to be read.</summary>
    private const string EveryPair = $"""
        SELECT j.Id AS JurorId, n.Id AS NominationId FROM Jurors j, Nominations n
        WHERE j.Year = @Year AND n.Year = @Year AND {ConflictRules.Conflicted}
        """;

    private sealed class Pair
    {
        public long JurorId { get; init; }
        public long NominationId { get; init; }
    }

    /// <summary>Names that differ only in case (Danish letters too), or by a space or a letter, and no name or an empty one.</summary>
    private static readonly string?[] Names =
    [
        "Østbyens Politi", "ØSTBYENS POLITI", "østbyens politi", "Østbyens Politi ", "Aarhus Kommune", "Århus Kommune", "ÅRHUS KOMMUNE",
        "Æblehaven", "æblehaven", "Tryg Fonden", "TRYGFONDEN", "", null,
    ];

    private async Task<HashSet<(long, long)>> EveryPairAsync(int year) =>
        (await ResultsTestData.WithDb(app, db => db.QueryAsync<Pair>(EveryPair, new { Year = year })))
            .Select(p => (p.JurorId, p.NominationId)).ToHashSet();

    /// <summary>
    /// Nominations (some drafts) with organisations and nominating organisations drawn from <see cref="Names"/>,
    /// jurors with conflicts on nominations and on organisations in any spelling, a conflict on another edition's
    /// nomination and another edition's juror conflicted on an organisation of this one.
    /// </summary>
    private async Task GenerateAsync(int year, int seed)
    {
        var random = new Random(seed);
        await Editions.Deciding(year).InPhase(Phase.Scoring, "Konflikter").CreateAsync(app);
        await Editions.Deciding(year + 1).InPhase(Phase.Scoring, "Andre konflikter").CreateAsync(app);
        var nominations = new List<long>();
        for (var n = 0; n < 30; n++)
            nominations.Add(await new Nomination(year)
            {
                Title = $"Projekt {n}", Organisation = Names[random.Next(Names.Length)], NominatorOrganisation = Names[random.Next(Names.Length)],
                Status = n % 7 == 0 ? NominationStatus.Draft : NominationStatus.Submitted,
            }.InsertAsync(app.Services));
        var elsewhere = await new Nomination(year + 1) { Title = "Andet år", Organisation = Names[0] }.InsertAsync(app.Services);
        for (var j = 0; j < 8; j++)
        {
            var juror = await Jurors.Build(year, $"Inhabil {seed} {j}").SeatAsync(app);
            for (var c = random.Next(4); c > 0; c--)
                if (random.Next(2) == 0)
                    await JuryRows.ConflictAsync(app, year, juror, nominations[random.Next(nominations.Count)], "Ansat");
                else
                    await JuryRows.ConflictAsync(app, year, juror, null, "Bestyrelse", Names[random.Next(Names.Length)] ?? "Ukendt");
            if (j == 0) await JuryRows.ConflictAsync(app, year, juror, elsewhere, "Ansat");
        }
        var other = await Jurors.Build(year + 1, $"Andet år {seed}").SeatAsync(app);
        await JuryRows.ConflictAsync(app, year + 1, other, null, "Bestyrelse", Names[0]);
    }

    [Theory]
    [InlineData(2150, 1)]
    [InlineData(2152, 2)]
    [InlineData(2154, 3)]
    public async Task The_set_from_the_declared_conflicts_is_the_rule_asked_pair_by_pair(int year, int seed)
    {
        await GenerateAsync(year, seed);

        var set = await ResultsTestData.WithDb(app, db => ConflictRules.EditionPairsAsync(db, year, CancellationToken.None));

        var expected = await EveryPairAsync(year);
        set.OrderBy(p => p).ShouldBe(expected.OrderBy(p => p));
        expected.Count.ShouldBeGreaterThan(8);
    }

    [Fact]
    public async Task The_jury_board_shows_as_conflicted_exactly_the_pairs_the_rule_holds_for()
    {
        const int year = 2158;
        await GenerateAsync(year, 4);

        var board = await ResultsTestData.WithDb(app, db => JuryBoard.LoadAsync(db, year, CancellationToken.None));

        var expected = await EveryPairAsync(year);
        var shown = (from j in board.JurorList from n in board.NominationList
                     where board.State(j.Id, n.Id) == SheetState.Conflicted select (j.Id, n.Id)).ToHashSet();
        shown.ShouldBe(expected.Where(p => board.NominationList.Any(n => n.Id == p.Item2)), ignoreOrder: true);
        shown.Count.ShouldBeGreaterThan(3);
    }

    [Fact]
    public async Task An_organisation_in_another_case_is_covered_and_one_with_another_spelling_is_not()
    {
        const int year = 2156;
        await Editions.Deciding(year).InPhase(Phase.Scoring, "Stavning").CreateAsync(app);
        var upper = await new Nomination(year) { Title = "Store bogstaver", Organisation = "ØSTBYENS POLITI", NominatorOrganisation = null }.InsertAsync(app.Services);
        var nominator = await new Nomination(year) { Title = "Indstiller", Organisation = "Andet", NominatorOrganisation = "østbyens politi" }.InsertAsync(app.Services);
        var spaced = await new Nomination(year) { Title = "Mellemrum", Organisation = "Østbyens Politi ", NominatorOrganisation = "Østbyen" }.InsertAsync(app.Services);
        var juror = await Jurors.Build(year, "Stavekontrol").SeatAsync(app);
        await JuryRows.ConflictAsync(app, year, juror, null, "Bestyrelse", "Østbyens Politi");

        var set = await ResultsTestData.WithDb(app, db => ConflictRules.EditionPairsAsync(db, year, CancellationToken.None));

        set.ShouldBe(new HashSet<(long, long)> { (juror, upper), (juror, nominator) }, ignoreOrder: true);
        (await EveryPairAsync(year)).ShouldBe(set, ignoreOrder: true);
        (await ResultsTestData.WithDb(app, db => ConflictRules.IsConflictedAsync(db, juror, spaced, CancellationToken.None))).ShouldBeFalse();
    }
}
