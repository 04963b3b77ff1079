using CrimePreventionAward.Web.Features.Nominations;
using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Web;
using MediatR;

namespace CrimePreventionAward.Web.Api;

public sealed class NominationEndpoints : IEndpoints
{
    private const string TokenHeader = "X-Edit-Token";

    public void Map(IEndpointRouteBuilder api)
    {
        var editions = api.MapGroup("/editions/{year:int}").WithTags("Nominations");
        editions.MapPost("/nominations", async (int year, SubmitNomination.Command body, IMediator m, CancellationToken ct) =>
            {
                var command = body with { Year = year, SubmissionKey = body.SubmissionKey == Guid.Empty ? Guid.NewGuid() : body.SubmissionKey };
                try
                {
                    var result = await m.Send(command, ct);
                    return Results.Created($"/api/nominations/{result.Id}", result);
                }
                catch (DeadlinePassedException)
                {
                    return KeptLate(await m.Send(new KeepLateNomination.Command(body)
                    {
                        Year = year, DraftId = body.DraftId, DraftToken = body.DraftToken, Attachments = body.Attachments,
                    }, ct));
                }
            })
            .RequireRateLimiting(RateLimits.Nominations)
            .WithName("SubmitNomination");
        editions.MapGet("/nominations", async (int year, string? status, string? kind, string? policeDistrict, string? screening, string? search,
                string? sort, HttpContext http, IMediator m, CancellationToken ct) =>
                // A juror gets the jury's own list: eligible nominations only, conflicted ones marked, no contact details.
                JurorOnly(http) ? Results.Ok(await m.Send(new Features.Jury.ListMyNominations.Query(year), ct))
                    : Results.Ok(await m.Send(new ListNominations.Query(year, status, kind, policeDistrict, screening, search, sort), ct)))
            .WithName("ListNominations");
        editions.MapPost("/extensions", async (int year, Extension body, IMediator m, CancellationToken ct) =>
            {
                var result = await m.Send(new GrantExtension.Command(year, body.NominationId, body.NominatorEmail, body.Until, body.Reason), ct);
                return Results.Created($"/api/editions/{year}/extensions/{result.Id}", result);
            })
            .WithName("GrantExtension");
        editions.MapGet("/export/nominations.csv", async (int year, IMediator m, CancellationToken ct) =>
                Results.File(await m.Send(new ExportNominationsCsv.Query(year), ct), "text/csv; charset=utf-8", $"indstillinger-{year}.csv"))
            .WithName("ExportNominationsCsv");

        var nominations = api.MapGroup("/nominations/{id:long}").WithTags("Nominations");
        nominations.MapGet("/", async (long id, HttpContext http, IMediator m, CancellationToken ct) =>
            {
                if (JurorOnly(http) && Token(http) is null)
                    return Results.Ok(await m.Send(new Features.Jury.ReadNomination.Query(id), ct));
                var view = await m.Send(new GetNomination.Query(id, null, Token(http)), ct);
                http.Response.Headers.ETag = $"\"{view.Version}\"";
                return Results.Ok(view);
            })
            .WithName("GetNomination");
        nominations.MapPut("/", async (long id, NominationFields body, HttpContext http, IMediator m, CancellationToken ct) =>
            {
                var result = await m.Send(new UpdateNomination.Command(body) { Id = id, Token = Token(http), Version = IfMatch(http) }, ct);
                http.Response.Headers.ETag = $"\"{result.Version}\"";
                return result;
            })
            .WithName("UpdateNomination");
        nominations.MapPost("/withdraw", (long id, HttpContext http, IMediator m, CancellationToken ct) =>
                m.Send(new WithdrawNomination.Command(id, Token(http)), ct))
            .WithName("WithdrawNomination");
        // Token-authenticated (no cookie), so a cross-site form cannot forge it: no anti-forgery token needed.
        nominations.MapPost("/attachments", async (long id, IFormFileCollection files, HttpContext http, IMediator m, CancellationToken ct) =>
            {
                var result = await m.Send(new AddAttachment.Command(id, Token(http), await Uploads.ReadAsync(files, ct)), ct);
                return Results.Created($"/api/nominations/{id}", result);
            })
            .DisableAntiforgery()
            .WithMetadata(new AcceptsUploadsAttribute())
            .WithName("AddAttachment");
        nominations.MapGet("/attachments/{attachmentId:long}", async (long id, long attachmentId, HttpContext http, IMediator m, CancellationToken ct) =>
            {
                var file = await m.Send(new GetAttachment.Query(id, attachmentId, Token(http)), ct);
                return Results.File(file.Content, file.ContentType, file.FileName);
            })
            .WithName("GetAttachment");
        nominations.MapDelete("/attachments/{attachmentId:long}", (long id, long attachmentId, [Microsoft.AspNetCore.Mvc.FromBody] Deletion body, IMediator m, CancellationToken ct) =>
                m.Send(new DeleteAttachment.Command(id, attachmentId, body.Reason), ct))
            .WithName("DeleteAttachment");
        nominations.MapPost("/screening", (long id, Screening body, IMediator m, CancellationToken ct) =>
                m.Send(new ScreenNomination.Command(id, body.Eligible, body.Reason, body.ShareReasonWithNominator), ct))
            .WithName("ScreenNomination");
        nominations.MapPost("/notes", async (long id, Note body, IMediator m, CancellationToken ct) =>
            {
                var result = await m.Send(new AddNote.Command(id, body.Text), ct);
                return Results.Created($"/api/nominations/{id}", result);
            })
            .WithName("AddNote");
    }

    /// <summary>A late submission is refused (409) but kept: the problem says so and carries the draft's id and token.</summary>
    private static IResult KeptLate(KeepLateNomination.Result kept) => Results.Problem(
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

    private static bool JurorOnly(HttpContext http) =>
        http.User.IsInRole(Infrastructure.Auth.Roles.Juror) && !http.User.IsInRole(Infrastructure.Auth.Roles.Secretariat);
}
