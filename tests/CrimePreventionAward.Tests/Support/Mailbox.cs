using System.Text.RegularExpressions;
using CrimePreventionAward.Web.Features.Mail;
using MimeKit;

namespace CrimePreventionAward.Tests.Support;

/// <summary>
/// Mail as its receiver gets it: the outbox delivered as the job does, read back from the .eml files. Links are
/// only whole there: the stored outbox row never holds a usable token.
/// </summary>
public static partial class Mailbox
{
    /// <summary>The plain text of every mail delivered to the address, newest first.</summary>
    public static async Task<IReadOnlyList<string>> DeliveredToAsync(AwardFactory app, string address)
    {
        await app.SendAsSystem(new DeliverOutbox.Command(int.MaxValue));
        var folder = Path.Combine(app.DataDirectory, "mail");
        if (!Directory.Exists(folder)) return [];
        return Directory.GetFiles(folder, "*.eml").OrderDescending()
            .Select(f => MimeMessage.Load(f))
            .Where(m => m.To.Mailboxes.Any(a => string.Equals(a.Address, address, StringComparison.OrdinalIgnoreCase)))
            .Select(m => m.TextBody ?? "")
            .ToList();
    }

    public static async Task<string> LatestToAsync(AwardFactory app, string address) =>
        (await DeliveredToAsync(app, address)).FirstOrDefault() ?? throw new InvalidOperationException($"No mail to {address}");

    /// <summary>The path and query of the newest link to <paramref name="path"/> delivered to the address.</summary>
    public static async Task<string> LinkAsync(AwardFactory app, string address, string path)
    {
        // The mail's links point at the configured public address; a test server listens on its own port.
        var link = (await DeliveredToAsync(app, address)).SelectMany(b => Link().Matches(b)).Select(m => new Uri(m.Value))
            .FirstOrDefault(u => u.AbsolutePath.StartsWith(path, StringComparison.Ordinal));
        link.ShouldNotBeNull($"no mail to {address} with a link to {path}");
        return link.PathAndQuery;
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
