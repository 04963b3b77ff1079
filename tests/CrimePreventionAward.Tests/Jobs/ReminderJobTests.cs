using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Editions;
using CrimePreventionAward.Web.Features.Reminders;
using CrimePreventionAward.Web.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;

namespace CrimePreventionAward.Tests.Jobs;

/// <summary>
/// The real job commands against a real database while the fake clock crosses each deadline. The tests share one
/// clock (it only moves forward), so every edition is placed relative to "now" at the test's start.
/// </summary>
public sealed class ReminderJobTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    private readonly ReminderTestData data = new(app);

    private async Task RunJobsAsync(int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            await app.RunJobAsync(j => j.AdvancePhases());
            await app.RunJobAsync(j => j.SendReminders());
        }
    }

    private void MoveTo(DateTimeOffset at) => app.Clock.SetUtcNow(at);

    private static DateTimeOffset LocalDay(DateTimeOffset from, int days, int hour, int minute) =>
        DanishTime.FromLocal(DanishTime.ToLocal(from).Date.AddDays(days).AddHours(hour).AddMinutes(minute));

    [Fact]
    public async Task Unsent_drafts_get_a_reminder_7_days_and_1_day_before_the_deadline_exactly_once_and_nominations_close_at_the_deadline()
    {
        var deadline = LocalDay(data.Now, 20, 23, 59);
        await data.EditionAsync(2101, Phase.NominationOpen, deadline, deadline.AddDays(30), deadline.AddDays(60), deadline.AddDays(90));
        var a = await data.NominationAsync(2101, "Draft", "a@kladde.dk");
        var b = await data.NominationAsync(2101, "Draft", "b@kladde.dk");
        var submitted = await data.NominationAsync(2101, "Submitted", "c@indsendt.dk");
        var withoutEmail = await data.NominationAsync(2101, "Draft", null);
        var withdrawn = await data.NominationAsync(2101, "Withdrawn", "d@trukket.dk");
        string[] all = [$"reminder:draft:{a}:", $"reminder:draft:{b}:", $"reminder:draft:{submitted}:", $"reminder:draft:{withoutEmail}:", $"reminder:draft:{withdrawn}:"];
        async Task<List<string>> Sent() { var keys = new List<string>(); foreach (var k in all) keys.AddRange(await data.QueuedAsync(k)); return keys; }

        await RunJobsAsync();
        (await Sent()).ShouldBeEmpty();

        MoveTo(deadline.AddDays(-7).AddMinutes(-1));
        await RunJobsAsync();
        (await Sent()).ShouldBeEmpty();

        MoveTo(deadline.AddDays(-7).AddMinutes(1));
        await RunJobsAsync(times: 2);
        (await Sent()).ShouldBe([$"reminder:draft:{a}:7d", $"reminder:draft:{b}:7d"], ignoreOrder: true);

        MoveTo(deadline.AddDays(-3));
        await RunJobsAsync();
        (await Sent()).Count.ShouldBe(2);

        await data.SetStatusAsync(b, "Submitted");
        MoveTo(deadline.AddDays(-1).AddMinutes(5));
        await RunJobsAsync(times: 2);
        (await Sent()).ShouldBe([$"reminder:draft:{a}:7d", $"reminder:draft:{b}:7d", $"reminder:draft:{a}:1d"], ignoreOrder: true);
        (await data.RecipientsAsync($"reminder:draft:{a}:")).ShouldBe(["a@kladde.dk", "a@kladde.dk"]);

        (await app.SendAsSystem(new GetEdition.Query(2101))).Phase.ShouldBe(Phase.NominationOpen);
        MoveTo(deadline.AddMinutes(1));
        await RunJobsAsync(times: 2);
        (await Sent()).Count.ShouldBe(3);
        (await app.SendAsSystem(new GetEdition.Query(2101))).Phase.ShouldBe(Phase.Screening);
        var changes = await app.WithScope(sp => sp.GetRequiredService<Db>().QueryAsync<string>(
            "SELECT ChangedBy FROM PhaseChanges WHERE Year = 2101 AND ToPhase = 'Screening' AND Reason = @Reason",
            new { Reason = ListEditionsPastNominationDeadline.Reason }));
        changes.ShouldBe(["system"]);
    }

    [Fact]
    public async Task A_draft_begun_with_the_English_form_is_reminded_in_English()
    {
        var deadline = LocalDay(data.Now, 25, 23, 59);
        await data.EditionAsync(2198, Phase.NominationOpen, deadline, deadline.AddDays(30), deadline.AddDays(60), deadline.AddDays(90));
        var draft = await data.NominationAsync(2198, "Draft", "english@kladde.dk");
        await app.WithScope(sp => sp.GetRequiredService<Db>().ExecuteAsync(
            "UPDATE Nominations SET Language = 'en' WHERE Id = @Id", new { Id = draft }));

        MoveTo(deadline.AddDays(-7).AddMinutes(1));
        await RunJobsAsync();

        var mail = await Mailbox.LatestToAsync(app, "english@kladde.dk");
        mail.ShouldStartWith("Dear ");
        mail.ShouldContain("You have started a nomination");
        mail.ShouldContain("(Danish time)");
        mail.ShouldContain("Kind regards");
    }

    [Fact]
    public async Task A_job_that_runs_a_day_late_still_sends_the_open_reminder_and_never_a_superseded_one_twice()
    {
        var deadline = LocalDay(data.Now, 30, 23, 59);
        await data.EditionAsync(2102, Phase.NominationOpen, deadline, deadline.AddDays(30), deadline.AddDays(60), deadline.AddDays(90));
        var late = await data.NominationAsync(2102, "Draft", "sen@kladde.dk");

        // The 7-day reminder was due yesterday; the job was down, and runs now, six days before the deadline.
        MoveTo(deadline.AddDays(-6));
        await RunJobsAsync();
        (await data.QueuedAsync($"reminder:draft:{late}:")).ShouldBe([$"reminder:draft:{late}:7d"]);

        // Down again until half a day before the deadline: the 1-day reminder goes, the 7-day one is not repeated.
        MoveTo(deadline.AddHours(-12));
        await RunJobsAsync(times: 2);
        (await data.QueuedAsync($"reminder:draft:{late}:")).ShouldBe([$"reminder:draft:{late}:1d", $"reminder:draft:{late}:7d"]);

        // A day late for the 1-day reminder is after the deadline: nothing more.
        MoveTo(deadline.AddDays(1));
        await RunJobsAsync();
        (await data.QueuedAsync($"reminder:draft:{late}:")).Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_draft_first_seen_after_both_windows_opened_gets_only_the_latest_reminder()
    {
        var deadline = LocalDay(data.Now, 30, 23, 59);
        await data.EditionAsync(2103, Phase.NominationOpen, deadline, deadline.AddDays(30), deadline.AddDays(60), deadline.AddDays(90));
        var draft = await data.NominationAsync(2103, "Draft", "sidst@kladde.dk");
        MoveTo(deadline.AddHours(-20));
        await RunJobsAsync(times: 3);
        (await data.QueuedAsync($"reminder:draft:{draft}:")).ShouldBe([$"reminder:draft:{draft}:1d"]);
    }

    [Fact]
    public async Task Jurors_with_unfinished_score_sheets_are_reminded_7_days_2_days_and_on_the_morning_of_the_deadline()
    {
        var scoringDeadline = LocalDay(data.Now, 20, 23, 59);
        await data.EditionAsync(2104, Phase.Scoring, data.Now.AddDays(-10), scoringDeadline, scoringDeadline.AddDays(20), scoringDeadline.AddDays(40));
        var criteria = await data.CriteriaAsync(2104, 2);
        var n1 = await data.NominationAsync(2104, "Submitted", "x@n.dk", "Eligible", organisation: "Politiet");
        var n2 = await data.NominationAsync(2104, "Submitted", "y@n.dk", "Eligible", organisation: "Kommunen");
        await data.NominationAsync(2104, "Submitted", "z@n.dk", "NotEligible");
        await data.NominationAsync(2104, "Draft", "w@n.dk");

        var none = await data.JurorAsync(2104, "ingen@jury.dk");           // has scored nothing: due
        var done = await data.JurorAsync(2104, "faerdig@jury.dk");         // both sheets complete: never due
        var conflicted = await data.JurorAsync(2104, "inhabil@jury.dk");   // conflicted on n2, n1 complete: never due
        var byOrganisation = await data.JurorAsync(2104, "org@jury.dk");   // conflicted with "Kommunen" (n2), n1 complete
        var half = await data.JurorAsync(2104, "halv@jury.dk");            // one sheet with one of two scores: due until finished
        await data.ScoreSheetAsync(2104, done, n1, criteria);
        await data.ScoreSheetAsync(2104, done, n2, criteria);
        await data.ConflictAsync(2104, conflicted, n2);
        await data.ScoreSheetAsync(2104, conflicted, n1, criteria);
        await data.ConflictAsync(2104, byOrganisation, null, "kommunen");
        await data.ScoreSheetAsync(2104, byOrganisation, n1, criteria);
        await data.ScoreSheetAsync(2104, half, n1, criteria);
        await data.ScoreSheetAsync(2104, half, n2, criteria.Take(1));

        const string prefix = "reminder:scoring:2104:";
        await RunJobsAsync();
        (await data.QueuedAsync(prefix)).ShouldBeEmpty();

        MoveTo(scoringDeadline.AddDays(-7).AddMinutes(1));
        await RunJobsAsync(times: 2);
        (await data.QueuedAsync(prefix)).ShouldBe([$"{prefix}{none}:7d", $"{prefix}{half}:7d"], ignoreOrder: true);

        MoveTo(scoringDeadline.AddDays(-2).AddMinutes(1));
        await RunJobsAsync(times: 2);
        (await data.QueuedAsync(prefix)).Count.ShouldBe(4);
        (await data.QueuedAsync(prefix)).ShouldContain($"{prefix}{none}:2d");
        (await data.QueuedAsync(prefix)).ShouldContain($"{prefix}{half}:2d");

        await data.ScoreSheetAsync(2104, half, n2, criteria);
        var morning = LocalDay(scoringDeadline, 0, 8, 0);
        MoveTo(morning.AddMinutes(-1));
        await RunJobsAsync();
        (await data.QueuedAsync(prefix)).Count.ShouldBe(4);
        MoveTo(morning.AddMinutes(1));
        await RunJobsAsync(times: 2);
        (await data.QueuedAsync(prefix)).Count.ShouldBe(5);
        (await data.QueuedAsync(prefix)).ShouldContain($"{prefix}{none}:morning");
        (await data.RecipientsAsync(prefix)).Distinct().ShouldBe(["halv@jury.dk", "ingen@jury.dk"], ignoreOrder: true);

        MoveTo(scoringDeadline.AddMinutes(1));
        await RunJobsAsync();
        (await data.QueuedAsync(prefix)).Count.ShouldBe(5);
        // Scoring closes by time; the move to the shortlist stays the secretariat's.
        (await app.SendAsSystem(new GetEdition.Query(2104))).Phase.ShouldBe(Phase.Scoring);
    }

    [Fact]
    public async Task Jurors_without_a_ballot_are_reminded_2_days_before_the_final_vote_closes()
    {
        var voteDeadline = LocalDay(data.Now, 10, 12, 0);
        await data.EditionAsync(2105, Phase.FinalVote, data.Now.AddDays(-60), data.Now.AddDays(-30), voteDeadline, voteDeadline.AddDays(10));
        var voted = await data.JurorAsync(2105, "stemt@jury.dk");
        var missing = await data.JurorAsync(2105, "mangler@jury.dk");
        await data.BallotAsync(2105, voted);

        MoveTo(voteDeadline.AddDays(-3));
        await RunJobsAsync();
        (await data.QueuedAsync("reminder:ballot:2105:")).ShouldBeEmpty();

        MoveTo(voteDeadline.AddDays(-1));
        await RunJobsAsync(times: 2);
        (await data.QueuedAsync("reminder:ballot:2105:")).ShouldBe([$"reminder:ballot:2105:{missing}:2d"]);
        (await data.RecipientsAsync("reminder:ballot:2105:")).ShouldBe(["mangler@jury.dk"]);

        MoveTo(voteDeadline.AddMinutes(1));
        await RunJobsAsync();
        (await data.QueuedAsync("reminder:ballot:2105:")).Count.ShouldBe(1);
        (await app.SendAsSystem(new GetEdition.Query(2105))).Phase.ShouldBe(Phase.FinalVote);
    }
}
