using Hangfire.Dashboard;

namespace CrimePreventionAward.Web.Infrastructure.Auth;

/// <summary>The job dashboard is the secretariat's (the route also demands the role; this guards the dashboard's own calls).</summary>
public sealed class SecretariatDashboardFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) => context.GetHttpContext().User.IsInRole(Roles.Secretariat);
}
