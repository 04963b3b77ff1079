using System.Reflection;
using CrimePreventionAward.Web.Features;
using CrimePreventionAward.Web.Infrastructure.Auth;
using MediatR;

namespace CrimePreventionAward.Web.Infrastructure.Behaviours;

/// <summary>Checks the request's role attribute, then its resource rules, before anything else runs.</summary>
public sealed class AuthorisationBehaviour<TRequest, TResponse>(ICurrentUser user, IEnumerable<IAuthorisationRule<TRequest>> rules)
    : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly AuthoriseAttribute? Authorise = typeof(TRequest).GetCustomAttribute<AuthoriseAttribute>();
    private static readonly bool IsPublic = typeof(TRequest).GetCustomAttribute<PublicAttribute>() is not null;

    public async Task<TResponse> Handle(TRequest request, CancellationToken ct, RequestHandlerDelegate<TResponse> next)
    {
        if (Authorise is null && !IsPublic)
            throw new InvalidOperationException($"{typeof(TRequest)} says neither who may send it ([Authorise]) nor that anyone may ([Public]).");
        if (Authorise is not null)
        {
            if (!user.IsAuthenticated) throw new UnauthenticatedException();
            if (!Authorise.Roles.Any(user.IsInRole)) throw new ForbiddenException();
        }
        foreach (var rule in rules) await rule.CheckAsync(request, ct);
        return await next();
    }
}
