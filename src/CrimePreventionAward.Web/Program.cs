using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Data;

var builder = WebApplication.CreateBuilder(args);
try
{
    builder.AddAward();
}
catch (StartupException e)
{
    // No logger exists yet while services are registered (e.g. the certificate folder cannot be written).
    await Console.Error.WriteLineAsync($"crit: Startup[0] Start-up stopped: {e.Message}");
    return 1;
}

var app = builder.Build();
if (await app.PrepareAsync() is { } exitCode)
{
    await app.DisposeAsync(); // flushes the console logger, so the one start-up line is not lost on exit
    return exitCode;
}
app.UseAward();
await app.RunAsync();
return Environment.ExitCode; // set by a service that stops the app because it cannot work (JobServerHost)

public partial class Program;
