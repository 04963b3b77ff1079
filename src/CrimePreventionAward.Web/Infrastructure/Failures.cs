namespace CrimePreventionAward.Web.Infrastructure;

/// <summary>Typed failures, turned into answers in one place (<see cref="Web.ExceptionMapping"/>).</summary>
public abstract class AwardException(string message) : Exception(message);

public sealed class NotFoundException(string message = "Ikke fundet.") : AwardException(message);

/// <summary>Signed in but not allowed (403).</summary>
public sealed class ForbiddenException(string message = "Du har ikke adgang til dette.") : AwardException(message);

/// <summary>Not signed in (401).</summary>
public sealed class UnauthenticatedException(string message = "Du skal logge ind.") : AwardException(message);

/// <summary>Wrong phase, deadline passed, stale version (409).</summary>
public class ConflictException(string message) : AwardException(message);

public sealed class TooManyRequestsException(string message) : AwardException(message);

/// <summary>Field errors (400). Keys are the request's property names.</summary>
public sealed class FieldErrorsException(IReadOnlyDictionary<string, string[]> errors)
    : AwardException("Et eller flere felter er ikke udfyldt korrekt.")
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public static FieldErrorsException For(string field, string message) => new(new Dictionary<string, string[]> { [field] = [message] });
}

/// <summary>A body larger than its route family carries (413), refused before it is buffered.</summary>
public sealed class PayloadTooLargeException(string message = "Forespørgslen er for stor.") : AwardException(message);
