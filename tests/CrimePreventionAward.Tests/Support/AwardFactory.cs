using System.Net;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CrimePreventionAward.Tests.Support;

/// <summary>
/// The real app on a fresh SQLite database in its own folder, with a fake clock. The Hangfire server is off:
/// tests run the jobs' mediator commands themselves. Set CPA_TEST_SQLSERVER to run on SQL Server instead.
/// </summary>
public class AwardFactory : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@test.dk";
    public const string AdminPassword = "Test-Sekretariat-1";

    public string DataDirectory { get; init; } = Path.Combine(Path.GetTempPath(), "cpa-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Leave the data folder behind, for a second host that plays the restarted app.</summary>
    public bool KeepData { get; init; }
    /// <summary>Off by default: tests run the delivery job themselves, so they see the outbox before it is sent.</summary>
    public bool SendMailAtOnce { get; init; }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));

    protected virtual void ConfigureServices(IServiceCollection services) { }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Data:Directory", DataDirectory);
        builder.UseSetting("Hangfire:Server", "false");
        builder.UseSetting("Hangfire:StartDelay", "00:00:00");
        builder.UseSetting("Mail:SendAtOnce", SendMailAtOnce ? "true" : "false");
        builder.UseSetting("Admin:Email", AdminEmail);
        builder.UseSetting("Admin:Password", AdminPassword);
        if (Environment.GetEnvironmentVariable("CPA_TEST_SQLSERVER") is { Length: > 0 } sqlServer)
        {
            builder.UseSetting("Database:Provider", "SqlServer");
            builder.UseSetting("ConnectionStrings:Award", SqlServerTestDatabase.Create(sqlServer));
        }
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            ConfigureServices(services);
        });
    }

    /// <summary>Sends a request as the given role would, through the whole pipeline, outside HTTP.</summary>
    public async Task<T> SendAsSystem<T>(IRequest<T> request)
    {
        await using var scope = Services.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        return await CurrentUser.AsSystem(() => mediator.Send(request));
    }

    public async Task<T> WithScope<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>Over HTTPS, as outside Development cookies are Secure; API writes carry the app's proof header, as a programmatic client's do.</summary>
    public HttpClient Client() => AsApp(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = BaseAddress }));

    /// <summary>A client (with cookies, no redirects) whose connections come from the given address, as another machine's would.</summary>
    public HttpClient ClientFrom(string address)
    {
        var connection = Server.CreateHandler(http => http.Connection.RemoteIpAddress = IPAddress.Parse(address));
        return AsApp(new HttpClient(new CookieContainerHandler { InnerHandler = connection }) { BaseAddress = BaseAddress });
    }

    /// <summary>A client signed in as the secretariat (the configured administrator).</summary>
    public async Task<HttpClient> SecretariatAsync()
    {
        var client = Client();
        await client.SignInAsync();
        return client;
    }

    public static readonly Uri BaseAddress = new("https://localhost");

    /// <summary>A client that sends what the app's own pages send with a cookie-authenticated API write.</summary>
    public static HttpClient AsApp(HttpClient client)
    {
        client.DefaultRequestHeaders.Add(ApiWriteProof.Header, "tests");
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        if (KeepData) return;
        try { Directory.Delete(DataDirectory, recursive: true); }
        catch (IOException) { /* a file still held by a closing connection; the temp folder is cleaned by the OS */ }
    }
}
