namespace CrimePreventionAward.Web.Infrastructure.Web;

/// <summary>The client's address as the connection (or a known proxy's forwarded header) gives it; null when unknown.</summary>
public static class ClientAddress
{
    public static string? Of(HttpContext http) => http.Connection.RemoteIpAddress?.ToString();
}
