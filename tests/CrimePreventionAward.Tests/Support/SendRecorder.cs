using System.Collections.Concurrent;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CrimePreventionAward.Tests.Support;

/// <summary>One request sent through the mediator while an HTTP call was handled: the call, its route and the request type.</summary>
public sealed record Sent(object Call, string Method, string Path, string? Route, Type Request);

/// <summary>Every request an app sends through its mediator during HTTP calls, for tests that keep the edges thin.</summary>
public sealed class SendRecorder
{
    public ConcurrentQueue<Sent> Sends { get; } = new();

    /// <summary>Puts <see cref="RecordingBehaviour{TRequest,TResponse}"/> first, so it sees a request before authorisation or validation can refuse it.</summary>
    public void AddTo(IServiceCollection services)
    {
        services.AddSingleton(this);
        services.Insert(0, ServiceDescriptor.Scoped(typeof(IPipelineBehavior<,>), typeof(RecordingBehaviour<,>)));
    }
}

public sealed class RecordingBehaviour<TRequest, TResponse>(SendRecorder recorder, IHttpContextAccessor accessor)
    : IPipelineBehavior<TRequest, TResponse>
{
    public Task<TResponse> Handle(TRequest request, CancellationToken ct, RequestHandlerDelegate<TResponse> next)
    {
        if (accessor.HttpContext is { Request: var r } http)
            recorder.Sends.Enqueue(new Sent(http.Items["send-call"] ??= new object(), r.Method, r.Path + r.QueryString,
                (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText, typeof(TRequest)));
        return next();
    }
}
