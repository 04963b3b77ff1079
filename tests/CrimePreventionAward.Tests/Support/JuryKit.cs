using System.Net;
using System.Text.RegularExpressions;
using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Editions;
using CrimePreventionAward.Web.Features.Jury;
using CrimePreventionAward.Web.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;

namespace CrimePreventionAward.Tests.Support;

/// <summary>Jurors invited through the real command, signed in through the real link from the outbox.</summary>
public static partial class JuryKit
{
    public static Task<long> InviteAsync(AwardFactory app, int year, string name, string? email = null, string organisation = "Juryorganisationen", bool chair = false) =>
        Jurors.Build(year, name).WithEmail(email ?? Jurors.Email(name, year)).From(organisation).AsChair(chair).InviteAsync(app);

    public static string Email(string name, int year) => Jurors.Email(name, year);

    /// <summary>The token of the newest sign-in link delivered to the address.</summary>
    public static async Task<string> LatestTokenAsync(AwardFactory app, string email) =>
        TokenOf(await Mailbox.LatestToAsync(app, email));

    public static string TokenOf(string mailText) => LinkPattern().Match(mailText) is { Success: true } m ? m.Groups[1].Value
        : throw new InvalidOperationException("No sign-in link in the mail.");

    public static async Task<HttpClient> SignedInAsync(AwardFactory app, string email)
    {
        var client = app.Client();
        var response = await client.PostAsync($"/api/auth/link/{await LatestTokenAsync(app, email)}", null);
        response.StatusCode.ShouldBe(HttpStatusCode.NoContent, await response.Content.ReadAsStringAsync());
        return client;
    }

    /// <summary>An edition in Scoring with the given number of eligible nominations.</summary>
    public static async Task<List<long>> ScoringEditionAsync(AwardFactory app, int year, int nominations, DateTimeOffset? nominationDeadline = null)
    {
        await Editions.CreateOpenAsync(app, year, nominationDeadline);
        var ids = new List<long>();
        for (var i = 1; i <= nominations; i++)
            ids.Add(await new Nomination(year)
            {
                Title = $"Projekt {i}", Organisation = $"Organisation {i}", Description = $"Beskrivelse af Projekt {i}.",
            }.InsertAsync(app.Services));
        return ids;
    }

    public static Task<int> SheetsOf(AwardFactory app, int year) => app.WithScope(sp =>
        sp.GetRequiredService<Db>().ScalarAsync<int>("SELECT COUNT(*) FROM ScoreSheets WHERE Year = @Year", new { Year = year }));

    /// <summary>An edition in Scoring with one juror, Bo Ravn, signed in through the mailed link.</summary>
    public static async Task<(List<long> Nominations, HttpClient Juror)> ScoringWithOneJurorAsync(AwardFactory app, int year, int nominations = 2)
    {
        var ids = await ScoringEditionAsync(app, year, nominations);
        await InviteAsync(app, year, "Bo Ravn");
        await OpenScoringAsync(app, year);
        return (ids, await SignedInAsync(app, Email("Bo Ravn", year)));
    }

    public static async Task OpenScoringAsync(AwardFactory app, int year)
    {
        await app.SendAsSystem(new ChangePhase.Command(year, Phase.Screening, null));
        await app.SendAsSystem(new ChangePhase.Command(year, Phase.Scoring, null));
    }

    public static Task<IReadOnlyList<CriterionView>> CriteriaAsync(AwardFactory app, int year) => app.SendAsSystem(new GetCriteria.Query(year));

    /// <summary>A full sheet: the same value for every criterion.</summary>
    public static async Task<object> FullSheetAsync(AwardFactory app, int year, int value, string? comment = null) =>
        new { scores = (await CriteriaAsync(app, year)).ToDictionary(k => k.Id.ToString(), _ => value), comment };

    [GeneratedRegex("/login/link/([A-Za-z0-9_-]+)")]
    private static partial Regex LinkPattern();
}
