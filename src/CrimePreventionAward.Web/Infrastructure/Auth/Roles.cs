namespace CrimePreventionAward.Web.Infrastructure.Auth;

public static class Roles
{
    public const string Secretariat = "Secretariat";
    public const string Juror = "Juror";

    /// <summary>Background jobs act as the system, which may send any request.</summary>
    public const string System = "System";
}
