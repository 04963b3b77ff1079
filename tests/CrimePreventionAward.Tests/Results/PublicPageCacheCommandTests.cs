using System.Reflection;
using System.Text.RegularExpressions;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Features;
using CrimePreventionAward.Web.Features.Accounts;
using CrimePreventionAward.Web.Features.Auth;
using CrimePreventionAward.Web.Features.Ceremony;
using CrimePreventionAward.Web.Features.Editions;
using CrimePreventionAward.Web.Features.Jury;
using CrimePreventionAward.Web.Features.Mail;
using CrimePreventionAward.Web.Features.Nominations;
using CrimePreventionAward.Web.Features.Reminders;
using CrimePreventionAward.Web.Features.Results;
using CrimePreventionAward.Web.Infrastructure.Behaviours;
using CrimePreventionAward.Web.Infrastructure.Data;
using CrimePreventionAward.Web.Infrastructure.Web.PublicCache;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using static CrimePreventionAward.Tests.Results.CachedPublicPages;

namespace CrimePreventionAward.Tests.Results;

/// <summary>
/// Only a command that can change a public page ends the public pages' cache generation: a submit or a score save
/// leaves the cached pages in place, every other command (the default) ends it, also from inside a marked one.
/// </summary>
public sealed partial class PublicPageCacheCommandTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    [Fact]
    public async Task A_submitted_nomination_and_its_receipt_delivery_keep_the_cached_public_pages()
    {
        await Editions.CreateOpenAsync(app, 2151);
        string[] pages = ["/", "/arkiv", "/prisoverraekkelse"];
        await FetchCachedAsync(app, pages);

        await Nominations.NominationData.SubmitOverApiAsync(app.Client(), 2151);
        // A delivery run is a plain request, not a command: its own short writes never touched the generation.
        await app.SendAsSystem(new DeliverOutbox.Command());

        foreach (var path in pages)
        {
            using var again = await app.Client().GetAsync(path);
            again.Headers.Age.ShouldNotBeNull($"{path} was rendered again after a submit");
        }
    }

    [Fact]
    public async Task A_command_not_marked_ends_the_cached_public_pages()
    {
        await FetchCachedAsync(app, ["/arkiv"]);

        await Editions.Build(2152).CreateAsync(app);

        using var again = await app.Client().GetAsync("/arkiv");
        again.Headers.Age.ShouldBeNull();
    }

    [Fact]
    public async Task An_unmarked_command_sent_inside_a_marked_one_ends_the_generation_after_the_outer_commit_not_before()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Db>();
        var schedule = app.Services.GetRequiredService<PublicSchedule>();
        var window = await schedule.CurrentAsync(db, CancellationToken.None);
        var outer = new TransactionBehaviour<KeepingCommand, Unit>(db, schedule);
        var inner = new TransactionBehaviour<EndingCommand, Unit>(db, schedule);
        var keptUntilTheOuterCommit = false;

        await outer.Handle(new KeepingCommand(), CancellationToken.None, async () =>
        {
            await inner.Handle(new EndingCommand(), CancellationToken.None, () => Task.FromResult(Unit.Value));
            keptUntilTheOuterCommit = schedule.StillCurrent(window);
            return Unit.Value;
        });

        keptUntilTheOuterCommit.ShouldBeTrue();
        schedule.StillCurrent(window).ShouldBeFalse();
        var after = await schedule.CurrentAsync(db, CancellationToken.None);
        await outer.Handle(new KeepingCommand(), CancellationToken.None, () => Task.FromResult(Unit.Value));
        schedule.StillCurrent(after).ShouldBeTrue("a marked command alone keeps the generation");
    }

    /// <summary>
    /// Every marked command, each with why nothing a public page shows (the front page, the archive, the nominees,
    /// the winner, the ceremony and its programme, and the instants their cache expires at) can change by it. A newly
    /// marked command fails here until it is added with its reason; and none of them holds SQL that writes a table
    /// those pages read, except the nomination rows named in its reason.
    /// </summary>
    private static readonly Dictionary<Type, (string Reason, string[] Writes)> Marked = new()
    {
        [typeof(SubmitNomination.Command)] = ("writes a new or draft nomination while its edition takes nominations, before any shortlist of it exists; the pages show only shortlisted and winning nominations, and no count", ["Nominations"]),
        [typeof(SaveDraft.Command)] = ("a draft is never on a shortlist", []),
        [typeof(AddAttachment.Command)] = ("attachments are shown on no public page", []),
        [typeof(DeleteAttachment.Command)] = ("attachments are shown on no public page", []),
        [typeof(AddNote.Command)] = ("the secretariat's notes are shown on no public page", []),
        [typeof(GrantExtension.Command)] = ("an extension opens one nominator's form, not the edition's public deadline", []),
        [typeof(SaveScoreSheet.Command)] = ("scores are shown on no public page", []),
        [typeof(DeclareConflict.Command)] = ("conflicts are shown on no public page", []),
        [typeof(CastBallot.Command)] = ("ballots are shown on no public page; the winner is the recorded decision", []),
        [typeof(RequestSignInLink.Command)] = ("a sign-in token and its mail", []),
        [typeof(SignInWithLink.Command)] = ("spends a sign-in token", []),
        [typeof(RemindJuror.Command)] = ("a sign-in token and its mail", []),
        [typeof(SignIn.Command)] = ("sign-in attempts and the account; a signed-in caller never reads the cache", []),
        [typeof(SignOut.Command)] = ("renews the account's security stamp", []),
        [typeof(SignInAsDemoJuror.Command)] = ("reads the demo juror only", []),
        [typeof(RequestPasswordReset.Command)] = ("a reset token and its mail", []),
        [typeof(ResetPassword.Command)] = ("the account's password", []),
        [typeof(ChangePassword.Command)] = ("the account's password", []),
        [typeof(AddSecretariatAccount.Command)] = ("accounts are shown on no public page", []),
        [typeof(RemoveSecretariatAccount.Command)] = ("accounts are shown on no public page", []),
        [typeof(EnsureSecretariatAccount.Command)] = ("accounts are shown on no public page", []),
        [typeof(RetryMail.Command)] = ("mail outbox bookkeeping", []),
        [typeof(SendTestMail.Command)] = ("queues one mail to the sender", []),
        [typeof(QueueReminder.Command)] = ("queues one mail", []),
        [typeof(InviteGuest.Command)] = ("the guest list is shown on no public page", []),
        [typeof(RespondToInvitation.Command)] = ("the guest list is shown on no public page", []),
    };

    /// <summary>What the public pages and their cache's instants read (<see cref="PublicSchedule"/>, the public queries).</summary>
    private static readonly string[] PublicTables =
        ["Editions", "Ceremonies", "ProgrammeItems", "Announcements", "Decisions", "ShortlistEntries", "Nominations"];

    [Fact]
    public void Every_command_that_keeps_the_public_pages_is_listed_with_its_reason_and_writes_no_table_they_read()
    {
        var marked = typeof(Program).Assembly.GetTypes().Where(t => t.GetCustomAttribute<KeepsPublicPagesAttribute>() is not null).ToList();
        marked.ShouldAllBe(t => RequestKinds.IsCommand(t), "only a command ends the generation, so only a command can keep it");
        marked.Select(t => t.FullName).Order().ShouldBe(Marked.Keys.Select(t => t.FullName).Order());
        RequestKinds.EndsPublicPages(typeof(SetAnnouncement.Command)).ShouldBeTrue();
        RequestKinds.EndsPublicPages(typeof(DeliverOutbox.Command)).ShouldBeFalse("not a command: it never ran in the transaction behaviour");

        foreach (var (command, (reason, writes)) in Marked)
        {
            reason.ShouldNotBeNullOrWhiteSpace();
            RequestKinds.EndsPublicPages(command).ShouldBeFalse(command.FullName);
            var written = SqlOf(command.DeclaringType!).SelectMany(sql => WriteTarget().Matches(sql).Select(m => m.Groups[1].Value));
            written.Where(PublicTables.Contains).Except(writes).ShouldBeEmpty($"{command.FullName} writes what a public page reads");
        }
    }

    /// <summary>The SQL beside a use case: its class's and nested classes' string constants and fields.</summary>
    private static IEnumerable<string> SqlOf(Type useCase) => new[] { useCase }.Concat(useCase.GetNestedTypes(BindingFlags.Public | BindingFlags.NonPublic))
        .Where(t => !t.ContainsGenericParameters)
        .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly))
        .Where(f => (f.IsLiteral || f.IsInitOnly) && f.FieldType == typeof(string))
        .Select(f => (string)(f.IsLiteral ? f.GetRawConstantValue() : f.GetValue(null))!);

    [GeneratedRegex(@"(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM|MERGE\s+INTO)\s+(\w+)", RegexOptions.IgnoreCase)]
    private static partial Regex WriteTarget();

    [KeepsPublicPages]
    private sealed record KeepingCommand : ICommand<Unit>;

    private sealed record EndingCommand : ICommand<Unit>;
}
