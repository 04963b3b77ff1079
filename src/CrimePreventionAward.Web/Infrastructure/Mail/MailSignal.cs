using System.Threading.Channels;

namespace CrimePreventionAward.Web.Infrastructure.Mail;

/// <summary>
/// Raised after a commit that wrote mail to the outbox. Signals that arrive while a delivery runs fold into one
/// further run, so a burst of commits costs a few runs, not one each.
/// </summary>
public sealed class MailSignal
{
    private readonly Channel<bool> channel = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Raise() => channel.Writer.TryWrite(true);

    public async Task WaitAsync(CancellationToken ct) => await channel.Reader.ReadAsync(ct);
}
