using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Editions;
using CrimePreventionAward.Web.Features.Nominations;
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
        await Editions.Build(2101).WithNominationDeadline(deadline).InPhase(Phase.NominationOpen, "Testopsætning").CreateAsync(app);
        var a = await new Nomination(2101) { Status = NominationStatus.Draft, NominatorEmail = "a@kladde.dk", Eligibility = null }.InsertAsync(app.Services);
        var b = await new Nomination(2101) { Status = NominationStatus.Draft, NominatorEmail = "b@kladde.dk", Eligibility = null }.InsertAsync(app.Services);
        var submitted = await new Nomination(2101)
        {
            Status = NominationStatus.Submitted, NominatorEmail = "c@indsendt.dk", Eligibility = null,
        }.InsertAsync(app.Services);
        var withoutEmail = await new Nomination(2101) { Status = NominationStatus.Draft, NominatorEmail = null, Eligibility = null }.InsertAsync(app.Services);
        var withdrawn = await new Nomination(2101)
        {
            Status = NominationStatus.Withdrawn, NominatorEmail = "d@trukket.dk", Eligibility = null,
        }.InsertAsync(app.Services);
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
        await Editions.Build(2198).WithNominationDeadline(deadline).InPhase(Phase.NominationOpen, "Testopsætning").CreateAsync(app);
        var draft = await new Nomination(2198)
        {
            Status = NominationStatus.Draft, NominatorEmail = "english@kladde.dk", Eligibility = null,
        }.InsertAsync(app.Services);
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
        await Editions.Build(2102).WithNominationDeadline(deadline).InPhase(Phase.NominationOpen, "Testopsætning").CreateAsync(app);
        var late = await new Nomination(2102)
        {
            Status = NominationStatus.Draft, NominatorEmail = "sen@kladde.dk", Eligibility = null,
        }.InsertAsync(app.Services);

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
        await Editions.Build(2103).WithNominationDeadline(deadline).InPhase(Phase.NominationOpen, "Testopsætning").CreateAsync(app);
        var draft = await new Nomination(2103)
        {
            Status = NominationStatus.Draft, NominatorEmail = "sidst@kladde.dk", Eligibility = null,
        }.InsertAsync(app.Services);
        MoveTo(deadline.AddHours(-20));
        await RunJobsAsync(times: 3);
        (await data.QueuedAsync($"reminder:draft:{draft}:")).ShouldBe([$"reminder:draft:{draft}:1d"]);
    }

    [Fact]
    public async Task Jurors_with_unfinished_score_sheets_are_reminded_7_days_2_days_and_on_the_morning_of_the_deadline()
    {
        var scoringDeadline = LocalDay(data.Now, 20, 23, 59);
        await Editions.Build(2104).WithDeadlines(data.Now.AddDays(-10), scoringDeadline, scoringDeadline.AddDays(20), scoringDeadline.AddDays(40))
            .InPhase(Phase.Scoring, "Testopsætning").CreateAsync(app);
        long[] criteria =
        [
            await JuryRows.CriterionAsync(app, 2104, "Kriterium 1", 1, description: "Beskrivelse"),
            await JuryRows.CriterionAsync(app, 2104, "Kriterium 2", 2, description: "Beskrivelse"),
        ];
        var n1 = await new Nomination(2104)
        {
            Status = NominationStatus.Submitted, NominatorEmail = "x@n.dk", Eligibility = "Eligible", Organisation = "Politiet",
        }.InsertAsync(app.Services);
        var n2 = await new Nomination(2104)
        {
            Status = NominationStatus.Submitted, NominatorEmail = "y@n.dk", Eligibility = "Eligible", Organisation = "Kommunen",
        }.InsertAsync(app.Services);
        await new Nomination(2104) { Status = NominationStatus.Submitted, NominatorEmail = "z@n.dk", Eligibility = "NotEligible" }.InsertAsync(app.Services);
        await new Nomination(2104) { Status = NominationStatus.Draft, NominatorEmail = "w@n.dk", Eligibility = null }.InsertAsync(app.Services);

        var none = await Jurors.Build(2104, "Jurymedlem").WithEmail("ingen@jury.dk").SeatAsync(app);           // has scored nothing: due
        var done = await Jurors.Build(2104, "Jurymedlem").WithEmail("faerdig@jury.dk").SeatAsync(app);         // both sheets complete: never due
        var conflicted = await Jurors.Build(2104, "Jurymedlem").WithEmail("inhabil@jury.dk").SeatAsync(app);   // conflicted on n2, n1 complete: never due
        var byOrganisation = await Jurors.Build(2104, "Jurymedlem").WithEmail("org@jury.dk").SeatAsync(app);   // conflicted with "Kommunen" (n2), n1 complete
        var half = await Jurors.Build(2104, "Jurymedlem").WithEmail("halv@jury.dk").SeatAsync(app);            // one sheet with one of two scores: due until finished
        await JuryRows.ScoreAsync(app, 2104, done, n1, criteria.Select(c => (c, 4)));
        await JuryRows.ScoreAsync(app, 2104, done, n2, criteria.Select(c => (c, 4)));
        await JuryRows.ConflictAsync(app, 2104, conflicted, n2, "Inhabil");
        await JuryRows.ScoreAsync(app, 2104, conflicted, n1, criteria.Select(c => (c, 4)));
        await JuryRows.ConflictAsync(app, 2104, byOrganisation, null, "Inhabil", "kommunen");
        await JuryRows.ScoreAsync(app, 2104, byOrganisation, n1, criteria.Select(c => (c, 4)));
        await JuryRows.ScoreAsync(app, 2104, half, n1, criteria.Select(c => (c, 4)));
        await JuryRows.ScoreAsync(app, 2104, half, n2, criteria.Take(1).Select(c => (c, 4)));

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

        await JuryRows.ScoreAsync(app, 2104, half, n2, criteria.Select(c => (c, 4)));
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
        await Editions.Build(2105).WithDeadlines(data.Now.AddDays(-60), data.Now.AddDays(-30), voteDeadline, voteDeadline.AddDays(10))
            .InPhase(Phase.FinalVote, "Testopsætning").CreateAsync(app);
        var voted = await Jurors.Build(2105, "Jurymedlem").WithEmail("stemt@jury.dk").SeatAsync(app);
        var missing = await Jurors.Build(2105, "Jurymedlem").WithEmail("mangler@jury.dk").SeatAsync(app);
        await Ballots.RecordedAsync(app, 2105, voted);

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
