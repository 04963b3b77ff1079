using CrimePreventionAward.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddAward();

var app = builder.Build();
if (await app.PrepareAsync() is { } exitCode)
{
    await app.DisposeAsync(); // flushes the console logger, so the one start-up line is not lost on exit
    return exitCode;
}
app.UseAward();
await app.RunAsync();
return 0;

public partial class Program;
