using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using CrimePreventionAward.Web.Infrastructure.Demo;

namespace CrimePreventionAward.Tests.Foundation;

/// <summary>
/// The app as the README's run command starts it — a real process with demo data and the Hangfire server on
/// SQLite storage — answers as a visitor and the demo secretariat expect.
/// </summary>
public sealed class RunCommandTests
{
    [Fact]
    public async Task Demo_instance_serves_the_public_pages_and_the_demo_secretariat_signs_in()
    {
        var port = FreePort();
        var dataDirectory = Path.Combine(Path.GetTempPath(), "cpa-run", Guid.NewGuid().ToString("N"));
        using var process = Start(port, dataDirectory);
        try
        {
            using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
            {
                BaseAddress = new Uri($"http://127.0.0.1:{port}"),
            };
            await WaitUntilHealthy(http, process);

            var home = await http.GetStringAsync("/");
            home.ShouldContain("Den Kriminalpræventive Pris");
            home.ShouldContain("Alle kan indstille en kandidat til prisen.");
            (await http.GetStringAsync("/openapi/v1.json")).ShouldContain("/api/editions/{year}/phase");
            (await http.GetStringAsync("/api/editions/2020")).ShouldContain("\"ceremonyAt\":\"2020-11-10T14:00:00+01:00\"");

            (await http.GetAsync("/sekretariat")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
            (await http.PostAsJsonAsync("/api/auth/login", new { email = DemoSeeder.SecretariatEmail, password = DemoSeeder.SecretariatPassword }))
                .StatusCode.ShouldBe(HttpStatusCode.NoContent);
            (await http.GetAsync("/sekretariat")).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await http.GetAsync("/hangfire")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static Process Start(int port, string dataDirectory)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList =
            {
                Path.Combine(AppContext.BaseDirectory, "CrimePreventionAward.Web.dll"),
                $"--urls=http://127.0.0.1:{port}", $"--Data:Directory={dataDirectory}", "--Demo:Seed=true",
                "--Https:Required=false", "--OpenApi:Public=true",
                $"--contentRoot={Path.Combine(Support.RepoPaths.Root, "src", "CrimePreventionAward.Web")}",
            },
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = AppContext.BaseDirectory,
        };
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitUntilHealthy(HttpClient http, Process process)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                if ((await http.GetAsync("/health")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            await Task.Delay(250);
        }
        throw new TimeoutException($"The app did not answer /health (exited: {process.HasExited}).");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
