namespace CrimePreventionAward.Web.Infrastructure.Data;

/// <summary>Every SQL difference between SQLite and SQL Server; all other SQL is written once for both.</summary>
public sealed record SqlDialect(string LastInsertId, string PageClause, string JoinedPairsFormat)
{
    public static readonly SqlDialect Sqlite = new(
        LastInsertId: "SELECT last_insert_rowid();",
        PageClause: "LIMIT @Take OFFSET @Skip",
        JoinedPairsFormat: "group_concat({0} || ':' || {1}, ',')");

    public static readonly SqlDialect SqlServer = new(
        LastInsertId: "SELECT CAST(SCOPE_IDENTITY() AS bigint);",
        PageClause: "OFFSET @Skip ROWS FETCH NEXT @Take ROWS ONLY",
        JoinedPairsFormat: "STRING_AGG(CONCAT({0}, ':', {1}), ',')");

    public static SqlDialect For(DatabaseProvider provider) => provider == DatabaseProvider.SqlServer ? SqlServer : Sqlite;

    /// <summary>An aggregate: the group's "key:value" pairs as one comma-separated text, in no set order.</summary>
    public string JoinedPairs(string key, string value) => string.Format(System.Globalization.CultureInfo.InvariantCulture, JoinedPairsFormat, key, value);
}
