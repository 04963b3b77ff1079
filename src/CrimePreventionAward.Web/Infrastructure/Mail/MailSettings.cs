namespace CrimePreventionAward.Web.Infrastructure.Mail;

/// <summary>Section "Mail". Without a host, mail is written as .eml files to the data directory's mail/ folder.</summary>
public sealed class MailSettings
{
    public string FromAddress { get; set; } = "pris@dkr.dk";
    public string FromName { get; set; } = "Den Kriminalpræventive Pris";
    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 25;
    public bool UseTls { get; set; }
    public string? User { get; set; }
    public string? Password { get; set; }
    public int MaxAttempts { get; set; } = 5;

    /// <summary>How long a delivery run holds a message it is sending; a run that dies frees it after this.</summary>
    public int ClaimSeconds { get; set; } = 300;

    /// <summary>Deliver right after the change that wrote the mail commits (the minutely job is the safety net).</summary>
    public bool SendAtOnce { get; set; } = true;
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";

    /// <summary>Where nominators write to the secretariat (e.g. to ask that a late nomination is accepted).</summary>
    public string SecretariatAddress { get; set; } = "dkr@dkr.dk";
}
