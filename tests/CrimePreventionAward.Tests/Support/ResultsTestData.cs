using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Editions;
using CrimePreventionAward.Web.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;

namespace CrimePreventionAward.Tests.Support;

/// <summary>
/// Jurors, criteria, nominations, conflicts and score sheets written straight into the database: the commands that
/// make them belong to other slices, and the results only read what they leave behind.
/// </summary>
public static class ResultsTestData
{
    public const string JurorPassword = Jurors.Password;

    /// <summary>Deadlines around the factory's "now" (25 November 2026 09:00 UTC): scoring closed, final vote open until 1 December.</summary>
    public static readonly DateTimeOffset FinalVoteDeadline = Editions.DecidingFinalVoteDeadline;
    public static readonly DateTimeOffset CeremonyAt = Editions.DecidingCeremonyAt;

    public static async Task CreateEditionAsync(AwardFactory app, int year, Phase phase = Phase.Scoring) =>
        await Editions.Deciding(year).InPhase(phase, "Testdata").CreateAsync(app);

    public static Task MoveAsync(AwardFactory app, int year, Phase phase) =>
        app.SendAsSystem(new ChangePhase.Command(year, phase, "Testdata"));

    public static Task<long> AddJurorAsync(AwardFactory app, int year, string name, string email, bool isChair = false, string organisation = "Testorganisation") =>
        Jurors.Build(year, name).WithEmail(email).From(organisation).AsChair(isChair).WithPassword().SeatAsync(app);

    /// <summary>The five suggested criteria on a 1–5 scale; documented effect weighs double.</summary>
    public static async Task<IReadOnlyList<long>> AddCriteriaAsync(AwardFactory app, int year)
    {
        string[] names = ["Kriminalpræventiv effekt", "Nytænkning", "Forankring", "Overførbarhed", "Samarbejde"];
        var ids = new List<long>();
        for (var i = 0; i < names.Length; i++)
            ids.Add(await JuryRows.CriterionAsync(app, year, names[i], i + 1, weight: i == 0 ? 2.0 : 1.0));
        return ids;
    }

    public static Task<long> AddNominationAsync(AwardFactory app, int year, string title, string candidate, string organisation) =>
        new Nomination(year)
        {
            CandidateName = candidate, Title = title, Organisation = organisation, Description = "Beskrivelse", NominatorOrganisation = organisation,
            NominatorName = "Indstiller", NominatorEmail = "indstiller@test.dk",
        }.InsertAsync(app.Services);

    public static Task ConflictAsync(AwardFactory app, int year, long jurorId, long nominationId) =>
        JuryRows.ConflictAsync(app, year, jurorId, nominationId, "Ansat i organisationen");

    /// <summary>One score sheet: values[i] for criteria[i]; a null value leaves that criterion unscored.</summary>
    public static Task ScoreAsync(AwardFactory app, int year, long jurorId, long nominationId, IReadOnlyList<long> criteria, params int?[] values) =>
        JuryRows.ScoreAsync(app, year, jurorId, nominationId,
            criteria.Select((c, i) => (Criterion: c, Value: values[i])).Where(s => s.Value is not null).Select(s => (s.Criterion, s.Value!.Value)));

    public static Task<T> WithDb<T>(AwardFactory app, Func<Db, Task<T>> work) =>
        app.WithScope(sp => work(sp.GetRequiredService<Db>()));
}
