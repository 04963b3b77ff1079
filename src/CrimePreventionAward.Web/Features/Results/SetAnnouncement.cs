using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using FluentValidation;
using MediatR;

namespace CrimePreventionAward.Web.Features.Results;

/// <summary>
/// Sets when the winner is made public and the winner's justification. Without a time, or with the ceremony's, the
/// winner follows the ceremony (moving it moves the announcement); another time is explicit, and one earlier than the
/// ceremony needs a confirmation with a reason.
/// </summary>
public static class SetAnnouncement
{
    [Authorise(Roles.Secretariat)]
    public sealed record Command(
        int Year, DateTimeOffset? AnnounceAt, string? Justification, bool ConfirmEarly = false, string? EarlyReason = null) : ICommand<Result>;

    public sealed record Result(int Year, DateTimeOffset AnnounceAt, bool FollowsCeremony);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Justification).MaximumLength(4000).WithMessage("Begrundelsen må højst have 4000 tegn.");
            RuleFor(c => c.EarlyReason).MaximumLength(1000).WithMessage("Begrundelsen må højst have 1000 tegn.");
            RuleFor(c => c.AnnounceAt).Sane();
        }
    }

    private const string HasDecision = "SELECT COUNT(*) FROM Decisions WHERE Year = @Year";
    private const string Clear = "DELETE FROM Announcements WHERE Year = @Year AND Kind = 'Winner'";

    private const string Insert = """
        INSERT INTO Announcements (Year, Kind, AnnounceAt, PublishedAt, IsExplicit, Reason)
        VALUES (@Year, 'Winner', @AnnounceAt, NULL, @IsExplicit, @Reason)
        """;

    private const string Justify = "UPDATE Decisions SET Justification = @Justification WHERE Year = @Year";

    public sealed class Handler(Db db) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command c, CancellationToken ct)
        {
            var edition = await EditionFacts.LoadAsync(db, c.Year, ct);
            if (await db.ScalarAsync<int>(HasDecision, new { c.Year }, ct) == 0)
                throw new ConflictException("Der er endnu ingen afgørelse at offentliggøre.");
            if (edition.Phase != Phase.Decided)
                throw new ConflictException("Vinderen er allerede offentliggjort.");
            var at = c.AnnounceAt ?? edition.CeremonyAt;
            var explicitTime = at != edition.CeremonyAt;
            var reason = string.IsNullOrWhiteSpace(c.EarlyReason) ? null : c.EarlyReason.Trim();
            if (at < edition.CeremonyAt && !(c.ConfirmEarly && reason is not null))
                throw FieldErrorsException.For(nameof(Command.AnnounceAt),
                    "Et tidspunkt før prisoverrækkelsen skal bekræftes med en begrundelse.");
            await db.ExecuteAsync(Clear, new { c.Year }, ct);
            await db.ExecuteAsync(Insert, new { c.Year, AnnounceAt = at, IsExplicit = explicitTime, Reason = at < edition.CeremonyAt ? reason : null }, ct);
            if (c.Justification is not null)
                await db.ExecuteAsync(Justify, new { c.Year, Justification = c.Justification.Trim() }, ct);
            return new Result(c.Year, at, !explicitTime);
        }
    }
}
