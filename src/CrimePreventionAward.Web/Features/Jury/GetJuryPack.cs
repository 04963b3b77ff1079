using CrimePreventionAward.Web.Infrastructure.Auth;
using CrimePreventionAward.Web.Infrastructure.Data;
using MediatR;

namespace CrimePreventionAward.Web.Features.Jury;

/// <summary>
/// What a juror reads on a train: the criteria with their scale anchors, then every eligible nomination as the jury
/// reads it, with its attachments' names. A juror's copy leaves out what they are conflicted on (the one conflict
/// rule, through <see cref="JuryBoard"/>); the secretariat's copy has every eligible nomination.
/// </summary>
public static class GetJuryPack
{
    [Authorise(Roles.Juror)]
    public sealed record ForJuror(int Year) : IQuery<Pack>;

    [Authorise(Roles.Secretariat)]
    public sealed record ForSecretariat(int Year) : IQuery<Pack>;

    /// <summary>JurorName is null in the secretariat's copy.</summary>
    public sealed record Pack(int Year, string EditionName, string? JurorName, IReadOnlyList<CriterionView> Criteria, IReadOnlyList<Entry> Nominations);

    public sealed record Entry(NominationText Text, IReadOnlyList<string> Attachments);

    private const string AttachmentNames = $"""
        SELECT a.NominationId, a.FileName FROM NominationAttachments a JOIN Nominations n ON n.Id = a.NominationId
        WHERE n.Year = @Year AND {JuryBoard.Eligible} ORDER BY a.Id
        """;

    public sealed class JurorHandler(Db db, ICurrentUser user, TimeProvider clock) : IRequestHandler<ForJuror, Pack>
    {
        public async Task<Pack> Handle(ForJuror q, CancellationToken ct)
        {
            var jurorId = await JuryAccess.CurrentJurorIdAsync(db, user, q.Year, clock.GetUtcNow(), ct);
            var board = await JuryBoard.LoadAsync(db, q.Year, ct);
            var name = board.JurorList.Single(j => j.Id == jurorId).Name;
            return await LoadAsync(db, q.Year, name, id => board.State(jurorId, id) != SheetState.Conflicted, ct);
        }
    }

    public sealed class SecretariatHandler(Db db) : IRequestHandler<ForSecretariat, Pack>
    {
        public Task<Pack> Handle(ForSecretariat q, CancellationToken ct) => LoadAsync(db, q.Year, null, _ => true, ct);
    }

    private static async Task<Pack> LoadAsync(Db db, int year, string? jurorName, Func<long, bool> readable, CancellationToken ct)
    {
        var edition = await JuryAccess.EditionAsync(db, year, ct);
        var args = new { Year = year };
        var criteria = (await db.QueryAsync<CriterionView>(CriterionView.Select, args, ct)).ToList();
        var texts = await db.QueryAsync<NominationText>(NominationText.SelectEligible, args, ct);
        var files = (await db.QueryAsync<FileRow>(AttachmentNames, args, ct)).ToLookup(f => f.NominationId, f => f.FileName);
        var entries = texts.Where(t => readable(t.Id)).Select(t => new Entry(t, files[t.Id].ToList())).ToList();
        return new Pack(year, edition.Name, jurorName, criteria, entries);
    }

    private sealed class FileRow
    {
        public long NominationId { get; init; }
        public string FileName { get; init; } = "";
    }
}
