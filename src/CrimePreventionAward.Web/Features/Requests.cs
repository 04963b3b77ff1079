using System.Reflection;
using MediatR;

namespace CrimePreventionAward.Web.Features;

/// <summary>A use case that changes state: runs in a transaction and leaves an audit row.</summary>
public interface ICommand<out TResult> : IRequest<TResult>;

/// <summary>A use case that only reads: no transaction, no audit.</summary>
public interface IQuery<out TResult> : IRequest<TResult>;

/// <summary>Who may send a request. Every request type carries one of these (a test checks it).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class AuthoriseAttribute(params string[] roles) : Attribute
{
    public IReadOnlyList<string> Roles { get; } = roles;
}

/// <summary>Anyone may send the request; resource rules (<see cref="IAuthorisationRule{TRequest}"/>) may still refuse.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PublicAttribute : Attribute;

/// <summary>Kept out of the audit log (passwords, tokens, file contents).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SensitiveAttribute : Attribute;

/// <summary>
/// A text kept in the audit log as written, because it names no person (a phase move's reason, an organisation).
/// Every other text is logged by its field name only.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class AuditValueAttribute : Attribute;

/// <summary>
/// A command that cannot change anything a public page shows (it writes none of their tables), so its commit leaves
/// the public pages' cache generation in force. Without it a commit ends the generation: every submit and score save
/// would throw the cached pages away. A test lists each marked command with its reason.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class KeepsPublicPagesAttribute : Attribute;

/// <summary>A job's result that tells whether the run found anything to do; a run that did nothing leaves no audit row.</summary>
public interface IJobOutcome
{
    bool DidNothing { get; }
}

/// <summary>A rule about one resource (a nomination's token, a juror's conflict), run by the authorisation behaviour.</summary>
public interface IAuthorisationRule<in TRequest>
{
    Task CheckAsync(TRequest request, CancellationToken ct);
}

public static class RequestKinds
{
    public static bool IsCommand(Type request) => request.GetInterfaces()
        .Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommand<>));

    /// <summary>True for a command whose commit may change a public page: every command not marked <see cref="KeepsPublicPagesAttribute"/>.</summary>
    public static bool EndsPublicPages(Type request) =>
        IsCommand(request) && request.GetCustomAttribute<KeepsPublicPagesAttribute>() is null;
}
