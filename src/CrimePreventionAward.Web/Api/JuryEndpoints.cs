using System.Text.Json;
using CrimePreventionAward.Web.Features.Jury;
using CrimePreventionAward.Web.Infrastructure.Web;
using MediatR;

namespace CrimePreventionAward.Web.Api;

public sealed class JuryEndpoints : IEndpoints
{
    public void Map(IEndpointRouteBuilder api)
    {
        var e = api.MapGroup("/editions/{year:int}").WithTags("Jury");
        e.MapGet("/jurors", (int year, IMediator m, CancellationToken ct) => m.Send(new ListJurors.Query(year), ct))
            .WithName("ListJurors");
        e.MapPost("/jurors", async (int year, JurorInvitation body, IMediator m, CancellationToken ct) =>
            {
                var result = await m.Send(new InviteJuror.Command(year, body.Name ?? "", body.Email ?? "", body.Organisation ?? "", body.IsChair, body.Language), ct);
                return Results.Created($"/api/editions/{year}/jurors/{result.Id}", result);
            })
            .WithName("InviteJuror");
        e.MapPost("/jurors/{jurorId:long}/reminder", (int year, long jurorId, IMediator m, CancellationToken ct) =>
                m.Send(new RemindJuror.Command(year, jurorId), ct))
            .WithName("RemindJuror");
        e.MapDelete("/jurors/{jurorId:long}", async (int year, long jurorId, IMediator m, CancellationToken ct) =>
            {
                await m.Send(new RemoveJuror.Command(year, jurorId), ct);
                return Results.NoContent();
            })
            .WithName("RemoveJuror");

        e.MapGet("/criteria", (int year, IMediator m, CancellationToken ct) => m.Send(new GetCriteria.Query(year), ct))
            .WithName("GetCriteria");
        e.MapPut("/criteria", (int year, CriteriaBody body, IMediator m, CancellationToken ct) =>
                m.Send(new ReplaceCriteria.Command(year, body.Criteria ?? []), ct))
            .WithName("ReplaceCriteria");

        e.MapGet("/conflicts", (int year, IMediator m, CancellationToken ct) => m.Send(new ListConflicts.Query(year), ct))
            .WithName("ListConflicts");
        e.MapPost("/conflicts", async (int year, ConflictBody body, IMediator m, CancellationToken ct) =>
            {
                var result = await m.Send(new DeclareConflict.Command(year, body.NominationId, body.Organisation, body.Reason ?? "", body.JurorId), ct);
                return Results.Created($"/api/editions/{year}/conflicts/{result.Id}", result);
            })
            .WithName("DeclareConflict");

        e.MapGet("/my/nominations", (int year, IMediator m, CancellationToken ct) => m.Send(new ListMyNominations.Query(year), ct))
            .WithName("ListMyNominations");
        e.MapGet("/my/scores/{nominationId:long}", (int year, long nominationId, IMediator m, CancellationToken ct) =>
                m.Send(new GetMyScoreSheet.Query(year, nominationId), ct))
            .WithName("GetMyScoreSheet");
        e.MapGet("/scores/{nominationId:long}", (int year, long nominationId, IMediator m, CancellationToken ct) =>
                m.Send(new GetScoresForNomination.Query(year, nominationId), ct))
            .WithName("GetScoresForNomination");
        e.MapPut("/scores/{nominationId:long}", (int year, long nominationId, ScoreBody body, IMediator m, CancellationToken ct) =>
                m.Send(new SaveScoreSheet.Command(year, nominationId, body.RawScores(), body.Comment, body.Version), ct))
            .WithName("SaveScoreSheet");

        e.MapGet("/attachments/{attachmentId:long}", async (int year, long attachmentId, IMediator m, CancellationToken ct) =>
            {
                var file = await m.Send(new GetJuryAttachment.Query(year, attachmentId), ct);
                return Results.File(file.Content, file.ContentType, file.FileName);
            })
            .WithName("GetJuryAttachment");

        e.MapGet("/progress", (int year, IMediator m, CancellationToken ct) => m.Send(new GetJuryProgress.Query(year), ct))
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
