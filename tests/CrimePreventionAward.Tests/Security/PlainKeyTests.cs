using System.Security.Cryptography;
using CrimePreventionAward.Tests.Nominations;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;

namespace CrimePreventionAward.Tests.Security;

/// <summary>Keys an earlier version stored unencrypted are gone after the next start.</summary>
public sealed class PlainKeyTests
{
    [Fact]
    public async Task A_key_stored_unencrypted_before_the_upgrade_is_deleted_at_start_and_no_longer_opens_anything()
    {
        var before = new AwardFactory { KeepData = true };
        var repository = before.Services.GetRequiredService<DatabaseXmlRepository>();
        var old = new ServiceCollection();
        old.AddDataProtection().SetApplicationName("CrimePreventionAward");
        old.Configure<KeyManagementOptions>(o => o.XmlRepository = repository);
        var oldProvider = old.BuildServiceProvider().GetRequiredService<IDataProtectionProvider>();
        var payload = oldProvider.CreateProtector("test").Protect("hemmelig");
        (await Keys(before)).ShouldContain(xml => xml.Contains("<masterKey"));
        await before.DisposeAsync();

        await using var after = new AwardFactory { DataDirectory = before.DataDirectory };
        var client = after.Client();
        await client.SignInAsync();

        var keys = await Keys(after);
        keys.ShouldNotBeEmpty();
        keys.ShouldAllBe(xml => xml.Contains("encryptedSecret") && !xml.Contains("masterKey"));
        Should.Throw<CryptographicException>(() =>
            after.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(payload));
    }

    [Fact]
    public async Task The_key_ring_is_made_at_start_so_the_first_nomination_on_a_fresh_install_is_not_refused()
    {
        await using var app = new AwardFactory();
        (await Keys(app)).ShouldNotBeEmpty();

        await Editions.CreateOpenAsync(app, 2030);
        var receipt = await NominationData.SubmitOverApiAsync(app.Client(), 2030);
        receipt.GetProperty("reference").GetString().ShouldNotBeNullOrEmpty();
    }

    private static async Task<List<string>> Keys(AwardFactory app) =>
        (await app.WithScope(sp => sp.GetRequiredService<Db>().QueryAsync<string>("SELECT Xml FROM DataProtectionKeys"))).ToList();
}
