using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Nominations;
using CrimePreventionAward.Web.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;

namespace CrimePreventionAward.Tests.Support;

/// <summary>
/// A nomination row for a test: complete, submitted and screened eligible unless the test says otherwise, written with
/// the columns the app derives from <see cref="NominationForm.Fields"/>, so a new field needs no test SQL. The browser
/// tests compile this file too.
/// </summary>
public sealed record Nomination : NominationFields
{
    /// <summary>Every field filled in as a nominator would (valid for submitting through the form or the API).</summary>
    public static readonly NominationFields Complete = new()
    {
        CandidateKind = "Project",
        CandidateName = "Lommevending til Behandling",
        Title = "Lommevending til Behandling – forebyggelse",
        Organisation = "Københavns Vestegns Politi",
        Municipality = "Ballerup",
        PoliceDistrict = "Københavns Vestegns Politi",
        Description = "Betjente mødes med unge stofbrugere med forståelse og motiverer dem til behandling.",
        DocumentedEffect = "22 betjente og forebyggende medarbejdere er uddannet.",
        Partners = "Brydehuset",
        Motivation = "Et nyt blik på unge og stoffer.",
        NominatorOrganisation = "Københavns Vestegns Politi",
        NominatorName = "Ditte Wesley",
        NominatorRole = "Projektleder",
        NominatorEmail = "ditte@politi.test",
        NominatorPhone = "+45 12 34 56 78",
        ConsentGiven = true,
    };

    private static readonly string Insert = $"""
        INSERT INTO Nominations (Year, Status, SequenceNo, Reference, EditTokenHash, {NominationWrites.FieldColumns}, {NominationWrites.KeyColumns}, Language,
            Eligibility, Version, CreatedAt, UpdatedAt, SubmittedAt)
        VALUES (@Year, @Status, @SequenceNo, @Reference, @EditTokenHash, {NominationWrites.FieldValues}, {NominationWrites.KeyValues}, @Language,
            @Eligibility, 1, @Now, @Now, @SubmittedAt)
        """;

    public Nomination(int year) : base(Complete) => Year = year;

    public int Year { get; init; }

    public string Status { get; init; } = NominationStatus.Submitted;

    /// <summary>The screening's outcome; null for one not screened yet.</summary>
    public string? Eligibility { get; init; } = "Eligible";

    public string Language { get; init; } = "da";

    /// <summary>Stores the row and returns its id. Anything but a draft gets the edition's next number and reference.</summary>
    public async Task<long> InsertAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Db>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        var draft = Status == NominationStatus.Draft;
        int? sequence = draft ? null : await db.ScalarAsync<int>(SubmitNomination.NextSequence, new { Year });
        return await db.InsertAsync(Insert, NominationWrites.Args(this, new
        {
            Year, Status, SequenceNo = sequence, Reference = sequence is { } no ? $"KP-{Year}-{no:D3}" : null,
            EditTokenHash = NominationAccess.NewToken().Hash, Language, Eligibility, Now = now, SubmittedAt = draft ? (DateTimeOffset?)null : now,
        }));
    }
}
