using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;
using CrimePreventionAward.Tests.Nominations;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Ceremony;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;

namespace CrimePreventionAward.Tests.Security;

/// <summary>No usable secret at rest: mail tokens only protected until sent, data-protection keys encrypted by a certificate.</summary>
public sealed partial class SecretsAtRestTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    private const int Year = 2195;

    [Fact]
    public async Task No_token_that_signs_in_is_stored_or_shown_to_the_secretariat_while_the_delivered_mail_carries_working_links()
    {
        await Editions.CreateOpenAsync(app, Year);
        var ceremony = Editions.Build(Year).CeremonyAt;
        await app.SendAsSystem(new SaveCeremony.Command(Year, ceremony, "Eigtveds Pakhus", "Asiatisk Plads 2", "Justitsministeren", 50_000, [], 0));
        var secretariat = await app.SecretariatAsync();
        (await secretariat.PostAsJsonAsync($"/api/editions/{Year}/jurors",
            new { name = "Karen Jensen", email = "karen@jury.test", organisation = "Vejle Kommune", isChair = true })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await app.Client().PostAsJsonAsync("/api/auth/link", new { email = "karen@jury.test" })).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await secretariat.PostAsJsonAsync($"/api/editions/{Year}/guests",
            new { name = "Nick Hækkerup", email = "minister@jm.test", organisation = "Justitsministeriet", kind = "Presenter" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var nomination = await NominationData.SubmitOverApiAsync(app.Client(), Year);

        var juryMails = await Mailbox.DeliveredToAsync(app, "karen@jury.test");
        var signInTokens = juryMails.Select(JuryKit.TokenOf).ToList();
        signInTokens.Count.ShouldBe(2);
        var guestToken = Token(await Mailbox.LatestToAsync(app, "minister@jm.test"), GuestLink());
        var receipt = await Mailbox.LatestToAsync(app, NominationData.Fields().NominatorEmail!);
        var editToken = Token(receipt, NominationLink());
        editToken.ShouldBe(nomination.GetProperty("editToken").GetString());
        string[] secrets = [.. signInTokens, guestToken, editToken];

        foreach (var secret in secrets) (await PlacesHolding(secret)).ShouldBeEmpty($"token {secret} is stored in clear");
        (await Scalar("SELECT COUNT(*) FROM MailOutbox WHERE ProtectedToken IS NOT NULL")).ShouldBe(0);
        (await Scalar("SELECT COUNT(*) FROM MailOutbox WHERE Status = 'Sent' AND BodyText LIKE '%{{token}}%'")).ShouldBeGreaterThanOrEqualTo(4);

        var ids = (await app.WithScope(sp => sp.GetRequiredService<Db>().QueryAsync<long>("SELECT Id FROM MailOutbox"))).ToList();
        var pages = new List<string> { await secretariat.GetStringAsync("/sekretariat/post") };
        foreach (var id in ids) pages.Add(await secretariat.GetStringAsync($"/sekretariat/post?id={id}"));
        foreach (var secret in secrets) pages.ShouldAllBe(page => !page.Contains(secret));
        pages.ShouldContain(p => p.Contains("/login/link/[skjult]"));
        pages.ShouldContain(p => p.Contains("?token=[skjult]"));

        var juror = app.Client();
        (await juror.PostAsync($"/api/auth/link/{signInTokens[0]}", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await juror.GetAsync($"/api/editions/{Year}/my/nominations")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.Client().GetAsync($"/prisoverraekkelse/svar/{guestToken}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var nominator = app.Client();
        nominator.DefaultRequestHeaders.Add("X-Edit-Token", editToken);
        (await nominator.GetAsync($"/api/nominations/{nomination.GetProperty("id").GetInt64()}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_queued_mail_holds_its_token_only_protected_for_its_purpose()
    {
        await Editions.CreateOpenAsync(app, Year + 1);
        await JuryKit.InviteAsync(app, Year + 1, "Ole Hansen");
        var row = (await app.WithScope(sp => sp.GetRequiredService<Db>().QueryAsync<(string Body, string Purpose, string Protected)>(
            "SELECT BodyText, TokenPurpose, ProtectedToken FROM MailOutbox WHERE ToAddress = @E", new { E = JuryKit.Email("Ole Hansen", Year + 1) }))).Single();
        row.Body.ShouldContain("/login/link/{{token}}");
        var protector = app.Services.GetRequiredService<IDataProtectionProvider>();
        Should.Throw<CryptographicException>(() => protector.CreateProtector("CrimePreventionAward.MailOutbox", "NominationLink").Unprotect(row.Protected));
        var token = protector.CreateProtector("CrimePreventionAward.MailOutbox", row.Purpose).Unprotect(row.Protected);

        JuryKit.TokenOf(await Mailbox.LatestToAsync(app, JuryKit.Email("Ole Hansen", Year + 1))).ShouldBe(token);
    }

    [Fact]
    public async Task Stored_data_protection_keys_cannot_be_read_with_the_database_alone()
    {
        var client = await app.SecretariatAsync();
        var payload = app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("hemmelig");

        var keys = (await app.WithScope(sp => sp.GetRequiredService<Db>().QueryAsync<string>("SELECT Xml FROM DataProtectionKeys"))).ToList();
        keys.ShouldNotBeEmpty();
        keys.ShouldAllBe(xml => xml.Contains("encryptedSecret") && !xml.Contains("masterKey"));
        var certificateFile = Path.Combine(app.DataDirectory, "keys", KeyCertificate.FileName);
        File.Exists(certificateFile).ShouldBeTrue();

        using var stranger = SelfSigned();
        Should.Throw<CryptographicException>(() => ReaderOfTheDatabase(stranger).CreateProtector("test").Unprotect(payload));
        using var own = X509CertificateLoader.LoadPkcs12FromFile(certificateFile, "");
        ReaderOfTheDatabase(own).CreateProtector("test").Unprotect(payload).ShouldBe("hemmelig");
    }

    /// <summary>Someone holding a copy of the database and the given certificate.</summary>
    private IDataProtectionProvider ReaderOfTheDatabase(X509Certificate2 certificate)
    {
        var services = new ServiceCollection();
        services.AddDataProtection().SetApplicationName("CrimePreventionAward").DisableAutomaticKeyGeneration()
            .UnprotectKeysWithAnyCertificate(certificate);
        services.Configure<KeyManagementOptions>(o => o.XmlRepository = app.Services.GetRequiredService<DatabaseXmlRepository>());
        return services.BuildServiceProvider().GetRequiredService<IDataProtectionProvider>();
    }

    private static X509Certificate2 SelfSigned()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Stranger", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return request.CreateSelfSigned(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddYears(100));
    }

    /// <summary>Every table.column of the database whose text holds the value.</summary>
    private Task<List<string>> PlacesHolding(string value) => app.WithScope(async sp =>
    {
        var db = sp.GetRequiredService<Db>();
        var columns = db.Provider == DatabaseProvider.SqlServer
            ? await db.QueryAsync<(string Table, string Column)>("SELECT TABLE_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS")
            : await db.QueryAsync<(string Table, string Column)>(
                "SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table'");
        var found = new List<string>();
        foreach (var (table, column) in columns)
        {
            var sql = $"SELECT COUNT(*) FROM {table} WHERE CAST({column} AS {(db.Provider == DatabaseProvider.SqlServer ? "NVARCHAR(MAX)" : "TEXT")}) LIKE @Pattern";
            if (await db.ScalarAsync<int>(sql, new { Pattern = $"%{value}%" }) > 0) found.Add($"{table}.{column}");
        }
        return found;
    });

    private Task<int> Scalar(string sql) => app.WithScope(sp => sp.GetRequiredService<Db>().ScalarAsync<int>(sql, new { }));

    private static string Token(string mail, Regex link) =>
        link.Match(mail) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException($"No link in: {mail}");

    [GeneratedRegex(@"/prisoverraekkelse/svar/([A-Za-z0-9_\-]+)")]
    private static partial Regex GuestLink();

    [GeneratedRegex(@"/indstilling/[^?\s]+\?token=([A-Za-z0-9_\-]+)")]
    private static partial Regex NominationLink();
}
