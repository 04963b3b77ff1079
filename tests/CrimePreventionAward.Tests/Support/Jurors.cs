using CrimePreventionAward.Web.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;

namespace CrimePreventionAward.Tests.Support;

public static class Jurors
{
    /// <summary>The password of every juror seated <see cref="JurorBuilder.WithPassword">with a password</see>.</summary>
    public const string Password = "Jury-Test-Adgang-1";

    public static JurorBuilder Build(int year, string name) => new(year, name);

    public static string Email(string name, int year) => $"{name.ToLowerInvariant().Replace(' ', '.')}.{year}@jury.test";

    public static Task<long> IdAsync(AwardFactory app, int year, string email) =>
        app.WithScope(sp => sp.GetRequiredService<Db>().ScalarAsync<long>(
            "SELECT Id FROM Jurors WHERE Year = @Year AND Email = @Email", new { Year = year, Email = email }));

    /// <summary>A client signed in with <see cref="Password"/>, as a seated juror.</summary>
    public static async Task<HttpClient> SignedInWithPasswordAsync(AwardFactory app, string email)
    {
        var client = app.Client();
        await client.SignInAsync(email, Password);
        return client;
    }
}
