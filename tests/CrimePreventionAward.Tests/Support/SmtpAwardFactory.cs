using System.Globalization;
using Microsoft.AspNetCore.Hosting;

namespace CrimePreventionAward.Tests.Support;

/// <summary>The app configured to deliver over SMTP to an in-process server.</summary>
public class SmtpAwardFactory : AwardFactory
{
    public const int MaxAttempts = 3;

    public TestSmtpServer Smtp { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Mail:SmtpHost", "127.0.0.1");
        builder.UseSetting("Mail:SmtpPort", Smtp.Port.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Mail:MaxAttempts", MaxAttempts.ToString(CultureInfo.InvariantCulture));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Smtp.Dispose();
    }
}
