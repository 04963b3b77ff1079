using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Web;
using CrimePreventionAward.Web.Infrastructure.Web.PublicCache;
using Hangfire;

namespace CrimePreventionAward.Web.Infrastructure;

public static class AppPipeline
{
    public static void UseAward(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseWebHardening();
        app.UseStatusCodePages(ExceptionMapping.StatusPageAsync);
        app.UseExceptionHandler();
        app.UseAwardStaticFiles();
        app.UseRequestLocalization(Languages.Options());
        app.UseRouting();
        app.UseRequestLimits();
        app.UseAuthentication();
        app.UseApiWriteProof();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();
        app.UsePublicPageCache();

        app.MapRazorPages();
        app.MapLanguageSwitch();
        app.MapAllEndpoints();
        app.MapApiDescription();
        app.MapHealthChecks("/health");
        app.MapHangfireDashboard("/hangfire", new DashboardOptions
        {
            Authorization = [new SecretariatDashboardFilter()],
            DashboardTitle = "Den Kriminalpræventive Pris – jobs",
            AppPath = "/sekretariat",
        }).RequireAuthorization(Roles.Secretariat);
    }
}
