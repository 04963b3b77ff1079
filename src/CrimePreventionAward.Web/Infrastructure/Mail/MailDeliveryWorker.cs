using CrimePreventionAward.Web.Features.Mail;
using CrimePreventionAward.Web.Infrastructure.Auth;
using MediatR;
using Microsoft.Extensions.Options;

namespace CrimePreventionAward.Web.Infrastructure.Mail;

/// <summary>
/// Delivers mail as soon as the change that wrote it has committed, so a receipt or a sign-in link leaves in
/// seconds; the minutely "deliver-mail" job stays as the safety net (e.g. for retries and after a restart).
/// </summary>
public sealed class MailDeliveryWorker(MailSignal signal, IServiceScopeFactory scopes, IOptions<MailSettings> settings,
    ILogger<MailDeliveryWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!settings.Value.SendAtOnce) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            await signal.WaitAsync(stoppingToken);
            try
            {
                await DeliverAllDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The minutely job sends what this run could not; the next commit tries again.
                logger.LogWarning("Immediate mail delivery failed, the minutely job will retry: {Error}", e.Message);
            }
        }
    }

    private async Task DeliverAllDueAsync(CancellationToken ct)
    {
        DeliverOutbox.Result result;
        do
        {
            await using var scope = scopes.CreateAsyncScope();
            var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
            result = await CurrentUser.AsSystem(() => mediator.Send(new DeliverOutbox.Command(), ct));
        }
        while (result.More && !ct.IsCancellationRequested);
    }
}
