using System.Text.RegularExpressions;
using CrimePreventionAward.BrowserTests.Support;
using CrimePreventionAward.Web.Features.Mail;
using MimeKit;

namespace CrimePreventionAward.BrowserTests.Journey;

/// <summary>The mail as people receive it: the outbox job writes .eml files, and we read the links in them.</summary>
public static partial class Mailbox
{
    /// <summary>Delivers the outbox and returns the path and query of the newest link to <paramref name="path"/> mailed to the address.</summary>
    public static async Task<string> LinkAsync(ServerFixture server, string to, string path)
    {
        await server.SendAsSystem(new DeliverOutbox.Command());
        var folder = Path.Combine(server.DataDirectory, "mail");
        var bodies = Directory.GetFiles(folder, "*.eml").Order()
            .Select(f => MimeMessage.Load(f))
            .Where(m => m.To.Mailboxes.Any(a => string.Equals(a.Address, to, StringComparison.OrdinalIgnoreCase)))
            .Select(m => m.TextBody ?? "")
            .Reverse();
        // The mail's links point at the configured public address; the test server listens on its own port.
        var link = bodies.SelectMany(b => Link().Matches(b)).Select(m => new Uri(m.Value)).FirstOrDefault(u => u.AbsolutePath.StartsWith(path));
        link.ShouldNotBeNull($"no mail to {to} with a link to {path}");
        return link.PathAndQuery;
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
