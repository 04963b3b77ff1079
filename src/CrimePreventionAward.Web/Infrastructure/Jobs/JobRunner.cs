using CrimePreventionAward.Web.Features.Editions;
using CrimePreventionAward.Web.Features.Mail;
using CrimePreventionAward.Web.Features.Reminders;
using CrimePreventionAward.Web.Infrastructure.Auth;
using MediatR;

namespace CrimePreventionAward.Web.Infrastructure.Jobs;

/// <summary>Hangfire's entry points: each is a thin call of a mediator request, sent with the system's rights.</summary>
public sealed class JobRunner(IMediator mediator)
{
    /// <summary>Runs until nothing more is due, so a backlog (after a restart or an SMTP outage) leaves in one go.</summary>
    public async Task DeliverMail()
    {
        while ((await CurrentUser.AsSystem(() => mediator.Send(new DeliverOutbox.Command()))).More) { }
    }

    public Task AdvancePhases() => CurrentUser.AsSystem(() => mediator.Send(new AdvancePhasesAtDeadlines.Command()));

    public Task PublishAnnouncements() => CurrentUser.AsSystem(() => mediator.Send(new Features.Results.PublishDueAnnouncements.Command()));

    public Task ApplyRetention() => CurrentUser.AsSystem(() => mediator.Send(new Features.Privacy.ApplyRetention.Command()));

    public Task SendReminders() => CurrentUser.AsSystem(() => mediator.Send(new SendDueReminders.Command()));
}
