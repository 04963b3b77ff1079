using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Ceremony;

public static class ListGuests
{
    [Authorise(Roles.Secretariat)]
    public sealed record Query(int Year) : IQuery<Result>;

    public sealed record Result(IReadOnlyList<Guest> Guests, int Invited, int Attending, int NotAttending, int Unanswered, int Persons);

    public sealed class Guest
    {
        public long Id { get; init; }
        public string Name { get; init; } = "";
        public string Email { get; init; } = "";
        public string? Organisation { get; init; }
        public GuestKind Kind { get; init; }
        public GuestResponse? Response { get; init; }
        public int? Persons { get; init; }
        public DateTimeOffset? RespondedAt { get; init; }
        public DateTimeOffset InvitedAt { get; init; }
    }

    private const string Sql = """
        SELECT Id, Name, Email, Organisation, Kind, Response, Persons, RespondedAt, InvitedAt
        FROM Guests WHERE Year = @Year ORDER BY Name, Id
        """;

    public sealed class Handler(Db db) : IRequestHandler<Query, Result>
    {
        public Task<Result> Handle(Query q, CancellationToken ct) => LoadAsync(db, q.Year, ct);
    }

    internal static async Task<Result> LoadAsync(Db db, int year, CancellationToken ct)
    {
        var guests = (await db.QueryAsync<Guest>(Sql, new { Year = year }, ct)).ToList();
        var attending = guests.Where(g => g.Response == GuestResponse.Attending).ToList();
        return new Result(guests, guests.Count, attending.Count,
            guests.Count(g => g.Response == GuestResponse.NotAttending), guests.Count(g => g.Response is null),
            attending.Sum(g => g.Persons ?? 1));
    }
}
