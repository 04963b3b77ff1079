using System.Text;
using System.Text.Encodings.Web;
using Microsoft.Data.Sqlite;

// A bare ASP.NET Core app doing the storage work the award app does, with the same SQLite settings (WAL,
// synchronous=FULL, one writer through an in-process gate): the limit scripts/bench.sh measures the app against.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();

var directory = Directory.CreateDirectory(app.Configuration["Data:Directory"] ?? "baseline-data").FullName;
var connectionString = new SqliteConnectionStringBuilder
{
    DataSource = Path.Combine(directory, "baseline.db"), ForeignKeys = true, Cache = SqliteCacheMode.Private,
}.ToString();
await using (var setup = Open())
{
    Execute(setup, """
        PRAGMA journal_mode=WAL;
        CREATE TABLE IF NOT EXISTS Rows (Id INTEGER PRIMARY KEY, Year INTEGER NOT NULL, SequenceNo INTEGER NOT NULL,
            Reference TEXT NOT NULL, Body TEXT NOT NULL, CreatedAt TEXT NOT NULL);
        CREATE UNIQUE INDEX IF NOT EXISTS UX_Rows_Sequence ON Rows (Year, SequenceNo);
        CREATE TABLE IF NOT EXISTS Scores (NominationId INTEGER NOT NULL, JurorId INTEGER NOT NULL,
            CriterionId INTEGER NOT NULL, Weight REAL NOT NULL, Value INTEGER NOT NULL);
        """);
    if (Scalar(setup, "SELECT COUNT(*) FROM Rows") == 0)
        for (var i = 0; i < 50; i++) Insert(setup, new string('x', 2000));
    // The tally's rows only when asked for (e.g. --Tally:Nominations=2000 --Tally:Jurors=30), so start-up stays bare.
    var (nominations, jurors) = (app.Configuration.GetValue("Tally:Nominations", 0), app.Configuration.GetValue("Tally:Jurors", 30));
    if (nominations > 0 && Scalar(setup, "SELECT COUNT(*) FROM Scores") == 0) SeedScores(setup, nominations, jurors, 5);
}

var gate = new SemaphoreSlim(1, 1);
var encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

app.MapPost("/insert", async (HttpRequest request) =>
{
    using var reader = new StreamReader(request.Body, Encoding.UTF8);
    var body = await reader.ReadToEndAsync();
    // The stored row is ~2.2 KB like a nomination with its reference, token hash and times.
    var row = body.Length >= 2200 ? body : body + new string(' ', 2200 - body.Length);
    await gate.WaitAsync();
    try
    {
        await using var connection = Open();
        Execute(connection, "PRAGMA synchronous=FULL");
        await using var transaction = connection.BeginTransaction();
        var id = Insert(connection, row, transaction);
        await transaction.CommitAsync();
        return Results.Json(new { id }, statusCode: 201);
    }
    finally { gate.Release(); }
});

app.MapGet("/page", async () =>
{
    await using var connection = Open();
    await using var command = connection.CreateCommand();
    command.CommandText = "SELECT Id, Reference, substr(Body, 1, 360) FROM Rows ORDER BY Id LIMIT 50";
    var html = new StringBuilder("<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>Side</title></head><body><main><table>");
    await using var rows = await command.ExecuteReaderAsync();
    while (await rows.ReadAsync())
        html.Append("<tr><td>").Append(rows.GetInt64(0)).Append("</td><td>").Append(encoder.Encode(rows.GetString(1)))
            .Append("</td><td>").Append(encoder.Encode(rows.GetString(2))).Append("</td></tr>");
    html.Append("</table></main></body></html>");
    return Results.Content(html.ToString(), "text/html; charset=utf-8");
});

app.MapGet("/tally", async () =>
{
    await using var connection = Open();
    await using var command = connection.CreateCommand();
    command.CommandText = """
        SELECT NominationId, SUM(Weight * Value) / SUM(Weight) AS Mean, COUNT(DISTINCT JurorId) AS Jurors
        FROM Scores GROUP BY NominationId ORDER BY Mean DESC
        """;
    var count = 0;
    await using var rows = await command.ExecuteReaderAsync();
    while (await rows.ReadAsync()) count++;
    return Results.Json(new { nominations = count });
});

app.Run();
return;

SqliteConnection Open()
{
    var connection = new SqliteConnection(connectionString);
    connection.Open();
    return connection;
}

static void Execute(SqliteConnection connection, string sql)
{
    using var command = connection.CreateCommand();
    command.CommandText = sql;
    command.ExecuteNonQuery();
}

static long Scalar(SqliteConnection connection, string sql)
{
    using var command = connection.CreateCommand();
    command.CommandText = sql;
    return (long)command.ExecuteScalar()!;
}

static long Insert(SqliteConnection connection, string body, SqliteTransaction? transaction = null)
{
    using var command = connection.CreateCommand();
    command.Transaction = transaction;
    command.CommandText = """
        INSERT INTO Rows (Year, SequenceNo, Reference, Body, CreatedAt)
        VALUES (2027, COALESCE((SELECT MAX(SequenceNo) FROM Rows WHERE Year = 2027), 0) + 1, 'KP-2027', $body, $now)
        RETURNING Id
        """;
    command.Parameters.AddWithValue("$body", body);
    command.Parameters.AddWithValue("$now", DateTimeOffset.UtcNow.ToString("O"));
    return (long)command.ExecuteScalar()!;
}

static void SeedScores(SqliteConnection connection, int nominations, int jurors, int criteria)
{
    using var transaction = connection.BeginTransaction();
    using var command = connection.CreateCommand();
    command.Transaction = transaction;
    command.CommandText = "INSERT INTO Scores VALUES ($n, $j, $c, $w, $v)";
    var (n, j, c, w, v) = (command.Parameters.Add("$n", SqliteType.Integer), command.Parameters.Add("$j", SqliteType.Integer),
        command.Parameters.Add("$c", SqliteType.Integer), command.Parameters.Add("$w", SqliteType.Real), command.Parameters.Add("$v", SqliteType.Integer));
    var random = new Random(15);
    for (var nomination = 1; nomination <= nominations; nomination++)
        for (var juror = 1; juror <= jurors; juror++)
            for (var criterion = 1; criterion <= criteria; criterion++)
            {
                (n.Value, j.Value, c.Value, w.Value, v.Value) = (nomination, juror, criterion, criterion * 0.1, random.Next(1, 6));
                command.ExecuteNonQuery();
            }
    transaction.Commit();
}
