using Microsoft.AspNetCore.Hosting;

namespace CrimePreventionAward.Tests.Support;

/// <summary>The app as <c>scripts/run.sh</c> starts it: in Development, with the demo data seeded at start-up.</summary>
public class DemoAwardFactory : AwardFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Development");
        builder.UseSetting("Demo:Seed", "true");
    }
}
