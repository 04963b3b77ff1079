namespace CrimePreventionAward.Web.Infrastructure.Auth;

public interface ICurrentUser
{
    long? UserId { get; }
    string Name { get; }
    bool IsAuthenticated { get; }
    bool IsInRole(string role);
}
