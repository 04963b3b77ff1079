using CrimePreventionAward.Web.Features.Jury;
using CrimePreventionAward.Web.Features.Nominations;
using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Web;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CrimePreventionAward.Web.Api;

public sealed class NominationEndpoints : IEndpoints
{
    private const string TokenHeader = "X-Edit-Token";

    public void Map(IEndpointRouteBuilder api)
    {
        var editions = api.MapGroup("/editions/{year:int}").WithTags("Nominations");
        editions.MapPost("/nominations", async Task<Results<Created<SubmitNomination.Result>, ProblemHttpResult>> (
                int year, NewNomination body, IMediator m, CancellationToken ct) =>
            {
                var command = new SubmitNomination.Command(body)
                {
                    Year = year, SubmissionKey = body.SubmissionKey == Guid.Empty ? Guid.NewGuid() : body.SubmissionKey,
                };
                var result = await m.Send(command, ct);
                return result.KeptLate is { } kept ? KeptLate(kept) : TypedResults.Created($"/api/nominations/{result.Id}", result);
            })
            .RequireRateLimiting(RateLimits.Nominations)
            .Refuses(400, 404, 409, 413, 415, 429)
            .WithName("SubmitNomination");
        editions.MapGet("/nominations", async (int year, string? status, string? kind, string? policeDistrict, string? screening, string? search,
                string? sort, IMediator m, CancellationToken ct) =>
            {
                var list = await m.Send(new ReadNominations.Query(year, status, kind, policeDistrict, screening, search, sort), ct);
                return list.Jury is { } jury ? Results.Ok(jury) : Results.Ok(list.All);
            })
            .ProducesEither<IReadOnlyList<ListNominations.Row>, ListMyNominations.Result>()
            .Refuses<ReadNominations.Query>(400, 404)
            .WithName("ListNominations");
        editions.MapPost("/extensions", async (int year, Extension body, IMediator m, CancellationToken ct) =>
            {
                var result = await m.Send(new GrantExtension.Command(year, body.NominationId, body.NominatorEmail, body.Until, body.Reason), ct);
                return TypedResults.Created($"/api/editions/{year}/extensions/{result.Id}", result);
            })
            .Refuses<GrantExtension.Command>(400, 404, 409)
            .WithName("GrantExtension");
        editions.MapGet("/export/nominations.csv", async (int year, IMediator m, CancellationToken ct) =>
                Results.File(await m.Send(new ExportNominationsCsv.Query(year), ct), "text/csv; charset=utf-8", $"indstillinger-{year}.csv"))
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .Refuses<ExportNominationsCsv.Query>(404)
            .WithName("ExportNominationsCsv");

        var nominations = api.MapGroup("/nominations/{id:long}").WithTags("Nominations");
        nominations.MapGet("/", async (long id, HttpContext http, IMediator m, CancellationToken ct) =>
            {
                var read = await m.Send(new ReadNomination.Query(id, Token(http)), ct);
                if (read.Whole is not { } whole) return Results.Ok(read.Jury);
                http.Response.Headers.ETag = $"\"{whole.Version}\"";
                return Results.Ok(whole);
            })
            .ProducesEither<NominationView, NominationText>()
            .Refuses(StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound)
            .WithName("GetNomination");
        nominations.MapPut("/", async (long id, NominationFields body, HttpContext http, IMediator m, CancellationToken ct) =>
            {
                var result = await m.Send(new UpdateNomination.Command(body) { Id = id, Token = Token(http), Version = IfMatch(http) }, ct);
                http.Response.Headers.ETag = $"\"{result.Version}\"";
                return result;
            })
            .Refuses<UpdateNomination.Command>(400, 404, 409, 413, 415)
            .WithName("UpdateNomination");
        nominations.MapPost("/withdraw", (long id, HttpContext http, IMediator m, CancellationToken ct) =>
                m.Send(new WithdrawNomination.Command(id, Token(http)), ct))
            .Refuses<WithdrawNomination.Command>(404, 409)
            .WithName("WithdrawNomination");
        // Token-authenticated (no cookie), so a cross-site form cannot forge it: no anti-forgery token needed.
        nominations.MapPost("/attachments", async (long id, IFormFileCollection files, HttpContext http, IMediator m, CancellationToken ct) =>
            {
                var result = await m.Send(new AddAttachment.Command(id, Token(http), await Uploads.ReadAsync(files, ct)), ct);
                return TypedResults.Created($"/api/nominations/{id}", result);
            })
            .DisableAntiforgery()
            .WithMetadata(new AcceptsUploadsAttribute())
            .Refuses<AddAttachment.Command>(400, 404, 409, 413, 415)
            .WithName("AddAttachment");
        nominations.MapGet("/attachments/{attachmentId:long}", async (long id, long attachmentId, HttpContext http, IMediator m, CancellationToken ct) =>
            {
                var file = await m.Send(new GetAttachment.Query(id, attachmentId, Token(http)), ct);
                return Results.File(file.Content, file.ContentType, file.FileName);
            })
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .Refuses<GetAttachment.Query>(404)
            .WithName("GetAttachment");
        nominations.MapDelete("/attachments/{attachmentId:long}", (long id, long attachmentId, [Microsoft.AspNetCore.Mvc.FromBody] Deletion body, IMediator m, CancellationToken ct) =>
                m.Send(new DeleteAttachment.Command(id, attachmentId, body.Reason), ct))
            .Refuses<DeleteAttachment.Command>(400, 404, 409, 415)
            .WithName("DeleteAttachment");
        nominations.MapPost("/screening", (long id, Screening body, IMediator m, CancellationToken ct) =>
                m.Send(new ScreenNomination.Command(id, body.Eligible, body.Reason, body.ShareReasonWithNominator), ct))
            .Refuses<ScreenNomination.Command>(400, 404, 409, 415)
            .WithName("ScreenNomination");
        nominations.MapPost("/notes", async (long id, Note body, IMediator m, CancellationToken ct) =>
            {
                var result = await m.Send(new AddNote.Command(id, body.Text), ct);
                return TypedResults.Created($"/api/nominations/{id}", result);
            })
            .Refuses<AddNote.Command>(400, 404, 415)
            .WithName("AddNote");
    }

