using CrimePreventionAward.Web.Features.Mail;
using CrimePreventionAward.Web.Infrastructure.Auth;
using MediatR;

namespace CrimePreventionAward.Web.Infrastructure.Jobs;

/// <summary>Hangfire's entry points: each is a thin call of a mediator request, sent with the system's rights.</summary>
public sealed class JobRunner(IMediator mediator)
{
    public Task DeliverMail() => CurrentUser.AsSystem(() => mediator.Send(new DeliverOutbox.Command()));

    public Task PublishAnnouncements() => CurrentUser.AsSystem(() => mediator.Send(new Features.Results.PublishDueAnnouncements.Command()));
}
