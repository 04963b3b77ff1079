using Hangfire.AspNetCore;
using Hangfire.Logging;

namespace CrimePreventionAward.Web.Infrastructure.Jobs;

/// <summary>
/// Hangfire's loggers come from one process-wide provider, set by the last host to configure Hangfire, while the
/// logger factory behind it belongs to that host. When that host has stopped, another host in the same process (test
/// hosts) gets silent loggers instead of an exception that would stop it too.
/// </summary>
public sealed class HostLogProvider(ILoggerFactory loggerFactory) : ILogProvider
{
    private readonly AspNetCoreLogProvider inner = new(loggerFactory);

    public ILog GetLogger(string name)
    {
        try
        {
            return inner.GetLogger(name);
        }
        catch (ObjectDisposedException)
        {
            return Silent.Instance;
        }
    }

    private sealed class Silent : ILog
    {
        public static readonly Silent Instance = new();

        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}
