using CrimePreventionAward.Tests.Results;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Features.Mail;
using CrimePreventionAward.Web.Features.Nominations;
using CrimePreventionAward.Web.Features.Privacy;
using static CrimePreventionAward.Tests.Nominations.NominationData;

namespace CrimePreventionAward.Tests.Privacy;

/// <summary>Moves its own clock a year on, so it has its own app.</summary>
public sealed class RetentionTests(RetentionTests.App app) : IClassFixture<RetentionTests.App>
{
    public sealed class App : AwardFactory;

    private Task<T?> Scalar<T>(string sql, object? args = null) => ResultsTestData.WithDb(app, db => db.ScalarAsync<T>(sql, args));

    [Fact]
    public async Task Retention_erases_exactly_the_nominations_not_shortlisted_past_the_limit_and_stale_drafts_and_old_mail_bodies()
    {
        // 2098: ceremony 10 December 2026, three shortlisted and one not. 2099: open, ceremony in April 2027.
        var s = await FinalVoteTests.ShortlistedAsync(app, 2098);
        await Editions.CreateOpenAsync(app, 2099);
        var current = (await app.SendAsSystem(Submit(2099, "Nattevagten"))).Id;
        var draft = (await app.SendAsSystem(new SaveDraft.Command(Fields("Kladde uden ende")) { Year = 2099 })).Id;
        await app.SendAsSystem(new DeliverOutbox.Command());
        var sentMail = await Scalar<long>("SELECT COUNT(*) FROM MailOutbox WHERE Status = 'Sent'");
        sentMail.ShouldBeGreaterThan(0);

        var audit = await Scalar<long>("SELECT COUNT(*) FROM AuditLog");
        (await app.SendAsSystem(new ApplyRetention.Command())).DidNothing.ShouldBeTrue();
        (await Scalar<long>("SELECT COUNT(*) FROM AuditLog")).ShouldBe(audit);

        app.Clock.SetUtcNow(ResultsTestData.CeremonyAt.AddMonths(12).AddMinutes(-1));
        (await app.SendAsSystem(new ApplyRetention.Command())).ShouldBe(new ApplyRetention.Result(Nominations: 0, Drafts: 1, MailBodies: (int)sentMail));

        app.Clock.SetUtcNow(ResultsTestData.CeremonyAt.AddMonths(12).AddMinutes(1));
        (await app.SendAsSystem(new ApplyRetention.Command())).ShouldBe(new ApplyRetention.Result(Nominations: 1, Drafts: 0, MailBodies: 0));

        (await Scalar<string>("SELECT CandidateName FROM Nominations WHERE Id = @Id", new { Id = s.Outside })).ShouldBe(PersonalData.Marker);
        (await Scalar<string>("SELECT CandidateNameKey FROM Nominations WHERE Id = @Id", new { Id = s.Outside })).ShouldBe(PersonalData.Marker);
        (await Scalar<string>("SELECT NominatorEmail FROM Nominations WHERE Id = @Id", new { Id = s.Outside })).ShouldBe(PersonalData.Marker);
        (await Scalar<string>("SELECT Reference FROM Nominations WHERE Id = @Id", new { Id = s.Outside })).ShouldStartWith("KP-2098-");
        foreach (var kept in new[] { s.A, s.B, s.C, current })
            (await Scalar<string>("SELECT NominatorEmail FROM Nominations WHERE Id = @Id", new { Id = kept })).ShouldNotBe(PersonalData.Marker);
        (await Scalar<long>("SELECT COUNT(*) FROM Nominations WHERE Id = @Id", new { Id = draft })).ShouldBe(0);
        (await Scalar<long>("SELECT COUNT(*) FROM MailOutbox WHERE BodyText LIKE '%Ditte%'")).ShouldBe(0);
        (await Scalar<long>("SELECT COUNT(*) FROM AuditLog WHERE Action = 'Privacy.ApplyRetention.Command'")).ShouldBe(2);

        (await app.SendAsSystem(new ApplyRetention.Command())).DidNothing.ShouldBeTrue();
        (await Scalar<long>("SELECT COUNT(*) FROM AuditLog WHERE Action = 'Privacy.ApplyRetention.Command'")).ShouldBe(2);
    }
}
