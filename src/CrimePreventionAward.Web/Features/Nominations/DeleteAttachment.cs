using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using FluentValidation;
using MediatR;

namespace CrimePreventionAward.Web.Features.Nominations;

/// <summary>
/// The secretariat removes a file for the nominator (the wrong file, or one with data that should not be there) while
/// the nominator could still change the nomination themselves: before the deadline or under their extension. Once
/// screened the file is part of what the decision rests on and stays; personal data in it then goes by erasure.
/// </summary>
public static class DeleteAttachment
{
    [Authorise(Roles.Secretariat)]
    [KeepsPublicPages]
    public sealed record Command(long NominationId, long AttachmentId, [property: AuditValue] string? Reason) : ICommand<Result>;

    public sealed record Result(long NominationId, long AttachmentId);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Reason).NotEmpty().WithMessage("Skriv en begrundelse.")
            .MaximumLength(500).WithMessage("Begrundelsen må højst have 500 tegn.");
    }

    private const string EligibilityOf = "SELECT Eligibility FROM Nominations WHERE Id = @Id";

    private const string Delete = "DELETE FROM NominationAttachments WHERE Id = @AttachmentId AND NominationId = @NominationId";

    public sealed class Handler(Db db, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command c, CancellationToken ct)
        {
            var key = await NominationAccess.LoadAsync(db, c.NominationId, null, ct);
            if (await db.ScalarAsync<string?>(EligibilityOf, new { key.Id }, ct) is not null)
                throw new ConflictException("Indstillingen er screenet, og bilagene indgår i afgørelsen. Bilaget kan ikke slettes.");
            if (await NominationAccess.ClosedReasonAsync(db, clock, key.Year, key.Phase, key.NominationDeadline, key.Id, null, ct) is { } closed)
                throw new ConflictException(closed);
            if (await db.ExecuteAsync(Delete, new { c.AttachmentId, NominationId = key.Id }, ct) != 1)
                throw new NotFoundException("Bilaget findes ikke.");
            return new Result(key.Id, c.AttachmentId);
        }
    }
}
