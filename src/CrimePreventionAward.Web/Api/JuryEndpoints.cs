using System.Text.Json;
using CrimePreventionAward.Web.Features.Jury;
using CrimePreventionAward.Web.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CrimePreventionAward.Web.Api;

public sealed class JuryEndpoints : IEndpoints
{
    public void Map(IEndpointRouteBuilder api)
    {
        var e = api.MapGroup("/editions/{year:int}").WithTags("Jury");
        e.MapGet("/jurors", (int year, IMediator m, CancellationToken ct) => m.Send(new ListJurors.Query(year), ct))
            .Refuses<ListJurors.Query>(404)
            .WithName("ListJurors");
        e.MapPost("/jurors", async Task<Created<InviteJuror.Result>> (int year, JurorInvitation body, IMediator m, CancellationToken ct) =>
            {
                var result = await m.Send(new InviteJuror.Command(year, body.Name ?? "", body.Email ?? "", body.Organisation ?? "", body.IsChair, body.Language), ct);
                return TypedResults.Created($"/api/editions/{year}/jurors/{result.Id}", result);
            })
            .Refuses<InviteJuror.Command>(400, 404, 409, 415)
            .WithName("InviteJuror");
        e.MapPost("/jurors/{jurorId:long}/reminder", (int year, long jurorId, IMediator m, CancellationToken ct) =>
                m.Send(new RemindJuror.Command(year, jurorId), ct))
            .Refuses<RemindJuror.Command>(404)
            .WithName("RemindJuror");
        e.MapDelete("/jurors/{jurorId:long}", async Task<NoContent> (int year, long jurorId, IMediator m, CancellationToken ct) =>
            {
                await m.Send(new RemoveJuror.Command(year, jurorId), ct);
                return TypedResults.NoContent();
            })
            .Refuses<RemoveJuror.Command>(404)
            .WithName("RemoveJuror");

        e.MapGet("/criteria", (int year, IMediator m, CancellationToken ct) => m.Send(new GetCriteria.Query(year), ct))
            .Refuses<GetCriteria.Query>(404)
            .WithName("GetCriteria");
        e.MapPut("/criteria", (int year, CriteriaBody body, IMediator m, CancellationToken ct) =>
                m.Send(new ReplaceCriteria.Command(year, body.Criteria ?? []), ct))
            .Refuses<ReplaceCriteria.Command>(400, 404, 409, 415)
            .WithName("ReplaceCriteria");

        e.MapGet("/conflicts", (int year, IMediator m, CancellationToken ct) => m.Send(new ListConflicts.Query(year), ct))
            .Refuses<ListConflicts.Query>(404)
            .WithName("ListConflicts");
        e.MapPost("/conflicts", async Task<Created<DeclareConflict.Result>> (int year, ConflictBody body, IMediator m, CancellationToken ct) =>
            {
                var result = await m.Send(new DeclareConflict.Command(year, body.NominationId, body.Organisation, body.Reason ?? "", body.JurorId), ct);
                return TypedResults.Created($"/api/editions/{year}/conflicts/{result.Id}", result);
            })
            .Refuses<DeclareConflict.Command>(400, 404, 409, 415)
            .WithName("DeclareConflict");

        e.MapGet("/my/nominations", (int year, IMediator m, CancellationToken ct) => m.Send(new ListMyNominations.Query(year), ct))
            .Refuses<ListMyNominations.Query>(404)
            .WithName("ListMyNominations");
        e.MapGet("/my/scores/{nominationId:long}", (int year, long nominationId, IMediator m, CancellationToken ct) =>
                m.Send(new GetMyScoreSheet.Query(year, nominationId), ct))
            .Refuses<GetMyScoreSheet.Query>(404)
            .WithName("GetMyScoreSheet");
        e.MapGet("/scores/{nominationId:long}", (int year, long nominationId, IMediator m, CancellationToken ct) =>
                m.Send(new GetScoresForNomination.Query(year, nominationId), ct))
            .Refuses<GetScoresForNomination.Query>(404)
            .WithName("GetScoresForNomination");
        e.MapPut("/scores/{nominationId:long}", (int year, long nominationId, ScoreBody body, IMediator m, CancellationToken ct) =>
                m.Send(new SaveScoreSheet.Command(year, nominationId, body.RawScores(), body.Comment, body.Version), ct))
            .Refuses<SaveScoreSheet.Command>(400, 404, 409, 415)
            .WithName("SaveScoreSheet");

        e.MapGet("/attachments/{attachmentId:long}", async (int year, long attachmentId, IMediator m, CancellationToken ct) =>
            {
                var file = await m.Send(new GetJuryAttachment.Query(year, attachmentId), ct);
                return Results.File(file.Content, file.ContentType, file.FileName);
            })
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .Refuses<GetJuryAttachment.Query>(404)
            .WithName("GetJuryAttachment");

        e.MapGet("/progress", (int year, IMediator m, CancellationToken ct) => m.Send(new GetJuryProgress.Query(year), ct))
            .Refuses<GetJuryProgress.Query>(404)
            .WithName("GetJuryProgress");
    }

    /// <param name="Language">the language of the juror's mails: "da" (default) or "en"</param>
    public sealed record JurorInvitation(string? Name, string? Email, string? Organisation, bool IsChair, string? Language = null);

    public sealed record CriteriaBody(IReadOnlyList<ReplaceCriteria.CriterionInput>? Criteria);

    public sealed record ConflictBody(long? NominationId, string? Organisation, string? Reason, long? JurorId);

    /// <summary>Values are taken as JSON of any kind, so a non-number gets a field error from the use case, not a bare 400.</summary>
    public sealed record ScoreBody(Dictionary<string, JsonElement>? Scores, string? Comment, int? Version)
    {
        public IReadOnlyDictionary<string, string?> RawScores() => (Scores ?? []).ToDictionary(p => p.Key, p => p.Value.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            JsonValueKind.String => p.Value.GetString(),
            _ => p.Value.GetRawText(),
        });
    }
}
