using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Editions;

namespace CrimePreventionAward.Tests.Mail;

public sealed class JurorMailTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    private readonly ReminderTestData data = new(app);

    [Fact]
    public async Task Every_juror_gets_one_mail_when_the_final_vote_opens_even_when_the_vote_is_reopened_and_the_job_runs_twice()
    {
        var now = data.Now;
        await Editions.Build(2140).WithDeadlines(now.AddDays(-60), now.AddDays(-30), now.AddDays(10), now.AddDays(20))
            .InPhase(Phase.Shortlisted, "Testopsætning").CreateAsync(app);
        await Jurors.Build(2140, "Anna Juul").WithEmail("anna@jury.dk").SeatAsync(app);
        await Jurors.Build(2140, "").WithEmail("navnlos@jury.dk").SeatAsync(app);

        await app.SendAsSystem(new ChangePhase.Command(2140, Phase.FinalVote, null));
        await app.RunJobAsync(j => j.AdvancePhases());
        await app.SendAsSystem(new ChangePhase.Command(2140, Phase.Shortlisted, "Genåbnet for en ny nomineret"));
        await app.SendAsSystem(new ChangePhase.Command(2140, Phase.FinalVote, null));
        await app.RunJobAsync(j => j.AdvancePhases());

        (await data.RecipientsAsync("finalvote:open:2140:")).ShouldBe(["anna@jury.dk", "navnlos@jury.dk"]);
        var anna = await Mailbox.DeliveredToAsync(app, "anna@jury.dk");
        anna.Count.ShouldBe(1);
        anna[0].ShouldStartWith("Kære Anna Juul");
        anna[0].ShouldContain("Afstemningen slutter ");
        anna[0].ShouldContain("/jury/2140/afstemning");
        anna[0].ShouldContain("Venlig hilsen");
        (await Mailbox.LatestToAsync(app, "navnlos@jury.dk")).ShouldStartWith("Kære modtager");
    }

    [Fact]
    public async Task A_ballot_reminder_links_straight_to_the_ballot()
    {
        var now = data.Now;
        await Editions.Build(2141).WithDeadlines(now.AddDays(-60), now.AddDays(-30), now.AddDays(1), now.AddDays(20))
            .InPhase(Phase.FinalVote, "Testopsætning").CreateAsync(app);
        await Jurors.Build(2141, "Bo Berg").WithEmail("mangler@jury.dk").SeatAsync(app);

        await app.RunJobAsync(j => j.SendReminders());

        var mail = await Mailbox.LatestToAsync(app, "mangler@jury.dk");
        mail.ShouldStartWith("Kære Bo Berg");
        mail.ShouldContain("/jury/2141/afstemning");
    }
}
