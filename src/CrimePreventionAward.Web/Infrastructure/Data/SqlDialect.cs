namespace CrimePreventionAward.Web.Infrastructure.Data;

/// <summary>Every SQL difference between SQLite and SQL Server; all other SQL is written once for both.</summary>
public sealed record SqlDialect(string LastInsertId, string PageClause)
{
    public static readonly SqlDialect Sqlite = new(
        LastInsertId: "SELECT last_insert_rowid();",
        PageClause: "LIMIT @Take OFFSET @Skip");

    public static readonly SqlDialect SqlServer = new(
        LastInsertId: "SELECT CAST(SCOPE_IDENTITY() AS bigint);",
        PageClause: "OFFSET @Skip ROWS FETCH NEXT @Take ROWS ONLY");

    public static SqlDialect For(DatabaseProvider provider) => provider == DatabaseProvider.SqlServer ? SqlServer : Sqlite;
}
