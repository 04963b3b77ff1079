using CrimePreventionAward.Web.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;

namespace CrimePreventionAward.Tests.Support;

/// <summary>
/// The results tests' scenarios on <see cref="JuryRows"/>: the five suggested criteria and score sheets written as one
/// row of values, with the deciding edition's dates (<see cref="Editions.Deciding"/>).
/// </summary>
public static class ResultsTestData
{
    /// <summary>Deadlines around the factory's "now" (25 November 2026 09:00 UTC): scoring closed, final vote open until 1 December.</summary>
    public static readonly DateTimeOffset FinalVoteDeadline = Editions.DecidingFinalVoteDeadline;
    public static readonly DateTimeOffset CeremonyAt = Editions.DecidingCeremonyAt;

    /// <summary>The five suggested criteria on a 1–5 scale; documented effect weighs double.</summary>
    public static async Task<IReadOnlyList<long>> AddCriteriaAsync(AwardFactory app, int year)
    {
        string[] names = ["Kriminalpræventiv effekt", "Nytænkning", "Forankring", "Overførbarhed", "Samarbejde"];
        var ids = new List<long>();
        for (var i = 0; i < names.Length; i++)
            ids.Add(await JuryRows.CriterionAsync(app, year, names[i], i + 1, weight: i == 0 ? 2.0 : 1.0));
        return ids;
    }

    /// <summary>One score sheet: values[i] for criteria[i]; a null value leaves that criterion unscored.</summary>
    public static Task ScoreAsync(AwardFactory app, int year, long jurorId, long nominationId, IReadOnlyList<long> criteria, params int?[] values) =>
        JuryRows.ScoreAsync(app, year, jurorId, nominationId,
            criteria.Select((c, i) => (Criterion: c, Value: values[i])).Where(s => s.Value is not null).Select(s => (s.Criterion, s.Value!.Value)));

    public static Task<T> WithDb<T>(AwardFactory app, Func<Db, Task<T>> work) =>
        app.WithScope(sp => work(sp.GetRequiredService<Db>()));
}
