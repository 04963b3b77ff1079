using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features;
using CrimePreventionAward.Web.Features.Editions;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace CrimePreventionAward.Tests.Foundation;

public sealed class PipelineTests(PipelineTests.Factory app) : IClassFixture<PipelineTests.Factory>
{
    /// <summary>A command that writes an edition and then fails, to prove nothing is left behind.</summary>
    [Authorise(Roles.Secretariat)]
    public sealed record FailingCommand(int Year) : ICommand<Unit>;

    public sealed class FailingHandler(IMediator mediator) : IRequestHandler<FailingCommand, Unit>
    {
        public async Task<Unit> Handle(FailingCommand c, CancellationToken ct)
        {
            await mediator.Send(Editions.Build(c.Year).Command, ct);
            throw new InvalidOperationException("Simulated crash after the write");
        }
    }

    public sealed class Factory : AwardFactory
    {
        protected override void ConfigureServices(IServiceCollection services) =>
            services.AddScoped<IRequestHandler<FailingCommand, Unit>, FailingHandler>();
    }

    private Task<long> CountAsync(string sql, object? args = null) =>
        app.WithScope(sp => sp.GetRequiredService<Db>().ScalarAsync<long>(sql, args));

    [Fact]
    public async Task Every_command_leaves_an_audit_row_with_who_what_and_the_data()
    {
        await Editions.Build(2060).CreateAsync(app);
        await app.SendAsSystem(new ChangePhase.Command(2060, Phase.NominationOpen, "Åbner"));
        (await CountAsync("SELECT COUNT(*) FROM AuditLog WHERE Action = 'Editions.CreateEdition.Command' AND Data LIKE '%2060%'")).ShouldBe(1);
        (await CountAsync("SELECT COUNT(*) FROM AuditLog WHERE Action = 'Editions.ChangePhase.Command' AND UserName = 'system' AND Data LIKE '%Åbner%'")).ShouldBe(1);
    }

    [Fact]
    public async Task Queries_leave_no_audit_row()
    {
        var before = await CountAsync("SELECT COUNT(*) FROM AuditLog");
        await app.SendAsSystem(new ListEditions.Query());
        (await CountAsync("SELECT COUNT(*) FROM AuditLog")).ShouldBe(before);
    }

    [Fact]
    public async Task A_command_that_throws_leaves_nothing_behind()
    {
        var auditBefore = await CountAsync("SELECT COUNT(*) FROM AuditLog");
        await Should.ThrowAsync<InvalidOperationException>(() => app.SendAsSystem(new FailingCommand(2061)));
        (await CountAsync("SELECT COUNT(*) FROM Editions WHERE Year = 2061")).ShouldBe(0);
        (await CountAsync("SELECT COUNT(*) FROM AuditLog")).ShouldBe(auditBefore);
    }

    [Fact]
    public async Task Passwords_never_reach_the_audit_log()
    {
        await app.SendAsSystem(new Web.Features.Auth.SignIn.Command(AwardFactory.AdminEmail, AwardFactory.AdminPassword));
        (await CountAsync("SELECT COUNT(*) FROM AuditLog WHERE Action = 'Auth.SignIn.Command'")).ShouldBeGreaterThan(0);
        (await CountAsync("SELECT COUNT(*) FROM AuditLog WHERE Data LIKE @P", new { P = $"%{AwardFactory.AdminPassword}%" })).ShouldBe(0);
    }

    [Fact]
    public void Every_request_says_who_may_send_it()
    {
        var requests = typeof(Program).Assembly.GetTypes()
            .Where(t => t.IsClass && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>)))
            .ToList();
        requests.ShouldNotBeEmpty();
        requests.Where(t => !t.IsDefined(typeof(AuthoriseAttribute), false) && !t.IsDefined(typeof(PublicAttribute), false))
            .Select(t => t.FullName).ShouldBeEmpty();
    }
}
