using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Tests.Foundation;

/// <summary>Orchestration stays at the edges: a use case reads shared data through query functions, not the mediator.</summary>
public sealed class ThinEdgeTests
{
    // A service provider or MediatR's own factory would hand out the mediator by the back door.
    private static readonly Type[] Senders = [typeof(IMediator), typeof(IServiceProvider), typeof(ServiceFactory)];

    private static bool IsHandler(Type t) => t is { IsClass: true, IsAbstract: false } && t.GetInterfaces()
        .Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequestHandler<,>));

    [Fact]
    public void No_handler_can_send_another_request()
    {
        var handlers = typeof(Program).Assembly.GetTypes().Where(IsHandler).ToList();
        handlers.Count.ShouldBeGreaterThan(50);
        handlers.ShouldContain(h => h.GetConstructors().Any(c => c.GetParameters().Any(p => p.ParameterType == typeof(Db))));
        handlers
            .Where(h => h.GetConstructors().SelectMany(c => c.GetParameters()).Any(p => Senders.Contains(p.ParameterType)))
            .Select(h => h.FullName).ShouldBeEmpty();
    }
}
