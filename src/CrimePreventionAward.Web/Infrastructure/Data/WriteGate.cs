namespace CrimePreventionAward.Web.Infrastructure.Data;

/// <summary>
/// SQLite allows one writer; waiting on an in-process gate instead of SQLite's sleep-and-retry
/// keeps write latency low (README, "Architecture": SQLite writes). SQL Server needs no gate.
/// </summary>
public sealed class WriteGate(DatabaseOptions options)
{
    private readonly SemaphoreSlim gate = new(1, 1);

    public async Task<IDisposable> EnterAsync(CancellationToken ct)
    {
        if (options.Provider != DatabaseProvider.Sqlite) return NoGate.Instance;
        await gate.WaitAsync(ct);
        return new Release(gate);
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int released;
        public void Dispose() { if (Interlocked.Exchange(ref released, 1) == 0) gate.Release(); }
    }

    private sealed class NoGate : IDisposable
    {
        public static readonly NoGate Instance = new();
        public void Dispose() { }
    }
}
