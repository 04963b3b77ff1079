using CrimePreventionAward.Web.Features.Editions;
using CrimePreventionAward.Web.Features.Mail;
using CrimePreventionAward.Web.Features.Reminders;
using CrimePreventionAward.Web.Infrastructure.Auth;
using MediatR;

namespace CrimePreventionAward.Web.Infrastructure.Jobs;

/// <summary>Hangfire's entry points: each is a thin call of a mediator request, sent with the system's rights.</summary>
public sealed class JobRunner(IMediator mediator)
{
    public Task DeliverMail() => CurrentUser.AsSystem(() => mediator.Send(new DeliverOutbox.Command()));

    public Task AdvancePhases() => CurrentUser.AsSystem(() => mediator.Send(new AdvancePhasesAtDeadlines.Command()));

    public Task PublishAnnouncements() => CurrentUser.AsSystem(() => mediator.Send(new Features.Results.PublishDueAnnouncements.Command()));

    public Task ApplyRetention() => CurrentUser.AsSystem(() => mediator.Send(new Features.Privacy.ApplyRetention.Command()));

    public Task SendReminders() => CurrentUser.AsSystem(() => mediator.Send(new SendDueReminders.Command()));
}
