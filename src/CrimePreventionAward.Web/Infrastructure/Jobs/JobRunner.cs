using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Editions;
using CrimePreventionAward.Web.Features.Mail;
using CrimePreventionAward.Web.Features.Reminders;
using CrimePreventionAward.Web.Infrastructure.Auth;
using MediatR;

namespace CrimePreventionAward.Web.Infrastructure.Jobs;

/// <summary>
/// Hangfire's entry points, sent with the system's rights. A job that acts on many records asks one query what is
/// due and sends one command per record, so each is its own transaction and audit row, as if made by hand.
/// </summary>
public sealed class JobRunner(IMediator mediator)
{
    /// <summary>Runs until nothing more is due, so a backlog (after a restart or an SMTP outage) leaves in one go.</summary>
    public async Task DeliverMail()
    {
        while ((await CurrentUser.AsSystem(() => mediator.Send(new DeliverOutbox.Command()))).More) { }
    }

    public Task AdvancePhases() => CurrentUser.AsSystem(async () =>
    {
        foreach (var year in await mediator.Send(new ListEditionsPastNominationDeadline.Query()))
            await mediator.Send(new ChangePhase.Command(year, Phase.Screening, ListEditionsPastNominationDeadline.Reason));
    });

    public Task PublishAnnouncements() => CurrentUser.AsSystem(() => mediator.Send(new Features.Results.PublishDueAnnouncements.Command()));

    public Task ApplyRetention() => CurrentUser.AsSystem(() => mediator.Send(new Features.Privacy.ApplyRetention.Command()));

    public Task SendReminders() => CurrentUser.AsSystem(async () =>
    {
        foreach (var reminder in await mediator.Send(new ListDueReminders.Query()))
            await mediator.Send(new QueueReminder.Command(reminder));
    });
}
