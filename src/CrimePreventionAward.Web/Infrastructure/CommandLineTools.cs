using CrimePreventionAward.Web.Features.Audit;
using CrimePreventionAward.Web.Features.Results;
using CrimePreventionAward.Web.Infrastructure.Auth;
using MediatR;

namespace CrimePreventionAward.Web.Infrastructure;

/// <summary>
/// The app run as a one-shot tool on its own settings (scripts/verify-audit.sh, scripts/recount.sh): the same database, the same
/// use cases, a line on standard output and an exit code instead of a web server.
/// </summary>
public static class CommandLineTools
{
    /// <returns>An exit code when a tool was asked for; null to go on and serve.</returns>
    public static async Task<int?> RunAsync(WebApplication app)
    {
        if (app.Configuration.GetValue<int?>("Recount:Year") is { } year) return await RecountAsync(app, year);
        if (!app.Configuration.GetValue("Audit:Verify", false)) return null;
        await using var scope = app.Services.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var result = await CurrentUser.AsSystem(() => mediator.Send(new VerifyAuditChain.Query()));
        Console.WriteLine(result.Holds
            ? $"audit chain holds: {result.Checked} rows, head {result.HeadHash ?? "(empty)"}, {result.BeforeChain} rows from before the chain"
            : $"audit chain broken at row {result.FirstBrokenId}: {result.Problem} ({result.Checked} rows hold before it)");
        return result.Holds ? 0 : 2;
    }

    private static async Task<int> RecountAsync(WebApplication app, int year)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        try
        {
            var result = await CurrentUser.AsSystem(() => mediator.Send(new RecountDecision.Query(year)));
            Console.WriteLine(result.Summary);
            foreach (var difference in result.Differences) Console.WriteLine($"  {difference}");
            return result.Same ? 0 : 3;
        }
        catch (NotFoundException e)
        {
            Console.WriteLine($"recount {year}: {e.Message}");
            return 1;
        }
    }
}
