using CrimePreventionAward.Web.Infrastructure;
using CrimePreventionAward.Web.Infrastructure.Data;
using FluentValidation;
using MediatR;

namespace CrimePreventionAward.Web.Features.Nominations;

/// <summary>The nominator changes a submitted nomination until the deadline; the version they read must still be current.</summary>
public static class UpdateNomination
{
    public const string StaleText = "Indstillingen er blevet ændret et andet sted, siden du åbnede den. Genindlæs siden for at se den nyeste udgave, og ret derefter igen.";

    [Public]
    public sealed record Command : NominationFields, ICommand<Result>
    {
        public Command() { }
        public Command(NominationFields fields) : base(fields) { }

        public long Id { get; init; }
        [Sensitive] public string? Token { get; init; }
        public int Version { get; init; }
    }

    /// <param name="ChangedFields">the columns whose value changed: the audit keeps these names, not the values</param>
    public sealed record Result(long Id, string? Reference, int Version, [property: AuditValue] IReadOnlyList<string> ChangedFields);

    private static readonly string Current = $"SELECT {NominationWrites.FieldColumns} FROM Nominations WHERE Id = @Id";

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => Include(new RequiredFields());
    }

    public sealed class Rule(Db db, TimeProvider clock) : IAuthorisationRule<Command>
    {
        public Task CheckAsync(Command c, CancellationToken ct) =>
            NominationAccess.RequireNominatorAsync(db, clock, c.Id, c.Token, ct);
    }

    public sealed class Handler(Db db, TimeProvider clock) : IRequestHandler<Command, Result>
    {
        public async Task<Result> Handle(Command c, CancellationToken ct)
        {
            var key = await NominationAccess.LoadAsync(db, c.Id, null, ct);
            await NominationAccess.EnsureEditableAsync(db, key, clock, ct);
            if (key.Status != NominationStatus.Submitted) throw new ConflictException("Kun en indsendt indstilling kan rettes her.");
            var fields = ((NominationFields)c).Cleaned();
            var previous = await NominationWrites.PreviouslyNominatedAsync(db, key.Year, fields, ct);
            var before = (IDictionary<string, object?>)(await db.QuerySingleOrDefaultAsync<dynamic>(Current, new { key.Id }, ct))!;
            var args = NominationWrites.Args(fields, new
            {
                key.Id, c.Version, Status = NominationStatus.Submitted, PreviouslyNominatedYear = previous, Now = clock.GetUtcNow(),
            });
            var rows = await db.ExecuteAsync(NominationWrites.UpdateFields, args, ct);
            if (rows != 1) throw new ConflictException(StaleText);
            var changed = before.Keys.Where(column => Comparable(before[column]) != Comparable(args.GetValueOrDefault(column))).ToList();
            return new Result(key.Id, key.Reference, c.Version + 1, changed);
        }

        // SQLite hands back 0/1 and numbers as long, SQL Server as bool: compare them as text.
        private static string Comparable(object? value) => value switch
        {
            null => "",
            bool b => b ? "1" : "0",
            _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
        };
    }
}
