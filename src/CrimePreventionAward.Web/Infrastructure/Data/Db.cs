using System.Data.Common;
using Dapper;

namespace CrimePreventionAward.Web.Infrastructure.Data;

/// <summary>
/// The request's one connection and, for commands, its transaction. Handlers run their SQL through it. With group
/// commit a command's SQL goes, from BeginAsync on, to the shared writer connection inside the command's savepoint.
/// </summary>
public sealed class Db(ConnectionFactory factory, WriteGate gate, GroupCommit groupCommit, DatabaseOptions options) : IAsyncDisposable
{
    private DbConnection? connection;
    private IDisposable? writeLock;
    private GroupCommit.Turn? turn;
    private List<Action>? afterCommit;

    public DbTransaction? Transaction { get; private set; }
    public SqlDialect Dialect => factory.Dialect;
    public DatabaseProvider Provider => factory.Provider;

    public async Task<DbConnection> ConnectionAsync(CancellationToken ct = default) =>
        turn?.Connection ?? (connection ??= await factory.OpenAsync(ct));

    public async Task BeginAsync(CancellationToken ct)
    {
        if (Transaction is not null) throw new InvalidOperationException("A transaction is already open.");
        if (options.GroupCommit)
        {
            turn = await groupCommit.EnterAsync(ct);
            Transaction = turn.Transaction;
            return;
        }
        writeLock = await gate.EnterAsync(ct);
        try
        {
            var c = await ConnectionAsync(ct);
            Transaction = await c.BeginTransactionAsync(ct);
        }
        catch
        {
            ReleaseWriteLock();
            throw;
        }
    }

    /// <summary>Runs work in one transaction: committed when it returns, rolled back when it throws.</summary>
    public async Task<T> InTransactionAsync<T>(Func<Task<T>> work, CancellationToken ct)
    {
        await BeginAsync(ct);
        try
        {
            var result = await work();
            await CommitAsync(ct);
            return result;
        }
        catch
        {
            await RollbackAsync();
            throw;
        }
    }

    /// <summary>Runs an action once the open transaction has committed (never when it rolls back).</summary>
    public void AfterCommit(Action action)
    {
        if (Transaction is null) throw new InvalidOperationException("No transaction is open.");
        (afterCommit ??= []).Add(action);
    }

    public async Task CommitAsync(CancellationToken ct)
    {
        var actions = afterCommit;
        if (turn is { } mine)
        {
            EndTurn();
            await mine.CommitAsync();
            actions?.ForEach(a => a());
            return;
        }
        try { await Transaction!.CommitAsync(ct); }
        finally { await EndAsync(); }
        actions?.ForEach(a => a());
    }

    public async Task RollbackAsync()
    {
        if (turn is { } mine)
        {
            EndTurn();
            mine.Rollback();
            return;
        }
        try { if (Transaction is not null) await Transaction.RollbackAsync(CancellationToken.None); }
        finally { await EndAsync(); }
    }

    public async Task<IEnumerable<T>> QueryAsync<T>(string sql, object? args = null, CancellationToken ct = default) =>
        await (await ConnectionAsync(ct)).QueryAsync<T>(Command(sql, args, ct));

    public async Task<T?> QuerySingleOrDefaultAsync<T>(string sql, object? args = null, CancellationToken ct = default) =>
        await (await ConnectionAsync(ct)).QuerySingleOrDefaultAsync<T>(Command(sql, args, ct));

    public async Task<T?> ScalarAsync<T>(string sql, object? args = null, CancellationToken ct = default) =>
        await (await ConnectionAsync(ct)).ExecuteScalarAsync<T>(Command(sql, args, ct));

    public async Task<int> ExecuteAsync(string sql, object? args = null, CancellationToken ct = default) =>
        await (await ConnectionAsync(ct)).ExecuteAsync(Command(sql, args, ct));

    /// <summary>The rows of one query as they come, for reads too large to map into an object per row.</summary>
    public async Task<DbDataReader> ReaderAsync(string sql, object? args = null, CancellationToken ct = default) =>
        await (await ConnectionAsync(ct)).ExecuteReaderAsync(Command(sql, args, ct));

    /// <summary>Runs one INSERT and returns the new row's identity.</summary>
    public async Task<long> InsertAsync(string insertSql, object? args = null, CancellationToken ct = default) =>
        await (await ConnectionAsync(ct)).ExecuteScalarAsync<long>(Command($"{insertSql};\n{Dialect.LastInsertId}", args, ct));

    private CommandDefinition Command(string sql, object? args, CancellationToken ct) =>
        new(sql, args, Transaction, cancellationToken: ct);

    private async Task EndAsync()
    {
        afterCommit = null;
        if (Transaction is not null) await Transaction.DisposeAsync();
        Transaction = null;
        ReleaseWriteLock();
    }

    private void EndTurn()
    {
        afterCommit = null;
        Transaction = null;
        turn = null;
    }

    private void ReleaseWriteLock()
    {
        writeLock?.Dispose();
        writeLock = null;
    }

    public async ValueTask DisposeAsync()
    {
        await RollbackAsync();
        if (connection is not null) await connection.DisposeAsync();
    }
}
