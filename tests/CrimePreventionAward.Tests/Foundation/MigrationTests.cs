using System.Reflection;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Features.Results;
using CrimePreventionAward.Web.Infrastructure.Data;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace CrimePreventionAward.Tests.Foundation;

/// <summary>SQL Server cannot run here, so its scripts and every SQL string are proven by Microsoft's own T-SQL parser.</summary>
public sealed class MigrationTests
{
    private static string[] ScriptNames(string provider) =>
        Directory.GetFiles(RepoPaths.Db(provider), "*.sql").Select(Path.GetFileName).Order().ToArray()!;

    private static TSqlFragment Parse(string sql, out IList<ParseError> errors)
    {
        using var reader = new StringReader(sql);
        return new TSql160Parser(initialQuotedIdentifiers: true).Parse(reader, out errors);
    }

    [Fact]
    public void Both_providers_have_the_same_script_names()
    {
        ScriptNames("sqlite").ShouldNotBeEmpty();
        ScriptNames("sqlserver").ShouldBe(ScriptNames("sqlite"));
    }

    [Fact]
    public void Every_TSql_script_parses_without_errors()
    {
        foreach (var file in Directory.GetFiles(RepoPaths.Db("sqlserver"), "*.sql"))
        {
            Parse(File.ReadAllText(file), out var errors);
            errors.Select(e => $"{Path.GetFileName(file)}:{e.Line}: {e.Message}").ShouldBeEmpty();
        }
    }

    [Fact]
    public void The_parser_check_catches_broken_TSql()
    {
        Parse("CREATE TABLE Broken (Id INT NOT NULL PRIMARY KEY,, Name NVARCHAR(10))", out var errors);
        errors.ShouldNotBeEmpty();
        Parse("SELECT Id FROM Editions LIMIT @Take OFFSET @Skip", out var sqliteOnly);
        sqliteOnly.ShouldNotBeEmpty();
    }

    [Fact]
    public void SqlServer_dialect_strings_parse()
    {
        var d = SqlDialect.SqlServer;
        foreach (var sql in new[]
                 {
                     $"INSERT INTO AuditLog (At, UserName, Action, Data) VALUES (@At, @U, @A, @D);\n{d.LastInsertId}",
                     $"SELECT Year FROM Editions ORDER BY Year {d.PageClause}",
                     TallyData.PackedSheetsSql(d),
                 })
        {
            Parse(sql, out var errors);
            errors.Select(e => $"{sql}: {e.Message}").ShouldBeEmpty();
        }
    }

    /// <summary>The shared SQL next to each handler runs on both databases, so it must be T-SQL too: the constants and
    /// the statements built once at start-up from a description (the nomination's fields).</summary>
    [Fact]
    public void Every_SQL_constant_in_the_app_parses_as_TSql()
    {
        var constants = typeof(Program).Assembly.GetTypes()
            .Where(t => !t.ContainsGenericParameters)
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly))
            .Where(f => (f.IsLiteral || f.IsInitOnly) && f.FieldType == typeof(string))
            .Select(f => (Name: $"{f.DeclaringType!.FullName}.{f.Name}", Sql: (string)(f.IsLiteral ? f.GetRawConstantValue() : f.GetValue(null))!))
            .Where(c => IsSql(c.Sql))
            .ToList();
        constants.Count.ShouldBeGreaterThan(10);
        constants.ShouldContain(c => c.Name.EndsWith("NominationWrites.InsertDraft"));
        foreach (var (name, sql) in constants)
        {
            Parse(sql, out var errors);
            errors.Select(e => $"{name}: {e.Message}").ShouldBeEmpty();
        }
    }

    private static bool IsSql(string text)
    {
        var start = text.TrimStart().Split(' ', '\n')[0].ToUpperInvariant();
        return start is "SELECT" or "INSERT" or "UPDATE" or "DELETE" or "WITH" && text.Contains(' ');
    }

    [Fact]
    public void Both_providers_define_the_same_tables_and_columns()
    {
        SqlServerSchema().ShouldBe(SqliteSchema());
    }

    private static SortedDictionary<string, string> SqliteSchema()
    {
        var dir = Path.Combine(Path.GetTempPath(), "cpa-schema", Guid.NewGuid().ToString("N"));
        var options = new DatabaseOptions
        {
            Provider = DatabaseProvider.Sqlite, DataDirectory = dir,
            ConnectionString = $"Data Source={Path.Combine(Directory.CreateDirectory(dir).FullName, "s.db")};Pooling=False",
        };
        new Migrator(options, NullLogger<Migrator>.Instance).Run();
        using var connection = new SqliteConnection(options.ConnectionString);
        var tables = connection.Query<string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'SchemaVersions'");
        var schema = new SortedDictionary<string, string>();
        foreach (var table in tables)
            schema[table] = string.Join(",", connection.Query<string>($"SELECT name FROM pragma_table_info('{table}')").Order());
        return schema;
    }

    private static SortedDictionary<string, string> SqlServerSchema()
    {
        var columns = new Dictionary<string, List<string>>();
        foreach (var file in Directory.GetFiles(RepoPaths.Db("sqlserver"), "*.sql").Order())
        {
            var fragment = Parse(File.ReadAllText(file), out _);
            var visitor = new SchemaVisitor(columns);
            fragment.Accept(visitor);
        }
        return new SortedDictionary<string, string>(columns.ToDictionary(p => p.Key, p => string.Join(",", p.Value.Order())));
    }

    private sealed class SchemaVisitor(Dictionary<string, List<string>> columns) : TSqlFragmentVisitor
    {
        public override void Visit(CreateTableStatement node) =>
            columns[node.SchemaObjectName.BaseIdentifier.Value] = node.Definition.ColumnDefinitions.Select(c => c.ColumnIdentifier.Value).ToList();

        public override void Visit(AlterTableAddTableElementStatement node) =>
            columns[node.SchemaObjectName.BaseIdentifier.Value].AddRange(node.Definition.ColumnDefinitions.Select(c => c.ColumnIdentifier.Value));

        public override void Visit(DropTableStatement node)
        {
            foreach (var o in node.Objects) columns.Remove(o.BaseIdentifier.Value);
        }
    }
}
