namespace CrimePreventionAward.Web.Infrastructure.Data;

/// <summary>A start-up problem that is reported as one clear log line, not a stack trace.</summary>
public sealed class StartupException(string message) : Exception(message);
