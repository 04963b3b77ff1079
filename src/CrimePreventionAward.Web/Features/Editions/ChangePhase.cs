using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using CrimePreventionAward.Web.Infrastructure.Mail;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.Options;

namespace CrimePreventionAward.Web.Features.Editions;

/// <summary>Moves an edition to another phase by hand (or by a deadline job), recording who, when and why.</summary>
public static class ChangePhase
{
    [Authorise(Roles.Secretariat)]
    public sealed record Command(int Year, Phase Phase, [property: AuditValue] string? Reason) : ICommand<Result>;

    public sealed record Result(int Year, Phase From, Phase To);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Phase).IsInEnum().WithMessage("Ukendt fase.");
            RuleFor(c => c.Reason).MaximumLength(1000).WithMessage("Begrundelsen må højst have 1000 tegn.");
        }
    }

    private const string Current = "SELECT Phase FROM Editions WHERE Year = @Year";

    private const string Update = """
        UPDATE Editions SET Phase = @To, Version = Version + 1 WHERE Year = @Year AND Phase = @From
        """;

    private const string Record = """
        INSERT INTO PhaseChanges (Year, FromPhase, ToPhase, Reason, ChangedBy, ChangedAt)
        VALUES (@Year, @From, @To, @Reason, @ChangedBy, @ChangedAt)
        """;

    public sealed class Handler(Db db, ICurrentUser user, TimeProvider clock, Outbox outbox, IOptions<MailSettings> mail) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command c, CancellationToken ct)
        {
            var text = await db.QuerySingleOrDefaultAsync<string>(Current, new { c.Year }, ct)
                ?? throw new NotFoundException($"Prisuddelingen {c.Year} findes ikke.");
            var from = Enum.Parse<Phase>(text);
            if (PhaseRules.Refusal(from, c.Phase, c.Reason) is { } refusal) throw new ConflictException(refusal);
            var args = new { c.Year, From = from.ToString(), To = c.Phase.ToString(), c.Reason, ChangedBy = user.Name, ChangedAt = clock.GetUtcNow() };
            if (await db.ExecuteAsync(Update, args, ct) != 1)
                throw new ConflictException("Fasen blev ændret af en anden imens. Prøv igen.");
            await db.ExecuteAsync(Record, args, ct);
            await PhaseMails.QueueAsync(db, outbox, mail.Value.PublicBaseUrl, c.Year, c.Phase, ct);
            return new Result(c.Year, from, c.Phase);
        }
    }
}
