namespace CrimePreventionAward.Web.Infrastructure.Data;

/// <summary>Every SQL difference between SQLite and SQL Server; all other SQL is written once for both.</summary>
public sealed record SqlDialect(string LastInsertId, string PageClause, string JoinedFormat)
{
    public static readonly SqlDialect Sqlite = new(
        LastInsertId: "SELECT last_insert_rowid();",
        PageClause: "LIMIT @Take OFFSET @Skip",
        JoinedFormat: "group_concat({0}, ',')");

    public static readonly SqlDialect SqlServer = new(
        LastInsertId: "SELECT CAST(SCOPE_IDENTITY() AS bigint);",
        PageClause: "OFFSET @Skip ROWS FETCH NEXT @Take ROWS ONLY",
        JoinedFormat: "STRING_AGG({0}, ',')");

    public static SqlDialect For(DatabaseProvider provider) => provider == DatabaseProvider.SqlServer ? SqlServer : Sqlite;

    /// <summary>An aggregate: the group's values of <paramref name="expression"/> as one comma-separated text, in no set order.</summary>
    public string Joined(string expression) => string.Format(System.Globalization.CultureInfo.InvariantCulture, JoinedFormat, expression);
}
