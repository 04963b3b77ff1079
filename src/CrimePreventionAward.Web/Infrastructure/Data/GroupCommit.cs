using Microsoft.Data.Sqlite;

namespace CrimePreventionAward.Web.Infrastructure.Data;

/// <summary>
/// SQLite's write gate with group commit. Commands take turns on one shared writer connection; each runs inside its
/// own SAVEPOINT of one open transaction, and that transaction is committed (one disk sync) when no writer is waiting
/// or the batch is full. A command is acknowledged only once the commit holding its writes has returned.
/// </summary>
public sealed class GroupCommit(ConnectionFactory factory, TimeProvider clock) : IAsyncDisposable
{
    // A sync costs a few ms, a submit's turn about one. A batch closes at 32 writes or 20 ms after its BEGIN, whichever
    // comes first: 64 waiting writers then share two syncs instead of 64, while the first writer of a batch waits at
    // most about one batch (20 ms plus a sync) longer for its answer, bounding the p99 a slow turn could add.
    public const int MaxWrites = 32;
    public static readonly TimeSpan MaxAge = TimeSpan.FromMilliseconds(20);

    private const string Savepoint = "command";

    private readonly SemaphoreSlim gate = new(1, 1);
    private int waiting;
    private long commits;
    private SqliteConnection? connection;
    private SqliteTransaction? transaction;
    private Batch? batch;

    internal int Waiting => Volatile.Read(ref waiting);
    internal long Commits => Interlocked.Read(ref commits);

    /// <summary>Runs on the writer connection just before each COMMIT: lets a test make the commit itself fail.</summary>
    internal Action<SqliteConnection, SqliteTransaction>? BeforeCommitForTests { get; set; }

    /// <summary>Waits for the writer connection and opens a savepoint on it for one command.</summary>
    public async Task<Turn> EnterAsync(CancellationToken ct)
    {
        Interlocked.Increment(ref waiting);
        // Not cancellable: a turn that hands the gate on counts on a waiter to take it and commit the batch.
        await gate.WaitAsync(CancellationToken.None);
        Interlocked.Decrement(ref waiting);
        try
        {
            ct.ThrowIfCancellationRequested();
            if (transaction is null)
            {
                connection ??= (SqliteConnection)await factory.OpenAsync(CancellationToken.None);
                transaction = connection.BeginTransaction();
                batch = new Batch(clock.GetTimestamp());
            }
            transaction.Save(Savepoint);
            return new Turn(this, connection!, transaction, batch!);
        }
        catch (Exception e)
        {
            if (transaction is null) gate.Release();
            else if (StillOpen()) EndTurn();
            else AbortAndRelease(e);
            throw;
        }
    }

    /// <summary>One command's use of the writer connection, from its savepoint to its commit or rollback.</summary>
    public sealed class Turn(GroupCommit owner, SqliteConnection connection, SqliteTransaction transaction, Batch batch)
    {
        private bool ended;

        public SqliteConnection Connection => connection;
        public SqliteTransaction Transaction => transaction;

        /// <summary>Keeps the command's writes and returns once they are committed; throws if that commit failed.</summary>
        public async Task CommitAsync()
        {
            End();
            try
            {
                transaction.Release(Savepoint);
            }
            catch (Exception e)
            {
                owner.RollBackTurn(e);
                throw;
            }
            batch.Writes++;
            owner.EndTurn();
            if (await batch.Done.Task is { } cause) throw new GroupCommitAborted(cause);
        }

        /// <summary>Undoes the command's writes alone; the batch goes on without them.</summary>
        public void Rollback()
        {
            if (ended) return;
            End();
            owner.RollBackTurn(null);
        }

        private void End()
        {
            if (ended) throw new InvalidOperationException("The turn has ended.");
            ended = true;
        }
    }

    /// <summary>The writes of several commands in one transaction; Done gives null once committed, else the cause.</summary>
    public sealed class Batch(long started)
    {
        public long Started { get; } = started;
        public int Writes { get; set; }
        public TaskCompletionSource<Exception?> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private void RollBackTurn(Exception? failure)
    {
        try
        {
            transaction!.Rollback(Savepoint);
            transaction.Release(Savepoint);
        }
        catch (Exception e) when (e is SqliteException or InvalidOperationException)
        {
            AbortAndRelease(e);
            return;
        }
        // Some errors (I/O, disk full, interrupt) make SQLite roll back the whole transaction by itself.
        if (StillOpen()) EndTurn();
        else AbortAndRelease(failure ?? new InvalidOperationException("SQLite rolled back the open transaction."));
    }

    /// <summary>Commits when no writer waits or the batch is full; otherwise hands the open transaction on.</summary>
    private void EndTurn()
    {
        if (Volatile.Read(ref waiting) == 0 || batch!.Writes >= MaxWrites || clock.GetElapsedTime(batch.Started) >= MaxAge)
            Finish();
        gate.Release();
    }

    private void Finish()
    {
        var done = batch!;
        if (done.Writes == 0)
        {
            Abort(null);
            return;
        }
        try
        {
            BeforeCommitForTests?.Invoke(connection!, transaction!);
            transaction!.Commit();
        }
        catch (Exception e)
        {
            Abort(e);
            return;
        }
        transaction.Dispose();
        transaction = null;
        batch = null;
        Interlocked.Increment(ref commits);
        done.Done.SetResult(null);
    }

    private void AbortAndRelease(Exception cause)
    {
        Abort(cause);
        gate.Release();
    }

    /// <summary>Rolls back what is open and fails every command of the batch with the cause (null: nothing to fail).</summary>
    private void Abort(Exception? cause)
    {
        var failed = batch;
        try { transaction?.Dispose(); }
        catch (Exception e) when (e is SqliteException or InvalidOperationException) { cause ??= e; }
        transaction = null;
        batch = null;
        if (cause is not null)
        {
            // The connection may be in any state after a failure; a new one costs less than finding out.
            connection?.Dispose();
            connection = null;
        }
        failed?.Done.TrySetResult(cause);
    }

    private bool StillOpen() => connection is not null && SQLitePCL.raw.sqlite3_get_autocommit(connection.Handle) == 0;

    public ValueTask DisposeAsync()
    {
        Abort(new ObjectDisposedException(nameof(GroupCommit)));
        return ValueTask.CompletedTask;
    }
}
