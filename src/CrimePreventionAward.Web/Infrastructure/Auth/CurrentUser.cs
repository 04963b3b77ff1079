using System.Security.Claims;

namespace CrimePreventionAward.Web.Infrastructure.Auth;

/// <summary>The signed-in person of this HTTP request, or the system when a job runs outside any request.</summary>
public sealed class CurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private static readonly AsyncLocal<bool> ActingAsSystem = new();

    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public long? UserId => long.TryParse(Principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string Name => ActingAsSystem.Value ? "system" : Principal?.Identity?.Name ?? "anonym";

    public bool IsAuthenticated => ActingAsSystem.Value || Principal?.Identity?.IsAuthenticated == true;

    public bool IsInRole(string role) => ActingAsSystem.Value || Principal?.IsInRole(role) == true;

    /// <summary>Runs work (a Hangfire job) with the system's rights; the flag flows with the async call only.</summary>
    public static async Task<T> AsSystem<T>(Func<Task<T>> work)
    {
        ActingAsSystem.Value = true;
        try { return await work(); }
        finally { ActingAsSystem.Value = false; }
    }

    public static Task AsSystem(Func<Task> work) => AsSystem(async () => { await work(); return true; });

    /// <summary>
    /// Runs work as the given person outside any request, so their own commands (a demo juror's scores and ballot)
    /// pass the same rules and leave the same record as when they use the site; flows with the async call only.
    /// </summary>
    public static async Task AsPerson(IHttpContextAccessor accessor, ClaimsPrincipal person, Func<Task> work)
    {
        var (system, request) = (ActingAsSystem.Value, accessor.HttpContext);
        ActingAsSystem.Value = false;
        accessor.HttpContext = new DefaultHttpContext { User = person };
        try { await work(); }
        finally
        {
            ActingAsSystem.Value = system;
            accessor.HttpContext = request;
        }
    }
}
