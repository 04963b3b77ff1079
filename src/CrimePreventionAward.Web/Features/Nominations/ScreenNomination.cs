using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using CrimePreventionAward.Web.Infrastructure.Mail;
using FluentValidation;
using MediatR;

namespace CrimePreventionAward.Web.Features.Nominations;

/// <summary>The secretariat's decision whether a nomination meets the criteria, with a reason it may share with the nominator.</summary>
public static class ScreenNomination
{
    [Authorise(Roles.Secretariat)]
    public sealed record Command(long Id, bool Eligible, string? Reason, bool ShareReasonWithNominator = false) : ICommand<Result>;

    public sealed record Result(long Id, string Eligibility);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Reason).ScreeningReason();
        }
    }

    /// <summary>The reason a screening needs, one or many at a time.</summary>
    internal static IRuleBuilderOptions<T, string?> ScreeningReason<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithMessage("Skriv en begrundelse.").MaximumLength(2000).WithMessage("Begrundelsen må højst have 2000 tegn.");

    private const string Screen = """
        UPDATE Nominations SET Eligibility = @Eligibility, EligibilityReason = @Reason,
            ShareReasonWithNominator = @ShareReasonWithNominator, ScreenedBy = @ScreenedBy, ScreenedAt = @Now,
            Version = Version + 1, UpdatedAt = @Now
        WHERE Id = @Id
        """;

    public sealed class Handler(Db db, ICurrentUser user, TimeProvider clock, Outbox outbox) : IRequestHandler<Command, Result>
    {
        public Task<Result> Handle(Command c, CancellationToken ct) => ApplyAsync(db, user, clock, outbox, c, ct);
    }

    /// <summary>The screening itself, in the caller's transaction; <see cref="ScreenNominations"/> applies it to many.</summary>
    internal static async Task<Result> ApplyAsync(Db db, ICurrentUser user, TimeProvider clock, Outbox outbox, Command c, CancellationToken ct)
    {
        var key = await NominationAccess.LoadAsync(db, c.Id, null, ct);
        if (key.Status != NominationStatus.Submitted) throw new ConflictException("Kun indsendte indstillinger kan screenes.");
        if (key.Phase > Phase.Screening)
            throw new ConflictException(NominationWording.Format(NominationWording.ScreeningOver, PhaseRules.DanishName(key.Phase)));
        var eligibility = c.Eligible ? "Eligible" : "Ineligible";
        await db.ExecuteAsync(Screen, new
        {
            key.Id, Eligibility = eligibility, Reason = c.Reason!.Trim(), c.ShareReasonWithNominator, ScreenedBy = user.Name,
            Now = clock.GetUtcNow(),
        }, ct);
        await ScreeningMail.QueueAsync(db, outbox, key.Id, ct);
        return new Result(key.Id, eligibility);
    }
}
