using CrimePreventionAward.Web.Features.Ceremony;
using CrimePreventionAward.Web.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CrimePreventionAward.Web.Api;

public sealed class CeremonyEndpoints : IEndpoints
{
    public void Map(IEndpointRouteBuilder api)
    {
        var ceremony = api.MapGroup("/editions/{year:int}").WithTags("Ceremony");
        ceremony.MapGet("/ceremony", (int year, IMediator m, CancellationToken ct) => m.Send(new GetCeremony.Query(year), ct))
            .Refuses<GetCeremony.Query>(404)
            .WithName("GetCeremony");
        ceremony.MapPut("/ceremony", (int year, CeremonyBody body, IMediator m, CancellationToken ct) =>
                m.Send(new SaveCeremony.Command(year, body.StartsAt, body.Venue ?? "", body.Address ?? "", body.Presenter ?? "",
                    body.PrizeAmountDkk, body.Programme ?? [], body.Version), ct))
            .Refuses<SaveCeremony.Command>(400, 404, 409, 415)
            .WithName("SaveCeremony");
        ceremony.MapGet("/ceremony.ics", async (int year, IMediator m, CancellationToken ct) =>
                Results.Text(await m.Send(new CeremonyCalendar.Query(year), ct), "text/calendar; charset=utf-8"))
            .Produces<string>(StatusCodes.Status200OK, "text/calendar")
            .Refuses<CeremonyCalendar.Query>(404)
            .WithName("CeremonyCalendar");
        ceremony.MapGet("/guests", (int year, IMediator m, CancellationToken ct) => m.Send(new ListGuests.Query(year), ct))
            .Refuses<ListGuests.Query>(404)
            .WithName("ListGuests");
        ceremony.MapPost("/guests", async Task<Created<InviteGuest.Result>> (int year, GuestBody body, IMediator m, CancellationToken ct) =>
            {
                var result = await m.Send(new InviteGuest.Command(year, body.Name ?? "", body.Email ?? "", body.Organisation, body.Kind, body.Language), ct);
                return TypedResults.Created($"/api/editions/{year}/guests", result);
            })
            .Refuses<InviteGuest.Command>(400, 404, 409, 415)
            .WithName("InviteGuest");
        api.MapPost("/invitations/{token}/response", (string token, ResponseBody body, IMediator m, CancellationToken ct) =>
                m.Send(new RespondToInvitation.Command(token, body.Response, body.Persons), ct))
            .Refuses<RespondToInvitation.Command>(400, 404, 409, 415)
            .WithTags("Ceremony").WithName("RespondToInvitation");
    }

    public sealed record CeremonyBody(DateTimeOffset StartsAt, string? Venue, string? Address, string? Presenter, int PrizeAmountDkk,
        IReadOnlyList<SaveCeremony.ProgrammeItem>? Programme, int Version);

    /// <param name="Language">the language of the guest's mails: "da" (default) or "en"</param>
    public sealed record GuestBody(string? Name, string? Email, string? Organisation, GuestKind Kind, string? Language = null);

    public sealed record ResponseBody(GuestResponse Response, int? Persons);
}
