using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Auth;
using CrimePreventionAward.Web.Features.Ceremony;
using CrimePreventionAward.Web.Features.Editions;
using CrimePreventionAward.Web.Features.Results;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Infrastructure.Demo;

/// <summary>
/// Demo data, seeded once: the 2020 edition (README, "Run": demo data), a current edition open for nominations and the
/// fictional <see cref="DemoEdition"/> with a published winner, made through the same commands the secretariat,
/// nominators and jurors use, so the audit log shows them too.
/// </summary>
public sealed class DemoSeeder(
    IMediator mediator, Db db, TimeProvider clock, IHttpContextAccessor http, ILogger<DemoSeeder> logger)
{
    public const string SecretariatEmail = "sekretariat@dkr.dk";
    public const string SecretariatPassword = "Demo-Sekretariat-2020";

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.ScalarAsync<int>("SELECT COUNT(*) FROM Editions WHERE Year = 2020", ct: ct) > 0) return;
        // One transaction that every command joins: one commit and disk sync instead of one per command (~50, most of
        // a fresh start's wait), and a failure part-way leaves nothing the check above would take for a seeded demo.
        await db.InTransactionAsync(async () =>
        {
            await mediator.Send(new EnsureSecretariatAccount.Command(SecretariatEmail, "DKR Sekretariatet (demo)", SecretariatPassword), ct);
            await Seed2020(ct);
            await SeedCeremony2020(ct);
            await SeedCurrent(ct);
            await new DemoEdition(mediator, db, clock, http).SeedAsync(ct);
            return true;
        }, ct);
        logger.LogInformation("Demo data seeded: 2020, a current edition open for nominations and the fictional demo edition {Year}", DemoEdition.Year);
    }

    private async Task Seed2020(CancellationToken ct)
    {
        await mediator.Send(new CreateEdition.Command(
            2020, "Den Kriminalpræventive Pris 2020", 50_000,
            Local(2019, 8, 15, 9, 0), Local(2019, 11, 1, 23, 59), Local(2020, 9, 1, 23, 59),
            Local(2020, 10, 15, 23, 59), Local(2020, 11, 10, 14, 0)), ct);
        await DemoNominations2020.SeedAsync(db, ct);
        foreach (var phase in new[] { Phase.NominationOpen, Phase.Screening, Phase.Scoring })
            await mediator.Send(new ChangePhase.Command(2020, phase, "Demodata for 2020"), ct);
        // The three nominees were made public on 3 November 2020; the winner is not part of the demo.
        var ids = (await db.QueryAsync<long>("SELECT Id FROM Nominations WHERE Year = 2020 ORDER BY SequenceNo", ct: ct)).ToList();
        await mediator.Send(new SetShortlist.Command(2020,
            ids.Zip(Justifications2020, (id, text) => new SetShortlist.Entry(id, text)).ToList(),
            Local(2020, 11, 3, 10, 0)), ct);
    }

    /// <summary>The 2020 ceremony from the news of the day; venue and programme are invented and say so.</summary>
    private async Task SeedCeremony2020(CancellationToken ct)
    {
        SaveCeremony.ProgrammeItem Item(int h, int m, string title, string? speaker = null) => new(Local(2020, 11, 10, h, m), title, speaker);
        await mediator.Send(new SaveCeremony.Command(
            2020, Local(2020, 11, 10, 14, 0), "Justitsministeriet, mødesal (demodata)", "Slotsholmsgade 10, 1216 København K (demodata)",
            "Justitsminister Nick Hækkerup", 50_000,
            [
                Item(13, 30, "Ankomst og kaffe (demodata)"),
                Item(14, 0, "Velkomst", "Formanden for Det Kriminalpræventive Råd (demodata)"),
                Item(14, 15, "De tre nominerede præsenterer deres projekter (demodata)"),
                Item(14, 45, "Overrækkelse af Den Kriminalpræventive Pris 2020 og 50.000 kr.", "Justitsminister Nick Hækkerup"),
                Item(15, 0, "Tak fra prismodtageren (demodata)"),
                Item(15, 15, "Reception (demodata)"),
            ], 0), ct);
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

    private static readonly string[] Justifications2020 =
    [
        "Lommevending til Behandling vender mødet mellem politi og unge stofbrugere fra kontrol til hjælp: 22 betjente og civile forebyggelsesmedarbejdere er uddannet til at motivere unge til behandling i samarbejde med Brydehuset.",
        "Hvem Styrer Orkesteret samler lærere, SSP, pædagoger, sundhedsplejersker, klubmedarbejdere, ungdomskonsulenter, socialrådgivere og politi om at opdage mistrivsel, fravær og kriminalitet tidligt.",
        "SIKKER SHOPPING giver forbrugerne et enkelt digitalt værktøj mod e-handelskriminalitet: røde advarselstrekanter markerer falske og mistænkelige webshops og leder køberne uden om dem.",
    ];

    private static DateTimeOffset Local(int y, int m, int d, int h, int min) => DanishTime.FromLocal(new DateTime(y, m, d, h, min, 0));
}
