using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using FluentValidation;
using MediatR;

namespace CrimePreventionAward.Web.Features.Nominations;

/// <summary>An internal note on a nomination, for the secretariat only.</summary>
public static class AddNote
{
    [Authorise(Roles.Secretariat)]
    [KeepsPublicPages]
    public sealed record Command(long Id, string? Text) : ICommand<Result>;

    public sealed record Result(long NoteId);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Text).NotEmpty().WithMessage("Skriv en note.")
            .MaximumLength(4000).WithMessage("Noten må højst have 4000 tegn.");
    }

    private const string Insert = """
        INSERT INTO NominationNotes (NominationId, Text, Author, CreatedAt) VALUES (@Id, @Text, @Author, @Now)
        """;

    public sealed class Handler(Db db, ICurrentUser user, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command c, CancellationToken ct)
        {
            var key = await NominationAccess.LoadAsync(db, c.Id, null, ct);
            return new Result(await db.InsertAsync(Insert, new { key.Id, Text = c.Text!.Trim(), Author = user.Name, Now = clock.GetUtcNow() }, ct));
        }
    }
}
