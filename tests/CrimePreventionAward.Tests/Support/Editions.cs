using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Editions;

namespace CrimePreventionAward.Tests.Support;

/// <summary>Test editions with deadlines around the factory's fake "now" (25 November 2026).</summary>
public static class Editions
{
    public static CreateEdition.Command New(int year = 2027, DateTimeOffset? nominationDeadline = null)
    {
        var deadline = nominationDeadline ?? new DateTimeOffset(2027, 1, 15, 22, 59, 0, TimeSpan.Zero);
        return new CreateEdition.Command(year, $"Den Kriminalpræventive Pris {year}", 50_000,
            deadline.AddDays(-60), deadline, deadline.AddDays(30), deadline.AddDays(60), deadline.AddDays(90));
    }

    public static async Task<int> CreateOpenAsync(AwardFactory app, int year = 2027, DateTimeOffset? nominationDeadline = null)
    {
        await app.SendAsSystem(New(year, nominationDeadline));
        await app.SendAsSystem(new ChangePhase.Command(year, Phase.NominationOpen, null));
        return year;
    }
}
