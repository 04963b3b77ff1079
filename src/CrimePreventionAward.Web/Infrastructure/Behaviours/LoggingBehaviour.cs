using System.Diagnostics;
using MediatR;

namespace CrimePreventionAward.Web.Infrastructure.Behaviours;

public sealed class LoggingBehaviour<TRequest, TResponse>(ILogger<LoggingBehaviour<TRequest, TResponse>> logger)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken ct, RequestHandlerDelegate<TResponse> next)
    {
        var name = RequestName.Of(typeof(TRequest));
        var watch = Stopwatch.StartNew();
        try
        {
            var response = await next();
            // Debug: one Information line per request cost throughput under load and said nothing a refusal does not.
            if (logger.IsEnabled(LogLevel.Debug)) logger.LogDebug("{Request} handled in {Elapsed} ms", name, watch.ElapsedMilliseconds);
            return response;
        }
        catch (AwardException e)
        {
            logger.LogInformation("{Request} refused after {Elapsed} ms: {Failure}", name, watch.ElapsedMilliseconds, e.GetType().Name);
            throw;
        }
    }
}
