using CrimePreventionAward.Web.Features.Results;
using CrimePreventionAward.Web.Infrastructure.Web;
using MediatR;

namespace CrimePreventionAward.Web.Api;

/// <summary>Results, shortlist, vote, decision and announcements. Nothing here may be cached: embargo.</summary>
public sealed class ResultsEndpoints : IEndpoints
{
    public void Map(IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/editions/{year:int}").WithTags("Results")
            .AddEndpointFilter(async (ctx, next) =>
            {
                ctx.HttpContext.Response.Headers.CacheControl = "no-store";
                return await next(ctx);
            });
        g.MapGet("/results", (int year, IMediator m, CancellationToken ct) => m.Send(new GetResults.Query(year), ct))
            .Refuses<GetResults.Query>(404)
            .WithName("GetResults");
        g.MapGet("/export/results.csv", async (int year, IMediator m, CancellationToken ct) =>
                Results.File(await m.Send(new ExportResultsCsv.Query(year), ct), "text/csv; charset=utf-8", $"resultater-{year}.csv"))
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .Refuses<ExportResultsCsv.Query>(404)
            .WithName("ExportResultsCsv");
        g.MapPost("/shortlist", (int year, ShortlistBody body, IMediator m, CancellationToken ct) =>
                m.Send(new SetShortlist.Command(year, body.Entries ?? [], body.AnnounceAt), ct))
            .Refuses<SetShortlist.Command>(400, 404, 409, 415)
            .WithName("SetShortlist");
        g.MapPut("/ballot", (int year, BallotBody body, IMediator m, CancellationToken ct) =>
                m.Send(new CastBallot.Command(year, body.Ranking ?? []), ct))
            .Refuses<CastBallot.Command>(400, 404, 409, 415)
            .WithName("CastBallot");
        g.MapPost("/decision", (int year, DecisionBody? body, IMediator m, CancellationToken ct) =>
                m.Send(new RecordDecision.Command(year, body?.Justification, body?.LotSeed), ct))
            .Refuses<RecordDecision.Command>(400, 404, 409, 415)
            .WithName("RecordDecision");
        g.MapPost("/decision/reopen", (int year, ReopenBody body, IMediator m, CancellationToken ct) =>
                m.Send(new ReopenDecision.Command(year, body.Reason ?? ""), ct))
            .Refuses<ReopenDecision.Command>(400, 404, 409, 415)
            .WithName("ReopenDecision");
        g.MapPut("/announcement", (int year, AnnouncementBody body, IMediator m, CancellationToken ct) =>
                m.Send(new SetAnnouncement.Command(year, body.AnnounceAt, body.Justification, body.ConfirmEarly ?? false, body.EarlyReason), ct))
            .Refuses<SetAnnouncement.Command>(400, 404, 409, 415)
            .WithName("SetAnnouncement");
        g.MapGet("/nominees", (int year, IMediator m, CancellationToken ct) => m.Send(new GetNominees.Query(year), ct))
            .Refuses<GetNominees.Query>(404)
            .WithName("GetNominees");
        g.MapGet("/winner", (int year, IMediator m, CancellationToken ct) => m.Send(new GetWinner.Query(year), ct))
            .Refuses<GetWinner.Query>(404)
            .WithName("GetWinner");
        api.MapGet("/archive", (int? from, int? to, IMediator m, CancellationToken ct) => m.Send(new GetArchive.Query(from, to), ct))
            .Refuses<GetArchive.Query>(400)
            .WithTags("Results").WithName("GetArchive")
            .AddEndpointFilter(async (ctx, next) =>
            {
                ctx.HttpContext.Response.Headers.CacheControl = "no-store";
                return await next(ctx);
            });
    }

    public sealed record ShortlistBody(IReadOnlyList<SetShortlist.Entry>? Entries, DateTimeOffset? AnnounceAt);
    public sealed record BallotBody(IReadOnlyList<long>? Ranking);
    public sealed record DecisionBody(string? Justification, int? LotSeed);
    public sealed record ReopenBody(string? Reason);
    public sealed record AnnouncementBody(DateTimeOffset? AnnounceAt, string? Justification, bool? ConfirmEarly, string? EarlyReason);
}
