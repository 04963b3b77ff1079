using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Auth;
using CrimePreventionAward.Web.Features.Editions;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Infrastructure.Demo;

/// <summary>
/// Demo data, seeded once: the 2020 edition (see shared/domain.md) and a current edition open for nominations,
/// made through the same commands the secretariat uses, so the audit log shows them too.
/// </summary>
public sealed class DemoSeeder(IMediator mediator, Db db, TimeProvider clock, ILogger<DemoSeeder> logger)
{
    public const string SecretariatEmail = "sekretariat@dkr.dk";
    public const string SecretariatPassword = "Demo-Sekretariat-2020";

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.ScalarAsync<int>("SELECT COUNT(*) FROM Editions WHERE Year = 2020", ct: ct) > 0) return;
        await mediator.Send(new EnsureSecretariatAccount.Command(SecretariatEmail, "DKR Sekretariatet (demo)", SecretariatPassword), ct);
        await Seed2020(ct);
        await SeedCurrent(ct);
        logger.LogInformation("Demo data seeded: 2020 and a current edition open for nominations");
    }

    private async Task Seed2020(CancellationToken ct)
    {
        await mediator.Send(new CreateEdition.Command(
            2020, "Den Kriminalpræventive Pris 2020", 50_000,
            Local(2019, 8, 15, 9, 0), Local(2019, 11, 1, 23, 59), Local(2020, 9, 1, 23, 59),
            Local(2020, 10, 15, 23, 59), Local(2020, 11, 10, 14, 0)), ct);
        await DemoNominations2020.SeedAsync(db, ct);
        foreach (var phase in new[] { Phase.NominationOpen, Phase.Screening, Phase.Scoring, Phase.Shortlisted })
            await mediator.Send(new ChangePhase.Command(2020, phase, "Demodata for 2020"), ct);
    }

    private async Task SeedCurrent(CancellationToken ct)
    {
        var today = DanishTime.ToLocal(clock.GetUtcNow()).Date;
        var year = today.Year + 1;
        var deadline = today.AddDays(60);
        await mediator.Send(new CreateEdition.Command(
            year, $"Den Kriminalpræventive Pris {year}", 50_000,
            DanishTime.FromLocal(today.AddDays(-14)), DanishTime.FromLocal(deadline.AddHours(23).AddMinutes(59)),
            DanishTime.FromLocal(deadline.AddDays(60).AddHours(23).AddMinutes(59)),
            DanishTime.FromLocal(deadline.AddDays(90).AddHours(23).AddMinutes(59)),
            DanishTime.FromLocal(deadline.AddDays(120).AddHours(14))), ct);
        await mediator.Send(new ChangePhase.Command(year, Phase.NominationOpen, null), ct);
    }

    private static DateTimeOffset Local(int y, int m, int d, int h, int min) => DanishTime.FromLocal(new DateTime(y, m, d, h, min, 0));
}
