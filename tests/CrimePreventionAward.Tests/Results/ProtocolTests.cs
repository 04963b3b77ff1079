using System.Net;
using CrimePreventionAward.Tests.Support;
using Pig = UglyToad.PdfPig;

namespace CrimePreventionAward.Tests.Results;

public sealed class ProtocolTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    internal static string TextOf(byte[] pdf)
    {
        using var document = Pig.PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(page => string.Join(" ", page.GetWords().Select(w => w.Text))));
    }

    [Fact]
    public async Task The_protocol_PDF_states_the_winner_the_matrix_the_conflict_the_tie_break_and_the_chain_head()
    {
        var year = await RecountTests.DecidedWithConflictAndTieBreakAsync(app, 2113);
        var head = await ResultsTestData.WithDb(app, db => db.ScalarAsync<string>("SELECT Hash FROM AuditLog WHERE Id = (SELECT MAX(Id) FROM AuditLog)"));

        var response = await year.S.Secretariat.GetAsync("/sekretariat/2113/protokol.pdf");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        var text = TextOf(await response.Content.ReadAsByteArrayAsync());

        text.ShouldContain("Afgørelsesprotokol 2113");
        var (a, b, c) = (await ReferenceAsync(year.S.A), await ReferenceAsync(year.S.B), await ReferenceAsync(year.S.C));
        text.ShouldContain($"Vinder {c} Gamma 2113", Case.Sensitive);
        text.ShouldContain("Formandens stemme afgjorde.");
        text.ShouldContain("recount1.2113@test.dk var inhabil i");
        text.ShouldContain("Parvise sammenligninger d");
        text.ShouldContain("Stærkeste stier p");
        text.ShouldContain("Formandens stemme: Juryformandens afgørende stemme");
        text.ShouldContain(head!);
        text.ShouldContain("Protokollen er dannet");

        // The d matrix, row by row: A beat B 2–1, A and C 1–1 (the conflicted juror's pairs with C left out), C beat B 2–0.
        text.ShouldContain($"kolonnens. {a} {b} {c} {a} – 2 1 {b} 1 – 0 {c} 1 2 –");

        (await app.Client().GetAsync("/sekretariat/2113/protokol.pdf")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await year.S.Secretariat.GetAsync("/sekretariat/2114/protokol.pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_protocol_is_in_English_after_the_language_switch()
    {
        var year = await RecountTests.DecidedWithConflictAndTieBreakAsync(app, 2115);
        await year.S.Secretariat.UseEnglishAsync();
        var text = TextOf(await year.S.Secretariat.GetByteArrayAsync("/sekretariat/2115/protokol.pdf"));
        text.ShouldContain("Decision protocol 2115");
        text.ShouldContain($"Winner {await ReferenceAsync(year.S.C)} Gamma 2115");
        text.ShouldContain("The chair's vote: The jury chair's casting vote");
        text.ShouldContain("had a conflict of interest in");
    }

    private Task<string?> ReferenceAsync(long id) =>
        ResultsTestData.WithDb(app, db => db.ScalarAsync<string>("SELECT Reference FROM Nominations WHERE Id = @Id", new { Id = id }));
}
