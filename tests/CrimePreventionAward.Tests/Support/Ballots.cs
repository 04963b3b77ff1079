using System.Net;
using System.Net.Http.Json;
using CrimePreventionAward.Web.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;

namespace CrimePreventionAward.Tests.Support;

public static class Ballots
{
    /// <summary>Cast by the juror (seated with the password) through the API, as the ballot page does; it must be accepted.</summary>
    public static async Task CastAsync(AwardFactory app, int year, string jurorEmail, params long[] ranking) =>
        (await (await Jurors.SignedInWithPasswordAsync(app, jurorEmail)).PutAsJsonAsync($"/api/editions/{year}/ballot", new { ranking }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

    /// <summary>
    /// A ballot without ranks written straight into the table, for what only asks whether a juror has voted
    /// (reminders): no shortlist is needed.
    /// </summary>
    public static Task RecordedAsync(AwardFactory app, int year, long jurorId) =>
        app.WithScope(sp => sp.GetRequiredService<Db>().ExecuteAsync(
            "INSERT INTO Ballots (Year, JurorId, Version, CastAt) VALUES (@Year, @JurorId, 1, @Now)",
            new { Year = year, JurorId = jurorId, Now = app.Clock.GetUtcNow() }));
}
