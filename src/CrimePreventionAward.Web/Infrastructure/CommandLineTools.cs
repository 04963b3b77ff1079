using CrimePreventionAward.Web.Features.Audit;
using CrimePreventionAward.Web.Infrastructure.Auth;
using MediatR;

namespace CrimePreventionAward.Web.Infrastructure;

/// <summary>
/// The app run as a one-shot tool on its own settings (scripts/verify-audit.sh): the same database, the same
/// use cases, a line on standard output and an exit code instead of a web server.
/// </summary>
public static class CommandLineTools
{
    /// <returns>An exit code when a tool was asked for; null to go on and serve.</returns>
    public static async Task<int?> RunAsync(WebApplication app)
    {
        if (!app.Configuration.GetValue("Audit:Verify", false)) return null;
        await using var scope = app.Services.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var result = await CurrentUser.AsSystem(() => mediator.Send(new VerifyAuditChain.Query()));
        Console.WriteLine(result.Holds
            ? $"audit chain holds: {result.Checked} rows, head {result.HeadHash ?? "(empty)"}, {result.BeforeChain} rows from before the chain"
            : $"audit chain broken at row {result.FirstBrokenId}: {result.Problem} ({result.Checked} rows hold before it)");
        return result.Holds ? 0 : 2;
    }
}
