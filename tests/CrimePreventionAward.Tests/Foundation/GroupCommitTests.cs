using System.Net;
using System.Net.Http.Json;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Features.Audit;
using CrimePreventionAward.Web.Features.Nominations;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using static CrimePreventionAward.Tests.Nominations.NominationData;

namespace CrimePreventionAward.Tests.Foundation;

/// <summary>
/// Group commit on SQLite: the test holds the writer's turn while submits queue up behind it, so they run as one
/// batch in one transaction when it lets go, as they would under load.
/// </summary>
public sealed class GroupCommitTests(SqliteAwardFactory app) : IClassFixture<SqliteAwardFactory>
{
    private GroupCommit Gate => app.Services.GetRequiredService<GroupCommit>();

    private static SubmitNomination.Command SubmitBy(int year, string nominator) =>
        new(Fields($"Kandidat {nominator}") with { NominatorEmail = $"{nominator}@politi.test" }) { Year = year, SubmissionKey = Guid.NewGuid() };

    private async Task<SubmitNomination.Result> SendAsync(SubmitNomination.Command command, CancellationToken ct = default)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        return await CurrentUser.AsSystem(() => mediator.Send(command, ct));
    }

    /// <summary>Starts the sends one after another, each once the one before waits for the writer's turn.</summary>
    private async Task<List<Task<T>>> QueueAsync<T>(IEnumerable<Func<Task<T>>> sends)
    {
        var started = new List<Task<T>>();
        foreach (var send in sends)
        {
            started.Add(send());
            await WaitForWritersAsync(started.Count, started);
        }
        return started;
    }

    private async Task WaitForWritersAsync<T>(int count, IEnumerable<Task<T>> sends)
    {
        while (Gate.Waiting < count)
        {
            if (sends.FirstOrDefault(t => t.IsFaulted) is { } failed) await failed;
            await Task.Delay(5);
        }
    }

    /// <summary>Submits by each nominator, queued behind the held writer's turn so they form one batch.</summary>
    private Task<List<Task<SubmitNomination.Result>>> QueueSubmitsAsync(int year, IEnumerable<string> nominators) =>
        QueueAsync(nominators.Select(n => (Func<Task<SubmitNomination.Result>>)(() => SendAsync(SubmitBy(year, n)))));

    /// <summary>Runs a test with a trigger that raises when a receipt goes to one address; the trigger is gone afterwards.</summary>
    private async Task WithReceiptTriggerAsync(string name, string address, string raise, Func<Task> test)
    {
        await app.WithScope(sp => sp.GetRequiredService<Db>().ExecuteAsync(
            $"CREATE TRIGGER {name} BEFORE INSERT ON MailOutbox WHEN NEW.ToAddress = '{address}' BEGIN SELECT {raise}; END"));
        try { await test(); }
        finally { await app.WithScope(sp => sp.GetRequiredService<Db>().ExecuteAsync($"DROP TRIGGER {name}")); }
    }

    private Task<long> CountAsync(string sql, object args) =>
        app.WithScope(sp => sp.GetRequiredService<Db>().ScalarAsync<long>(sql, args));

    private Task<long> NominationsByAsync(string nominator) =>
        CountAsync("SELECT COUNT(*) FROM Nominations WHERE NominatorEmail = @E", new { E = $"{nominator}@politi.test" });

    private Task<long> OutboxRowsToAsync(string nominator) =>
        CountAsync("SELECT COUNT(*) FROM MailOutbox WHERE ToAddress = @E", new { E = $"{nominator}@politi.test" });

    private Task<long> SubmitAuditRowsAsync(int year) =>
        CountAsync("SELECT COUNT(*) FROM AuditLog WHERE Action = 'Nominations.SubmitNomination.Command' AND Data LIKE @Year",
            new { Year = $"%\"year\":{year},%" });

    private async Task ChainHoldsAsync()
    {
        var chain = await app.SendAsSystem(new VerifyAuditChain.Query());
        chain.Holds.ShouldBeTrue(chain.ToString());
    }

    [Fact]
    public async Task Submits_queued_behind_one_writer_commit_together_each_with_its_audit_row_and_one_receipt()
    {
        await Editions.CreateOpenAsync(app, 2091);
        var nominators = Enumerable.Range(1, 12).Select(i => $"batch{i}").ToList();
        var commitsBefore = Gate.Commits;

        var holder = await Gate.EnterAsync(CancellationToken.None);
        var sends = await QueueSubmitsAsync(2091, nominators);
        await holder.CommitAsync();
        var results = await Task.WhenAll(sends);

        (Gate.Commits - commitsBefore).ShouldBe(1, "the twelve submits and the holder's turn share one commit");
        results.Select(r => r.Reference).Order().ShouldBe(Enumerable.Range(1, 12).Select(i => $"KP-2091-{i:D3}"));
        (await SubmitAuditRowsAsync(2091)).ShouldBe(12);
        await ChainHoldsAsync();
        foreach (var nominator in nominators)
        {
            (await NominationsByAsync(nominator)).ShouldBe(1, nominator);
            (await Mailbox.DeliveredToAsync(app, $"{nominator}@politi.test")).Count.ShouldBe(1, nominator);
        }
    }

    [Fact]
    public async Task Many_submits_at_once_over_http_all_commit_and_the_audit_chain_verifies()
    {
        await Editions.CreateOpenAsync(app, 2092);
        var responses = await Task.WhenAll(Enumerable.Range(1, 40).Select(i => app.Client()
            .PostAsJsonAsync("/api/editions/2092/nominations", Fields($"Kandidat {i}") with { NominatorEmail = $"http{i}@politi.test" })));

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Created);
        (await SubmitAuditRowsAsync(2092)).ShouldBe(40);
        (await CountAsync("SELECT COUNT(DISTINCT Reference) FROM Nominations WHERE Year = @Year", new { Year = 2092 })).ShouldBe(40);
        (await CountAsync("SELECT COUNT(*) FROM MailOutbox WHERE ToAddress LIKE 'http%@politi.test'", new { })).ShouldBe(40);
        await ChainHoldsAsync();
    }

    [Fact]
    public async Task A_submit_that_fails_in_a_batch_leaves_nothing_and_the_others_commit()
    {
        await Editions.CreateOpenAsync(app, 2093);
        // A real constraint error after the submit has inserted its nomination: its receipt is refused.
        await WithReceiptTriggerAsync("RefuseReceipt", "refused@politi.test", "RAISE(ABORT, 'refused')", async () =>
        {
            var holder = await Gate.EnterAsync(CancellationToken.None);
            var sends = await QueueSubmitsAsync(2093, ["before1", "before2", "refused", "after1", "after2"]);
            await holder.CommitAsync();

            (await Should.ThrowAsync<SqliteException>(sends[2])).Message.ShouldContain("refused");
            foreach (var ok in sends.Where((_, i) => i != 2)) (await ok).Reference.ShouldStartWith("KP-2093-");
            (await NominationsByAsync("refused")).ShouldBe(0);
            (await OutboxRowsToAsync("refused")).ShouldBe(0);
            foreach (var n in new[] { "before1", "before2", "after1", "after2" })
            {
                (await NominationsByAsync(n)).ShouldBe(1, n);
                (await OutboxRowsToAsync(n)).ShouldBe(1, n);
            }
            (await SubmitAuditRowsAsync(2093)).ShouldBe(4);
            await ChainHoldsAsync();
        });
    }

    [Fact]
    public async Task An_error_that_makes_SQLite_roll_back_the_whole_transaction_fails_the_batch_and_stores_none_of_it()
    {
        await Editions.CreateOpenAsync(app, 2094);
        string[] nominators = ["doomed1", "doomed2", "rollback", "later1", "later2"];
        await WithReceiptTriggerAsync("RollBackEverything", "rollback@politi.test", "RAISE(ROLLBACK, 'everything')", async () =>
        {
            var holder = await Gate.EnterAsync(CancellationToken.None);
            var sends = await QueueSubmitsAsync(2094, nominators);
            await Should.ThrowAsync<GroupCommitAborted>(holder.CommitAsync());
            await Task.WhenAny(Task.WhenAll(sends));

            await Should.ThrowAsync<SqliteException>(sends[2]);
            (await NominationsByAsync("rollback")).ShouldBe(0);
            var acknowledged = 0;
            foreach (var (send, nominator) in sends.Zip(nominators))
            {
                var stored = await NominationsByAsync(nominator);
                if (send.Exception is null) { stored.ShouldBe(1, nominator); acknowledged++; }
                else
                {
                    stored.ShouldBe(0, nominator);
                    (await OutboxRowsToAsync(nominator)).ShouldBe(0, nominator);
                    if (nominator != "rollback") send.Exception.InnerException.ShouldBeOfType<GroupCommitAborted>();
                }
            }
            acknowledged.ShouldBe(2, "the two submits after the failed batch start a new one");
            (await SubmitAuditRowsAsync(2094)).ShouldBe(acknowledged);
            await ChainHoldsAsync();
        });
    }

    [Fact]
    public async Task A_failed_commit_fails_every_submit_of_the_batch_and_leaves_nothing()
    {
        await Editions.CreateOpenAsync(app, 2095);
        // The commit itself fails: a deferred foreign key is broken just before it (an edition with nominations is
        // deleted), so SQLite refuses the COMMIT and the whole batch must be rolled back.
        Gate.BeforeCommitForTests = (connection, transaction) =>
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "PRAGMA defer_foreign_keys = ON; DELETE FROM Editions WHERE Year = 2095";
            command.ExecuteNonQuery();
        };
        var nominators = new[] { "lost1", "lost2", "lost3", "lost4" };
        try
        {
            var holder = await Gate.EnterAsync(CancellationToken.None);
            var sends = await QueueSubmitsAsync(2095, nominators);
            await Should.ThrowAsync<GroupCommitAborted>(holder.CommitAsync());
            foreach (var send in sends) await Should.ThrowAsync<GroupCommitAborted>(send);
        }
        finally
        {
            Gate.BeforeCommitForTests = null;
        }

        foreach (var n in nominators)
        {
            (await NominationsByAsync(n)).ShouldBe(0, n);
            (await OutboxRowsToAsync(n)).ShouldBe(0, n);
        }
        (await SubmitAuditRowsAsync(2095)).ShouldBe(0);
        (await CountAsync("SELECT COUNT(*) FROM Editions WHERE Year = 2095", new { })).ShouldBe(1);
        await ChainHoldsAsync();
        (await SendAsync(SubmitBy(2095, "retry"))).Reference.ShouldBe("KP-2095-001");
    }

    [Fact]
    public async Task A_submit_cancelled_after_its_writes_joined_the_batch_is_committed_and_acknowledged()
    {
        await Editions.CreateOpenAsync(app, 2096);
        using var leaving = new CancellationTokenSource();
        Gate.BeforeCommitForTests = (_, _) => leaving.Cancel();
        try
        {
            var holder = await Gate.EnterAsync(CancellationToken.None);
            var sends = await QueueAsync(new Func<Task<SubmitNomination.Result>>[]
            {
                () => SendAsync(SubmitBy(2096, "leaving"), leaving.Token),
                () => SendAsync(SubmitBy(2096, "staying")),
            });
            await holder.CommitAsync();

            leaving.IsCancellationRequested.ShouldBeTrue();
            (await sends[0]).Reference.ShouldBe("KP-2096-001");
            (await sends[1]).Reference.ShouldBe("KP-2096-002");
        }
        finally
        {
            Gate.BeforeCommitForTests = null;
        }
        (await NominationsByAsync("leaving")).ShouldBe(1);
        (await OutboxRowsToAsync("leaving")).ShouldBe(1);
        (await SubmitAuditRowsAsync(2096)).ShouldBe(2);
    }

    [Fact]
    public async Task A_submit_cancelled_while_waiting_for_its_turn_writes_nothing_and_the_batch_goes_on()
    {
        await Editions.CreateOpenAsync(app, 2097);
        using var leaving = new CancellationTokenSource();
        var holder = await Gate.EnterAsync(CancellationToken.None);
        var sends = await QueueAsync(new Func<Task<SubmitNomination.Result>>[]
        {
            () => SendAsync(SubmitBy(2097, "gone"), leaving.Token),
            () => SendAsync(SubmitBy(2097, "kept")),
        });
        await leaving.CancelAsync();
        await holder.CommitAsync();

        await Should.ThrowAsync<OperationCanceledException>(sends[0]);
        (await sends[1]).Reference.ShouldBe("KP-2097-001");
        (await NominationsByAsync("gone")).ShouldBe(0);
        (await SubmitAuditRowsAsync(2097)).ShouldBe(1);
        await ChainHoldsAsync();
    }
}
