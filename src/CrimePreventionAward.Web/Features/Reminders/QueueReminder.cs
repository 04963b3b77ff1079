using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Mail;
using MediatR;

namespace CrimePreventionAward.Web.Features.Reminders;

/// <summary>Queues one reminder. Its dedup key (recipient and occasion) makes a second send a no-op.</summary>
public static class QueueReminder
{
    [Authorise(Roles.System)]
    [KeepsPublicPages]
    public sealed record Command(OutgoingMail Mail) : ICommand<bool>;

    public sealed class Handler(Outbox outbox) : IRequestHandler<Command, bool>
    {
        public Task<bool> Handle(Command c, CancellationToken ct) => outbox.EnqueueAsync(c.Mail, ct);
    }
}
