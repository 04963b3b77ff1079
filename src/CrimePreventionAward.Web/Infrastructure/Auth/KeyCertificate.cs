using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace CrimePreventionAward.Web.Infrastructure.Auth;

/// <summary>
/// The certificate that encrypts the data-protection keys stored in the database, so a copy of the database alone
/// cannot sign cookies or read protected mail tokens. Configured as <c>DataProtection:CertificatePath</c> and
/// <c>DataProtection:CertificatePassword</c>; without a path the embedded default makes its own in the data
/// directory's <c>keys/</c> folder on first start (keep that folder out of the database backups).
/// </summary>
public static class KeyCertificate
{
    public const string FileName = "data-protection.pfx";

    public static X509Certificate2 Load(IConfiguration config)
    {
        var password = config["DataProtection:CertificatePassword"] ?? "";
        if (config["DataProtection:CertificatePath"] is { Length: > 0 } configured)
        {
            if (!File.Exists(configured))
                throw new Data.StartupException($"DataProtection:CertificatePath names a file that does not exist: {configured}");
            return X509CertificateLoader.LoadPkcs12FromFile(configured, password);
        }
        var folder = Path.Combine(Path.GetFullPath(config["Data:Directory"] is { Length: > 0 } d ? d : "data"), "keys");
        var path = Path.Combine(folder, FileName);
        try
        {
            if (!File.Exists(path)) CreateSelfSigned(folder, path, password);
            return X509CertificateLoader.LoadPkcs12FromFile(path, password);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new Data.StartupException($"Data:Directory '{folder}' is missing or not writable for the data-protection certificate: {e.Message}");
        }
    }

    private static void CreateSelfSigned(string folder, string path, string password)
    {
        Directory.CreateDirectory(folder);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=CrimePreventionAward data protection", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyEncipherment, critical: true));
        var now = TimeProvider.System.GetUtcNow();
        using var certificate = request.CreateSelfSigned(now.AddDays(-1), now.AddYears(100));
        var temporary = path + ".tmp";
        File.WriteAllBytes(temporary, certificate.Export(X509ContentType.Pfx, password));
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        // Two processes starting at once on one data folder must end up with the same certificate.
        try { File.Move(temporary, path); }
        catch (IOException) when (File.Exists(path)) { File.Delete(temporary); }
    }
}
