using System.Collections.Concurrent;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;
using static CrimePreventionAward.Tests.Nominations.NominationData;

namespace CrimePreventionAward.Tests.Foundation;

public sealed class BackupRestoreTests
{
    [Fact]
    public async Task A_backup_taken_under_write_load_restores_every_nomination_acknowledged_before_it_started()
    {
        var live = new AwardFactory { KeepData = true };
        await Editions.CreateOpenAsync(live, 2027);
        var acknowledged = new ConcurrentQueue<string>();
        using var stop = new CancellationTokenSource();
        var writers = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
                acknowledged.Enqueue((await live.SendAsSystem(Submit(2027, $"Kandidat {w}-{i}"))).Reference);
        })).ToList();
        while (acknowledged.Count < 40) await Task.Delay(20);

        var before = acknowledged.ToHashSet();
        var backup = Path.Combine(live.DataDirectory + "-backup");
        var (backedUp, backupLog) = await AppProcess.RunAsync(asUnprivilegedUser: false, "--Data:Directory=" + live.DataDirectory, "--Backup:To=" + backup);
        var duringBackup = acknowledged.Count - before.Count;
        await stop.CancelAsync();
        await Task.WhenAll(writers);
        await live.DisposeAsync();
        backedUp.ShouldBe(0, backupLog);
        duringBackup.ShouldBeGreaterThan(0, "the writers kept writing while the backup ran");

        var restoredDirectory = live.DataDirectory + "-restored";
        var (restored, restoreLog) = await AppProcess.RunAsync(asUnprivilegedUser: false, "--Data:Directory=" + restoredDirectory, "--Restore:From=" + backup);
        restored.ShouldBe(0, restoreLog);
        await using var again = new AwardFactory { DataDirectory = restoredDirectory };
        var references = await again.WithScope(async sp => (await sp.GetRequiredService<Db>()
            .QueryAsync<string>("SELECT Reference FROM Nominations WHERE Year = 2027")).ToList());
        before.Except(references).ShouldBeEmpty();
        references.Count.ShouldBe(references.Distinct().Count(), "no nomination restored twice");
        (await again.WithScope(sp => sp.GetRequiredService<Db>().ScalarAsync<string>("PRAGMA integrity_check"))).ShouldBe("ok");
    }
}
