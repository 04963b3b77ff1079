using System.Net;
using System.Net.Http.Json;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using static CrimePreventionAward.Tests.Nominations.NominationData;

namespace CrimePreventionAward.Tests.Foundation.BadInput;

/// <summary>The app waits a second (not 30) for another process's write lock, so the tests see the busy answer soon.</summary>
public sealed class QuicklyBusyAwardFactory : AwardFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Database:BusyTimeoutSeconds", "1");
    }
}

/// <summary>Another process holding SQLite's write lock: 503 with Retry-After, nothing stored, the form's input kept.</summary>
public sealed class BusyDatabaseTests(QuicklyBusyAwardFactory app) : IClassFixture<QuicklyBusyAwardFactory>
{
    private async Task<SqliteConnection> AnotherProcessHoldsTheWriteLockAsync()
    {
        var other = new SqliteConnection($"Data Source={Path.Combine(app.DataDirectory, "award.db")};Pooling=False");
        await other.OpenAsync();
        await using var begin = other.CreateCommand();
        begin.CommandText = "BEGIN IMMEDIATE";
        await begin.ExecuteNonQueryAsync();
        return other;
    }

    [Fact]
    public async Task The_api_answers_503_problem_details_with_Retry_After_while_the_database_is_locked()
    {
        await Editions.CreateOpenAsync(app, 2081);
        HttpResponseMessage response;
        await using (await AnotherProcessHoldsTheWriteLockAsync())
            response = await app.Client().PostAsJsonAsync("/api/editions/2081/nominations", Fields());
        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter.ShouldNotBeNull();
        (await response.ProblemAsync()).GetProperty("title").GetString().ShouldBe("Databasen er optaget. Prøv igen om lidt.");
        (await CountAsync(app, 2081)).ShouldBe(0);
        await SubmitOverApiAsync(app.Client(), 2081); // and once the lock is gone, the same nomination goes through
    }

    [Fact]
    public async Task The_form_answers_503_in_Danish_and_keeps_what_was_typed_while_the_database_is_locked()
    {
        await Editions.CreateOpenAsync(app, 2082);
        var client = app.Client();
        var html = await client.GetStringAsync("/indstil?aar=2082");
        var form = Form(Fields("Nabohjælp på Nørrebro"));
        form["SubmissionKey"] = Hidden(html, "SubmissionKey")!;
        HttpResponseMessage response;
        await using (await AnotherProcessHoldsTheWriteLockAsync())
            response = await PostPageAsync(client, "/indstil?aar=2082", "/indstil?aar=2082&handler=Submit", form);
        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter.ShouldNotBeNull();
        var page = await response.Content.ReadAsStringAsync();
        page.ShouldContain(PageSending.BusyMessage);
        page.ShouldContain("value=\"Nabohjælp på Nørrebro\"");
        (await CountAsync(app, 2082)).ShouldBe(0);
    }
}
