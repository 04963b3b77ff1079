using System.Text.Json.Serialization;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Behaviours;
using CrimePreventionAward.Web.Infrastructure.Data;
using CrimePreventionAward.Web.Infrastructure.Jobs;
using CrimePreventionAward.Web.Infrastructure.Mail;
using CrimePreventionAward.Web.Infrastructure.Web;
using CrimePreventionAward.Web.Infrastructure.Web.PublicCache;
using FluentValidation;
using Hangfire;
using Hangfire.SqlServer;
using Hangfire.Storage.SQLite;
using MediatR;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CrimePreventionAward.Web.Infrastructure;

public static class ServiceRegistration
{
    public static void AddAward(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        DapperSetup.Configure();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => DatabaseOptions.From(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton<ConnectionFactory>();
        services.AddSingleton<WriteGate>();
        services.AddSingleton<GroupCommit>();
        services.AddSingleton<Migrator>();
        services.AddScoped<Db>();
        services.AddScoped<Outbox>();
        services.AddScoped<Mail.Templates.MailComposer>();
        services.AddSingleton<MailTokenProtector>();
        services.AddScoped<MailSender>();
        services.AddSingleton<MailSignal>();
        services.AddHostedService<MailDeliveryWorker>();
        services.AddScoped<AnonymousMailLimit>();
        services.AddScoped<Demo.DemoSeeder>();
        services.Configure<MailSettings>(builder.Configuration.GetSection("Mail"));
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, CurrentUser>();

        AddMediator(services);
        AddWeb(services, builder.Configuration);
        services.AddPublicPageCache(builder.Configuration);
        services.AddAwardRateLimits(builder.Configuration);
        services.AddStaticAssetCompression();
        services.AddProxyHeaders(builder.Configuration);
        builder.AddWebHardening();
        AddJobs(services);
    }

    private static void AddMediator(IServiceCollection services)
    {
        services.AddScoped<ServiceFactory>(sp => sp.GetService!);
        services.AddScoped<IMediator, Mediator>();
        services.Scan(s => s.FromAssemblyOf<Program>()
            .AddClasses(c => c.AssignableToAny(typeof(IRequestHandler<,>), typeof(INotificationHandler<>),
                typeof(IValidator<>), typeof(Features.IAuthorisationRule<>)).Where(t => !IsStatelessValidator(t)))
            .AsImplementedInterfaces().WithScopedLifetime()
            // A validator compiles its rule tree when it is built: once per process, not once per request.
            .AddClasses(c => c.Where(IsStatelessValidator)).AsImplementedInterfaces().WithSingletonLifetime());
        // The order of a request's way: logging → authorisation → validation → transaction → audit → handler.
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(AuthorisationBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(TransactionBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(AuditBehaviour<,>));
    }

    private static bool IsStatelessValidator(Type type) =>
        type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>))
        && type.GetConstructor(Type.EmptyTypes) is not null && type.GetConstructors().Length == 1;

    private static void AddWeb(IServiceCollection services, IConfiguration configuration)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddSingleton<Microsoft.Extensions.Localization.IStringLocalizer<SharedResource>, AreaTexts>();
        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/Sekretariat", Roles.Secretariat);
            o.Conventions.AuthorizeFolder("/Jury", Roles.Juror);
            o.Conventions.ConfigureFilter(new HandlerRequiredFilter());
        }).AddViewLocalization()
            .AddMvcOptions(o => DanishBindingMessages.Apply(o.ModelBindingMessageProvider));
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        // Danish letters as themselves in the HTML, not as &#xE6; entities.
        services.AddSingleton(System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All));
        services.AddProblemDetails();
        services.AddExceptionHandler<ExceptionMapping>();
        services.AddOpenApi(Api.ApiDocument.Configure);
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            o.SerializerOptions.Converters.Add(new DanishTimeJsonConverter());
        });
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(AuthCookies.Configure);
        services.AddAuthorizationBuilder()
            .AddPolicy(Roles.Secretariat, p => p.RequireRole(Roles.Secretariat))
            .AddPolicy(Roles.Juror, p => p.RequireRole(Roles.Juror));
        // Stored keys are encrypted with a certificate kept outside the database (KeyCertificate).
        var certificate = KeyCertificate.Load(configuration);
        services.AddDataProtection().SetApplicationName("CrimePreventionAward")
            .ProtectKeysWithCertificate(certificate)
            .UnprotectKeysWithAnyCertificate(certificate);
        services.AddSingleton<DatabaseXmlRepository>();
        services.AddOptions<KeyManagementOptions>()
            .Configure<DatabaseXmlRepository>((o, repository) => o.XmlRepository = repository);
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
    }

    private static void AddJobs(IServiceCollection services)
    {
        // Each host gets its own storage object from DI. Hangfire's default hands out the process-wide
        // JobStorage.Current, which the last host to start wins (several test hosts share one process).
        // Use IBackgroundJobClient / IRecurringJobManager, not the static BackgroundJob API.
        services.AddSingleton<JobStorage>(sp =>
        {
            var o = sp.GetRequiredService<DatabaseOptions>();
            // First: it points Hangfire's process-wide logging at this host, which the storage's constructor already uses.
            sp.GetRequiredService<IGlobalConfiguration>();
            // Workers look for enqueued jobs every second (the SQLite storage's default is 15 s).
            JobStorage storage = o.Provider == DatabaseProvider.SqlServer
                ? new SqlServerStorage(o.ConnectionString, new SqlServerStorageOptions { PrepareSchemaIfNecessary = true })
                : new SQLiteStorage(o.HangfireSqlitePath, new SQLiteStorageOptions { QueuePollInterval = TimeSpan.FromSeconds(1) });
            JobStorage.Current = storage;
            return storage;
        });
        services.AddHangfire((sp, cfg) => cfg.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseLogProvider(new HostLogProvider(sp.GetRequiredService<ILoggerFactory>())));
        services.AddScoped<JobRunner>();
        services.AddHostedService<JobServerHost>();
    }
}
