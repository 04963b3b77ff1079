using CrimePreventionAward.BrowserTests.Journey;
using CrimePreventionAward.BrowserTests.Support;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Features.Editions;
using CrimePreventionAward.Web.Features.Results;
using CrimePreventionAward.Web.Infrastructure.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CrimePreventionAward.BrowserTests;

/// <summary>
/// The whole year in the browser, through the real pages, as the secretariat, two nominating organisations, two jurors
/// and the public live it. Jobs (mail delivery, deadlines, announcements) are run by hand and the fake clock crosses
/// the deadlines. Every main page is screenshot and checked by axe and for sideways scroll, in Danish and English.
/// </summary>
public sealed class YearJourneyTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const int Year = 2027;
    [Fact]
    public async Task The_year_runs_from_a_new_edition_to_the_public_winner_on_accessible_pages()
    {
        var audit = new PageAudit(server);
        var now = server.Clock.GetUtcNow(); // Wednesday 25 November 2026, 10.00 Danish time
        var local = now.ToOffset(TimeSpan.FromHours(1)).DateTime; // Copenhagen is on winter time (UTC+1) all through
        string Local(DateTime t) => t.ToString("yyyy-MM-dd'T'HH:mm");
        var deadline = local.AddDays(1);
        var ceremony = local.AddDays(3).Date.AddHours(14);

        // The secretariat signs in, creates the edition, opens it and enters the ceremony with its programme.
        var secretariat = await audit.OpenAsync("secretariat");
        await secretariat.GotoAsync("/login");
        await audit.CheckAsync(secretariat, "login");
        await People.SignInSecretariatAsync(secretariat);
        await secretariat.Locator("#Year").FillAsync($"{Year}");
        await secretariat.Locator("#Name").FillAsync($"Den Kriminalpræventive Pris {Year}");
        await secretariat.Locator("#NominationOpensAt").FillAsync(Local(local.AddDays(-1)));
        await secretariat.Locator("#NominationDeadline").FillAsync(Local(deadline));
        await secretariat.Locator("#ScoringDeadline").FillAsync(Local(local.AddDays(2)));
        await secretariat.Locator("#FinalVoteDeadline").FillAsync(Local(local.AddDays(2).AddHours(12)));
        await secretariat.Locator("#CeremonyAt").FillAsync(Local(ceremony));
        await secretariat.GetByRole(AriaRole.Button, new() { Name = "Opret", Exact = true }).ClickAsync();
        (await secretariat.Locator(".alert-success").InnerTextAsync()).ShouldContain($"{Year}");
        await People.ChangePhaseAsync(secretariat, Year, "NominationOpen");
        await audit.CheckAsync(secretariat, "sekretariat");

        await secretariat.GotoAsync($"/sekretariat/{Year}/prisoverraekkelse");
        await People.EnterCeremonyAsync(secretariat);
        await audit.CheckAsync(secretariat, "sekretariat-prisoverraekkelse");

        // … and invites the jury: a chair and a member.
        await secretariat.GotoAsync($"/sekretariat/{Year}/jury");
        await People.InviteJurorAsync(secretariat, "Karen Jensen", "karen@jury.test", "Vejle Kommune", chair: true);
        await People.InviteJurorAsync(secretariat, "Lars Holm", "lars@jury.test", "Københavns Politi", chair: false);
        (await secretariat.Locator("#juror-progress").InnerTextAsync()).ShouldContain("Karen Jensen (formand)");
        await audit.CheckAsync(secretariat, "sekretariat-jury");

        // Two organisations nominate; the first attaches a PDF and opens its private link from the receipt mail.
        var nominator = await audit.OpenAsync("nominator Brydehuset", PageAudit.PhoneWidth, PageAudit.PhoneHeight);
        await nominator.GotoAsync($"/indstil?aar={Year}");
        await audit.CheckAsync(nominator, "indstil");
        await People.FillNominationAsync(nominator, Samples.Lommevending, withPdf: true);
        await nominator.GetByRole(AriaRole.Button, new() { Name = "Send indstillingen" }).ClickAsync();
        await nominator.ArriveAtAsync("**/indstil/kvittering");
        (await nominator.Locator("#reference").InnerTextAsync()).ShouldBe($"KP-{Year}-001");
        await audit.CheckAsync(nominator, "indstil-kvittering");
        var privateLink = await Mailbox.LinkAsync(server, Samples.Lommevending.NominatorEmail, "/indstilling/");
        await nominator.GotoAsync(privateLink);
        (await nominator.Locator("main").InnerTextAsync()).ShouldContain("evaluering.pdf");
        await audit.CheckAsync(nominator, "indstilling-privat");

        var second = await audit.OpenAsync("nominator TrygFonden");
        await second.GotoAsync($"/indstil?aar={Year}");
        await People.FillNominationAsync(second, Samples.SikkerShopping, withPdf: false);
        await second.GetByRole(AriaRole.Button, new() { Name = "Send indstillingen" }).ClickAsync();
        await second.ArriveAtAsync("**/indstil/kvittering");
        (await second.Locator("#reference").InnerTextAsync()).ShouldBe($"KP-{Year}-002");

        // The nomination deadline passes: the deadline job closes the form and moves the edition to Screening.
        server.Clock.Advance(TimeSpan.FromHours(25));
        (await server.SendAsSystem(new ListEditionsPastNominationDeadline.Query())).ShouldContain(Year);
        await using (var scope = server.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<JobRunner>().AdvancePhases();
        await second.GotoAsync($"/indstil?aar={Year}");
        await second.Locator("#closed").WaitForAsync();
        await audit.CheckAsync(second, "indstil-lukket");

        // The secretariat screens both as eligible and starts the scoring.
        await People.SignInSecretariatAsync(secretariat);
        await secretariat.GotoAsync($"/sekretariat/{Year}/indstillinger");
        var ids = await People.NominationIdsAsync(secretariat);
        (await secretariat.Locator("table").InnerTextAsync()).ShouldContain("Ikke screenet");
        await audit.CheckAsync(secretariat, "sekretariat-indstillinger");
        await People.ScreenEligibleAsync(secretariat, ids[$"KP-{Year}-001"], "Dokumenteret effekt og et tværgående samarbejde.");
        await audit.CheckAsync(secretariat, "sekretariat-indstilling");
        await People.ScreenEligibleAsync(secretariat, ids[$"KP-{Year}-002"], "Opfylder kriterierne.");
        await People.ChangePhaseAsync(secretariat, Year, "Scoring");
        var (lommevending, shopping) = (ids[$"KP-{Year}-001"], ids[$"KP-{Year}-002"]);

        // Both jurors sign in by their mailed links, each in their own browser; Lars declares a conflict; they score.
        var karen = await audit.OpenAsync("juror Karen (chair)", 768, 1024); // a tablet
        await karen.GotoAsync(await Mailbox.LinkAsync(server, "karen@jury.test", "/login/link/"));
        await audit.CheckAsync(karen, "login-link");
        await karen.GetByRole(AriaRole.Button, new() { Name = "Log ind" }).Last.ClickAsync();
        await karen.ArriveAtAsync($"**/jury/{Year}");
        (await karen.Locator("#my-progress-text").InnerTextAsync()).ShouldBe("0 af 2 bedømt");
        await audit.CheckAsync(karen, "jury");
        var lars = await audit.OpenAsync("juror Lars");
        await lars.GotoAsync(await Mailbox.LinkAsync(server, "lars@jury.test", "/login/link/"));
        await audit.CheckAsync(lars, "login-link-lars");
        await lars.GetByRole(AriaRole.Button, new() { Name = "Log ind" }).Last.ClickAsync();
        await lars.ArriveAtAsync($"**/jury/{Year}");
        await lars.Locator("#Conflict_NominationId").SelectOptionAsync($"{shopping}");
        await lars.Locator("#Conflict_Reason").FillAsync("Jeg sidder i TrygFondens bestyrelse.");
        await lars.GetByRole(AriaRole.Button, new() { Name = "Erklær inhabilitet" }).ClickAsync();
        await lars.Locator(".alert-success").WaitForAsync();
        (await lars.Locator("main").InnerTextAsync()).ShouldContain("Inhabil – kan ikke bedømmes");
        await audit.CheckAsync(lars, "jury-inhabil");

        await People.ScoreAsync(karen, Year, lommevending, 5, "Stærk, dokumenteret effekt.");
        await audit.CheckAsync(karen, "jury-bedoem");
        await People.ScoreAsync(karen, Year, shopping, 3, "Godt værktøj, mindre forankret.");
        await People.ScoreAsync(lars, Year, lommevending, 4, "Kan bruges i andre politikredse.");
        var refused = await lars.GotoAsync($"/jury/{Year}/bedoem/{shopping}");
        refused!.Status.ShouldBe(403);
        (await lars.Locator("form.score-sheet").CountAsync()).ShouldBe(0);
        await audit.CheckAsync(lars, "jury-bedoem-inhabil");
        await lars.GotoAsync($"/jury/{Year}");
        (await lars.Locator("#my-progress-text").InnerTextAsync()).ShouldBe("1 af 1 bedømt");

        await secretariat.GotoAsync($"/sekretariat/{Year}/jury");
        (await secretariat.Locator("#juror-progress").InnerTextAsync()).ShouldContain("2 af 2 bedømt");
        await audit.CheckAsync(secretariat, "sekretariat-jury-fremdrift");

        // The secretariat sets the shortlist with justifications, public from now, and opens the final vote.
        await secretariat.GotoAsync($"/sekretariat/{Year}/resultater");
        await audit.CheckAsync(secretariat, "sekretariat-resultater");
        await secretariat.Locator("#pick-0").CheckAsync();
        await secretariat.Locator("#justification-0").FillAsync("Nomineret for et modigt og virksomt greb.");
        await secretariat.Locator("#pick-1").CheckAsync();
        await secretariat.Locator("#justification-1").FillAsync("Nomineret for et digitalt værn mod svindel.");
        await secretariat.Locator("#ShortlistAt").FillAsync(Local(local.AddHours(25)));
        await secretariat.GetByRole(AriaRole.Button, new() { Name = "Gem de nominerede" }).ClickAsync();
        await secretariat.Locator(".alert-success").WaitForAsync();
        await server.SendAsSystem(new PublishDueAnnouncements.Command());
        var visitor = await audit.OpenAsync("public", PageAudit.PhoneWidth, PageAudit.PhoneHeight);
        await visitor.GotoAsync("/nominerede");
        (await visitor.Locator("main").InnerTextAsync()).ShouldContain(Samples.SikkerShopping.Title);
        await audit.CheckAsync(visitor, "nominerede");
        await People.ChangePhaseAsync(secretariat, Year, "FinalVote");

        // The jurors rank the nominees; Lars has no place to give the nomination he is conflicted on.
        await karen.GotoAsync($"/jury/{Year}/afstemning");
        await audit.CheckAsync(karen, "jury-afstemning");
        await karen.Locator($"#rank-{lommevending}").SelectOptionAsync("1");
        await karen.Locator($"#rank-{shopping}").SelectOptionAsync("2");
        await karen.GetByRole(AriaRole.Button, new() { Name = "Gem min stemme" }).ClickAsync();
        await karen.Locator(".alert-success").WaitForAsync();
        await lars.GotoAsync($"/jury/{Year}/afstemning");
        await lars.Locator($"#rank-{lommevending}").SelectOptionAsync("1");
        await lars.GetByRole(AriaRole.Button, new() { Name = "Gem min stemme" }).ClickAsync();
        await lars.Locator(".alert-success").WaitForAsync();

        // The secretariat records the decision and announces the winner at the ceremony.
        await secretariat.GotoAsync($"/sekretariat/{Year}/resultater");
        (await secretariat.Locator("main").InnerTextAsync()).ShouldContain("2 af 2 jurymedlemmer har stemt");
        await secretariat.Locator("#DecisionJustification").FillAsync("Juryen fremhæver den dokumenterede effekt.");
        await secretariat.Locator("#ConfirmDecision").CheckAsync();
        await secretariat.GetByRole(AriaRole.Button, new() { Name = "Træf afgørelsen" }).ClickAsync();
        await secretariat.Locator(".alert-success").WaitForAsync();
        (await secretariat.Locator("main").InnerTextAsync()).ShouldContain($"Vinder: {Samples.Lommevending.Title}");
        await secretariat.Locator("#WinnerAt").FillAsync(Local(ceremony));
        await secretariat.Locator("#WinnerJustification").FillAsync("Lommevending til Behandling viser, at politiet kan forebygge ved at hjælpe.");
        await secretariat.GetByRole(AriaRole.Button, new() { Name = "Gem offentliggørelse" }).ClickAsync();
        await secretariat.Locator(".alert-success").WaitForAsync();
        await audit.CheckAsync(secretariat, "sekretariat-afgoerelse");

        // Before the ceremony the public sees no winner, even when the announcement job runs.
        await server.SendAsSystem(new PublishDueAnnouncements.Command());
        await visitor.GotoAsync("/vinder");
        (await visitor.Locator("h1").InnerTextAsync()).ShouldBe("Prismodtageren er ikke offentliggjort endnu");
        (await visitor.ContentAsync()).ShouldNotContain(Samples.Lommevending.Title);
        await audit.CheckAsync(visitor, "vinder-ikke-endnu");

        // The ceremony begins: the winner and the programme are public.
        server.Clock.SetUtcNow(new DateTimeOffset(ceremony, TimeSpan.FromHours(1)).AddMinutes(1));
        await server.SendAsSystem(new PublishDueAnnouncements.Command());
        await visitor.GotoAsync("/vinder");
        (await visitor.Locator("#winner-name .candidate-name").InnerTextAsync()).ShouldBe(Samples.Lommevending.CandidateName);
        (await visitor.Locator("#winner-name .candidate-title").InnerTextAsync()).ShouldBe(Samples.Lommevending.Title);
        await audit.CheckAsync(visitor, "vinder");
        await visitor.GotoAsync("/prisoverraekkelse");
        var programme = await visitor.Locator("main").InnerTextAsync();
        programme.ShouldContain("Eigtveds Pakhus");
        programme.ShouldContain("Overrækkelse af prisen");
        await audit.CheckAsync(visitor, "prisoverraekkelse");
        await visitor.GotoAsync("/nominerede");
        await visitor.Locator(".winner-badge").WaitForAsync();
        await visitor.GotoAsync("/arkiv");
        await audit.CheckAsync(visitor, "arkiv");
        await visitor.GotoAsync("/");
        await audit.CheckAsync(visitor, "forside");

        audit.ShouldBeClean();
    }
}