    /// <summary>A late submission is refused (409) but kept: the problem says so and carries the draft's id and token.</summary>
    private static ProblemHttpResult KeptLate(KeepLateNomination.Result kept) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: kept.Reason,
        type: "https://httpstatuses.io/409",
        detail: NominationWording.Format(NominationWording.KeptLate, kept.Id, kept.SecretariatAddress),
        extensions: new Dictionary<string, object?>
        {
            ["draftId"] = kept.Id,
            ["editToken"] = kept.Token,
            ["draftLink"] = $"/indstil?kladde={kept.Id}&token={Uri.EscapeDataString(kept.Token)}",
            ["secretariatAddress"] = kept.SecretariatAddress,
        });

    /// <summary>A new nomination as a client sends it: the form's fields and the key that makes a resend harmless.</summary>
    public sealed record NewNomination : NominationFields
    {
        public Guid SubmissionKey { get; init; }
    }

    public sealed record Screening(bool Eligible, string? Reason, bool ShareReasonWithNominator = false);

    public sealed record Note(string? Text);

    public sealed record Deletion(string? Reason);

    public sealed record Extension(long? NominationId, string? NominatorEmail, DateTimeOffset? Until, string? Reason);

    private static string? Token(HttpContext http) =>
        http.Request.Headers[TokenHeader].FirstOrDefault() is { Length: > 0 } header ? header : http.Request.Query["token"].FirstOrDefault();

    private static int IfMatch(HttpContext http)
    {
        var value = http.Request.Headers.IfMatch.FirstOrDefault()?.Replace("W/", "").Trim('"', ' ');
        return int.TryParse(value, out var version)
            ? version
            : throw FieldErrorsException.For("version", "Send den version, du har læst, i If-Match-headeren (fx If-Match: \"3\").");
    }
}
