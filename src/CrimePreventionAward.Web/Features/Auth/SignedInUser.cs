namespace CrimePreventionAward.Web.Features.Auth;

public sealed record SignedInUser(long Id, string Email, string Name, string Role, string? SecurityStamp = null);
