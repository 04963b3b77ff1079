using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using FluentValidation;
using MediatR;

namespace CrimePreventionAward.Web.Features.Ceremony;

/// <summary>Saves the ceremony's facts and replaces its programme. Version 0 creates it; otherwise it must match.</summary>
public static class SaveCeremony
{
    public const int MaxProgrammeItems = 30;

    [Authorise(Roles.Secretariat)]
    public sealed record Command(
        int Year,
        DateTimeOffset StartsAt,
        string Venue,
        string Address,
        string Presenter,
        int PrizeAmountDkk,
        IReadOnlyList<ProgrammeItem> Programme,
        int Version) : ICommand<Result>;

    public sealed record ProgrammeItem(DateTimeOffset StartsAt, string Title, string? Speaker);

    public sealed record Result(int Year, int Version);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.StartsAt).Sane();
            RuleFor(c => c.Venue).NotEmpty().WithMessage("Skriv stedet.").MaximumLength(200).WithMessage("Stedet må højst have 200 tegn.");
            RuleFor(c => c.Address).NotEmpty().WithMessage("Skriv adressen.").MaximumLength(300).WithMessage("Adressen må højst have 300 tegn.");
            RuleFor(c => c.Presenter).NotEmpty().WithMessage("Skriv, hvem der overrækker prisen.")
                .MaximumLength(200).WithMessage("Navnet må højst have 200 tegn.");
            RuleFor(c => c.PrizeAmountDkk).GreaterThanOrEqualTo(0).WithMessage("Prisbeløbet kan ikke være negativt.");
            RuleFor(c => c.Programme).NotNull().Must(p => p.Count <= MaxProgrammeItems)
                .WithMessage($"Programmet må højst have {MaxProgrammeItems} punkter.");
            RuleForEach(c => c.Programme).ChildRules(item =>
            {
                item.RuleFor(i => i.Title).NotEmpty().WithMessage("Skriv programpunktets titel.")
                    .MaximumLength(200).WithMessage("Titlen må højst have 200 tegn.");
                item.RuleFor(i => i.Speaker).MaximumLength(200).WithMessage("Navnet må højst have 200 tegn.");
                item.RuleFor(i => i.StartsAt).Sane();
            });
            RuleForEach(c => c.Programme).Must((c, i) => Math.Abs((i.StartsAt - c.StartsAt).TotalHours) <= 12)
                .WithMessage("Programpunktet skal ligge på dagen for prisoverrækkelsen.");
        }
    }

    private const string Edition = "SELECT Phase, FinalVoteDeadline FROM Editions WHERE Year = @Year";
    private const string CurrentVersion = "SELECT Version FROM Ceremonies WHERE Year = @Year";

    private const string Insert = """
        INSERT INTO Ceremonies (Year, StartsAt, Venue, Address, Presenter, PrizeAmountDkk, Version, UpdatedAt)
        VALUES (@Year, @StartsAt, @Venue, @Address, @Presenter, @PrizeAmountDkk, 1, @Now)
        """;

    private const string Update = """
        UPDATE Ceremonies SET StartsAt = @StartsAt, Venue = @Venue, Address = @Address, Presenter = @Presenter,
               PrizeAmountDkk = @PrizeAmountDkk, Version = Version + 1, UpdatedAt = @Now
        WHERE Year = @Year AND Version = @Version
        """;

    // The edition's own time and prize follow the ceremony, so the front page and the reminders agree with it.
    private const string UpdateEdition = """
        UPDATE Editions SET CeremonyAt = @StartsAt, PrizeAmountDkk = @PrizeAmountDkk, Version = Version + 1 WHERE Year = @Year
        """;

    // The winner is due at the ceremony by rule (EditionFacts.DueAt); the stored time follows too, so the record
    // (and this command's audit entry) shows where an unpublished announcement that follows the ceremony went.
    private const string MoveWinnerAnnouncement = """
        UPDATE Announcements SET AnnounceAt = @StartsAt
        WHERE Year = @Year AND Kind = 'Winner' AND PublishedAt IS NULL AND IsExplicit = 0
        """;

    private const string DeleteProgramme = "DELETE FROM ProgrammeItems WHERE Year = @Year";

    private const string InsertItem = """
        INSERT INTO ProgrammeItems (Year, StartsAt, Title, Speaker, SortOrder) VALUES (@Year, @StartsAt, @Title, @Speaker, @SortOrder)
        """;

    public sealed class Handler(Db db, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command c, CancellationToken ct)
        {
            var edition = await db.QuerySingleOrDefaultAsync<EditionRow>(Edition, new { c.Year }, ct)
                ?? throw new NotFoundException($"Prisuddelingen {c.Year} findes ikke.");
            if (edition.Phase == nameof(Phase.Archived))
                throw new ConflictException("Prisuddelingen er arkiveret; prisoverrækkelsen kan ikke længere ændres.");
            if (c.StartsAt <= edition.FinalVoteDeadline)
                throw FieldErrorsException.For(nameof(c.StartsAt), "Prisoverrækkelsen skal ligge efter fristen for afstemningen.");

            var current = await db.QuerySingleOrDefaultAsync<int?>(CurrentVersion, new { c.Year }, ct);
            var args = new { c.Year, c.StartsAt, Venue = c.Venue.Trim(), Address = c.Address.Trim(), Presenter = c.Presenter.Trim(), c.PrizeAmountDkk, c.Version, Now = clock.GetUtcNow() };
            if (current is null && c.Version == 0) await db.ExecuteAsync(Insert, args, ct);
            else if (current != c.Version || await db.ExecuteAsync(Update, args, ct) != 1)
                throw new ConflictException("Prisoverrækkelsen er ændret af en anden imens. Hent siden igen.");

            await db.ExecuteAsync(UpdateEdition, args, ct);
            await db.ExecuteAsync(MoveWinnerAnnouncement, args, ct);
            await db.ExecuteAsync(DeleteProgramme, new { c.Year }, ct);
            var order = 0;
            foreach (var item in c.Programme.OrderBy(i => i.StartsAt))
                await db.ExecuteAsync(InsertItem, new { c.Year, item.StartsAt, Title = item.Title.Trim(), Speaker = Blank(item.Speaker), SortOrder = ++order }, ct);
            return new Result(c.Year, (current ?? 0) + 1);
        }

        private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    private sealed class EditionRow
    {
        public string Phase { get; init; } = "";
        public DateTimeOffset FinalVoteDeadline { get; init; }
    }
}
