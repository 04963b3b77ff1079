using System.Diagnostics;

namespace CrimePreventionAward.Tests.Support;

/// <summary>The built app as its own process, for what only a process shows: exit codes, start-up lines, backups.</summary>
public static class AppProcess
{
    /// <summary>
    /// Runs the app's process to its end. Root may write into any folder, so as root the app is run as "nobody"
    /// to see the directory as read-only as every other account would.
    /// </summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(bool asUnprivilegedUser, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "CrimePreventionAward.Web.dll");
        var asNobody = asUnprivilegedUser && Environment.UserName == "root";
        var start = new ProcessStartInfo(asNobody ? "setpriv" : "dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath(),
        };
        if (asNobody)
        {
            foreach (var a in new[] { "--reuid=65534", "--regid=65534", "--clear-groups", "dotnet" }) start.ArgumentList.Add(a);
            start.Environment["HOME"] = Path.GetTempPath();
            start.Environment["DOTNET_CLI_HOME"] = Path.GetTempPath();
        }
        start.ArgumentList.Add(dll);
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await errors);
    }
}
