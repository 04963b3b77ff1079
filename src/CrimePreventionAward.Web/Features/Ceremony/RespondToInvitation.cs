using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Data;
using FluentValidation;
using MediatR;

namespace CrimePreventionAward.Web.Features.Ceremony;

/// <summary>A guest answers with the personal link; the answer can be changed until the ceremony starts.</summary>
public static class RespondToInvitation
{
    public const int MaxPersons = 5;

    [Public]
    [KeepsPublicPages]
    public sealed record Command([property: Sensitive] string Token, GuestResponse Response, int? Persons) : ICommand<Result>;

    public sealed record Result(GuestResponse Response, int? Persons);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Response).IsInEnum().WithMessage("Vælg, om du kommer.");
            RuleFor(c => c.Persons).NotNull().WithMessage("Skriv, hvor mange I kommer.")
                .InclusiveBetween(1, MaxPersons).WithMessage($"I kan være 1 til {MaxPersons} personer.")
                .When(c => c.Response == GuestResponse.Attending);
        }
    }

    private const string Find = """
        SELECT g.Id, COALESCE(c.StartsAt, e.CeremonyAt) AS StartsAt
        FROM Guests g JOIN Editions e ON e.Year = g.Year LEFT JOIN Ceremonies c ON c.Year = g.Year
        WHERE g.TokenHash = @Hash
        """;

    private const string Answer = """
        UPDATE Guests SET Response = @Response, Persons = @Persons, RespondedAt = @Now WHERE Id = @Id
        """;

    public sealed class Handler(Db db, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command c, CancellationToken ct)
        {
            var guest = await db.QuerySingleOrDefaultAsync<GuestRow>(Find, new { Hash = GuestTokens.Hash(c.Token ?? "") }, ct)
                ?? throw new NotFoundException("Invitationen findes ikke. Brug linket fra din e-mail.");
            var now = clock.GetUtcNow();
            if (now >= guest.StartsAt) throw new ConflictException("Prisoverrækkelsen er begyndt; svaret kan ikke længere ændres.");
            var persons = c.Response == GuestResponse.Attending ? c.Persons : null;
            await db.ExecuteAsync(Answer, new { guest.Id, Response = c.Response.ToString(), Persons = persons, Now = now }, ct);
            return new Result(c.Response, persons);
        }
    }

    private sealed class GuestRow
    {
        public long Id { get; init; }
        public DateTimeOffset StartsAt { get; init; }
    }
}
