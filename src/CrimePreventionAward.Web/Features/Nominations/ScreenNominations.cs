using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Behaviours;
using CrimePreventionAward.Web.Infrastructure.Data;
using CrimePreventionAward.Web.Infrastructure.Mail;
using FluentValidation;
using MediatR;

namespace CrimePreventionAward.Web.Features.Nominations;

/// <summary>
/// Screens many nominations of one edition with one shared decision and reason, all or none: each is screened by
/// <see cref="ScreenNomination.ApplyAsync"/> in this command's transaction and gets the audit row a single
/// screening leaves, so the same rules (and whatever else a single screening does) apply to each.
/// </summary>
public static class ScreenNominations
{
    public const int MaxAtOnce = 200;

    [Authorise(Roles.Secretariat)]
    public sealed record Command(int Year, IReadOnlyList<long> Ids, bool Eligible, string? Reason, bool ShareReasonWithNominator = false)
        : ICommand<Result>;

    public sealed record Result(IReadOnlyList<long> Ids, string Eligibility);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Ids).NotEmpty().WithMessage("Vælg mindst én indstilling.")
                .Must(ids => ids is null || ids.Count <= MaxAtOnce).WithMessage($"Vælg højst {MaxAtOnce} indstillinger ad gangen.");
            RuleFor(c => c.Reason).ScreeningReason();
        }
    }

    private const string YearOf = "SELECT Year FROM Nominations WHERE Id = @Id";

    public sealed class Handler(Db db, ICurrentUser user, TimeProvider clock, Outbox outbox) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command c, CancellationToken ct)
        {
            var ids = c.Ids.Distinct().ToList();
            foreach (var id in ids)
                if (await db.ScalarAsync<int?>(YearOf, new { Id = id }, ct) != c.Year)
                    throw new NotFoundException(NominationAccess.NotFoundText);
            string eligibility = "";
            foreach (var id in ids)
            {
                var single = new ScreenNomination.Command(id, c.Eligible, c.Reason, c.ShareReasonWithNominator);
                var screened = await ScreenNomination.ApplyAsync(db, user, clock, outbox, single, ct);
                await AuditEntry.AppendAsync(db, user, clock, single, screened, ct);
                eligibility = screened.Eligibility;
            }
            return new Result(ids, eligibility);
        }
    }
}
