using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Editions;

/// <summary>
/// Next year from last year: a Draft edition a year later with the same criteria (anchors included), the ceremony's
/// venue and programme skeleton, and last year's jury as people to re-invite. Nothing that belongs to a year's
/// judging (sign-ins, conflicts, scores, ballots, guests, speakers) is carried over.
/// </summary>
public static class CreateNextEdition
{
    [Authorise(Roles.Secretariat)]
    public sealed record Command(int FromYear) : ICommand<CreateEdition.Result>;

    private const string Source = $"SELECT {EditionView.Columns} FROM Editions WHERE Year = @Year";

    private const string Exists = "SELECT COUNT(*) FROM Editions WHERE Year = @Year";

    private const string CopyCriteria = """
        INSERT INTO Criteria (Year, Name, Description, Weight, ScaleMin, ScaleMax, SortOrder, AnchorLow, AnchorMid, AnchorHigh)
        SELECT @To, Name, Description, Weight, ScaleMin, ScaleMax, SortOrder, AnchorLow, AnchorMid, AnchorHigh
        FROM Criteria WHERE Year = @From
        """;

    private const string Ceremony = "SELECT Venue, Address, Presenter FROM Ceremonies WHERE Year = @Year";

    private const string InsertCeremony = """
        INSERT INTO Ceremonies (Year, StartsAt, Venue, Address, Presenter, PrizeAmountDkk, Version, UpdatedAt)
        VALUES (@Year, @StartsAt, @Venue, @Address, @Presenter, @PrizeAmountDkk, 1, @Now)
        """;

    private const string Programme = "SELECT StartsAt, Title, SortOrder FROM ProgrammeItems WHERE Year = @Year ORDER BY SortOrder";

    private const string InsertItem = """
        INSERT INTO ProgrammeItems (Year, StartsAt, Title, Speaker, SortOrder) VALUES (@Year, @StartsAt, @Title, NULL, @SortOrder)
        """;

    // Pending: no sign-in link is made and the juror reads nothing until the secretariat sends the invitation.
    private const string CopyJury = """
        INSERT INTO Jurors (Year, UserId, Name, Email, Organisation, IsChair, Language, InvitedAt, InvitationPending)
        SELECT @To, UserId, Name, Email, Organisation, IsChair, Language, @Now, 1 FROM Jurors WHERE Year = @From AND RemovedAt IS NULL
        """;

    public sealed class Handler(Db db, TimeProvider clock) : IRequestHandler<Command, CreateEdition.Result>
    {
        public async Task<CreateEdition.Result> Handle(Command c, CancellationToken ct)
        {
            var from = await db.QuerySingleOrDefaultAsync<EditionView>(Source, new { Year = c.FromYear }, ct)
                ?? throw new NotFoundException($"Prisuddelingen {c.FromYear} findes ikke.");
            var to = c.FromYear + 1;
            if (await db.ScalarAsync<int>(Exists, new { Year = to }, ct) > 0)
                throw new ConflictException($"Der findes allerede en prisuddeling for {to}.");
            var now = clock.GetUtcNow();
            var ceremonyAt = DanishTime.NextYear(from.CeremonyAt);
            await db.ExecuteAsync(CreateEdition.Insert, new
            {
                Year = to, Name = from.Name.Replace(c.FromYear.ToString(), to.ToString()), from.PrizeAmountDkk,
                NominationOpensAt = DanishTime.NextYear(from.NominationOpensAt), NominationDeadline = DanishTime.NextYear(from.NominationDeadline),
                ScoringDeadline = DanishTime.NextYear(from.ScoringDeadline), FinalVoteDeadline = DanishTime.NextYear(from.FinalVoteDeadline),
                CeremonyAt = ceremonyAt, Phase = nameof(Phase.Draft), CreatedAt = now,
            }, ct);
            await db.ExecuteAsync(CopyCriteria, new { From = c.FromYear, To = to }, ct);
            if (await db.QuerySingleOrDefaultAsync<CeremonyRow>(Ceremony, new { Year = c.FromYear }, ct) is { } ceremony)
                await db.ExecuteAsync(InsertCeremony, new
                {
                    Year = to, StartsAt = ceremonyAt, ceremony.Venue, ceremony.Address, ceremony.Presenter, from.PrizeAmountDkk, Now = now,
                }, ct);
            foreach (var item in await db.QueryAsync<ItemRow>(Programme, new { Year = c.FromYear }, ct))
                await db.ExecuteAsync(InsertItem, new { Year = to, StartsAt = DanishTime.NextYear(item.StartsAt), item.Title, item.SortOrder }, ct);
            await db.ExecuteAsync(CopyJury, new { From = c.FromYear, To = to, Now = now }, ct);
            return new CreateEdition.Result(to);
        }
    }

    private sealed class CeremonyRow
    {
        public string Venue { get; init; } = "";
        public string Address { get; init; } = "";
        public string Presenter { get; init; } = "";
    }

    private sealed class ItemRow
    {
        public DateTimeOffset StartsAt { get; init; }
        public string Title { get; init; } = "";
        public int SortOrder { get; init; }
    }
}
