using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Features.Audit;
using CrimePreventionAward.Web.Features.Ceremony;
using CrimePreventionAward.Web.Features.Nominations;
using CrimePreventionAward.Web.Infrastructure.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using static CrimePreventionAward.Tests.Nominations.NominationData;

namespace CrimePreventionAward.Tests.Privacy;

public sealed class PersonalDataTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    private sealed record Person(string Name, string Email, string Phone)
    {
        public string[] Traces => [Name, Email, Phone];
    }

    /// <summary>One person in every role the system knows: nominator (with a file), candidate contact, juror, guest, named in a note.</summary>
    private async Task<(long Nominated, long Contacted)> PersonEverywhereAsync(int year, Person p)
    {
        await Editions.CreateOpenAsync(app, year);
        var nominated = (await app.SendAsSystem(new SubmitNomination.Command(Fields() with
        {
            NominatorName = p.Name, NominatorEmail = p.Email, NominatorPhone = p.Phone,
        }) { Year = year, SubmissionKey = Guid.NewGuid(), Attachments = [new Upload($"Brev fra {p.Name}.pdf", Pdf())] })).Id;
        var contacted = (await SubmitOverApiAsync(app.Client(), year, Fields("Tryg i Tingbjerg") with
        {
            CandidateContactName = p.Name, CandidateContactEmail = p.Email, CandidateContactPhone = p.Phone,
        })).GetProperty("id").GetInt64();
        await JuryKit.InviteAsync(app, year, p.Name, p.Email);
        var juror = await JuryKit.SignedInAsync(app, p.Email);
        (await juror.PostAsJsonAsync($"/api/editions/{year}/conflicts", new { nominationId = nominated, reason = "Jeg har selv indstillet" }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        await app.SendAsSystem(new InviteGuest.Command(year, p.Name, p.Email, "Foreningen", GuestKind.Other));
        await app.SendAsSystem(new AddNote.Command(contacted, $"Ring til {p.Name} på {p.Phone}"));
        return (nominated, contacted);
    }

    /// <summary>Every text column of every table, searched for each of the person's traces: "table.column" per hit.</summary>
    private async Task<List<string>> SearchWholeDatabaseAsync(Person p)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(app.DataDirectory, "award.db")};Pooling=False");
        await connection.OpenAsync();
        var columns = new List<(string Table, string Column)>();
        await using (var read = connection.CreateCommand())
        {
            read.CommandText = """
                SELECT m.name, c.name FROM sqlite_master m JOIN pragma_table_info(m.name) c
                WHERE m.type = 'table' AND (c.type = 'TEXT' OR c.type = 'BLOB')
                """;
            await using var reader = await read.ExecuteReaderAsync();
            while (await reader.ReadAsync()) columns.Add((reader.GetString(0), reader.GetString(1)));
        }
        columns.Count.ShouldBeGreaterThan(50);
        var hits = new List<string>();
        foreach (var (table, column) in columns)
        foreach (var trace in p.Traces)
        {
            await using var count = connection.CreateCommand();
            count.CommandText = $"SELECT COUNT(*) FROM \"{table}\" WHERE CAST(\"{column}\" AS TEXT) LIKE $t";
            count.Parameters.AddWithValue("$t", $"%{trace}%");
            if ((long)(await count.ExecuteScalarAsync())! > 0) hits.Add($"{table}.{column}");
        }
        return hits.Distinct().Order().ToList();
    }

    [Fact]
    public async Task The_export_holds_every_place_the_person_appears()
    {
        var p = new Person("Ditte Wesley-Hansen", "ditte.wh@privat.test", "+45 87 65 43 21");
        await PersonEverywhereAsync(2095, p);
        var secretariat = await app.SecretariatAsync();

        var response = await secretariat.GetAsync($"/api/persons/export?email={Uri.EscapeDataString(p.Email.ToUpperInvariant())}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        var export = await response.Content.ReadFromJsonAsync<JsonElement>();
        var held = export.GetProperty("held");
        int Count(string kind) => held.GetProperty(kind).GetArrayLength();

        Count("nominationsAsNominator").ShouldBe(1);
        Count("nominationsAsCandidateContact").ShouldBe(1);
        Count("attachmentsSent").ShouldBe(1);
        Count("jurors").ShouldBe(1);
        Count("users").ShouldBe(1);
        Count("guests").ShouldBe(1);
        Count("mail").ShouldBeGreaterThanOrEqualTo(3);
        Count("auditRows").ShouldBeGreaterThanOrEqualTo(1);
        Count("mentionedInNominationNotes").ShouldBe(1);
        Count("mentionedInConflicts").ShouldBe(1);
        export.GetProperty("phones").EnumerateArray().Select(x => x.GetString()).ShouldContain(p.Phone);

        // Every table where a trace of the person sits has its place in the export.
        var exportedTables = new Dictionary<string, string[]>
        {
            ["Nominations"] = ["nominationsAsNominator", "nominationsAsCandidateContact"], ["NominationAttachments"] = ["attachmentsSent"],
            ["Jurors"] = ["jurors"], ["Users"] = ["users"], ["Guests"] = ["guests"], ["MailOutbox"] = ["mail", "mentionedInMailOutbox"],
            ["AuditLog"] = ["auditRows"], ["NominationNotes"] = ["mentionedInNominationNotes"], ["Conflicts"] = ["mentionedInConflicts"],
            ["SignInAttempts"] = ["signInAttempts"],
        };
        foreach (var table in (await SearchWholeDatabaseAsync(p)).Select(hit => hit.Split('.')[0]).Distinct())
        {
            exportedTables.ShouldContainKey(table);
            exportedTables[table].Sum(Count).ShouldBeGreaterThan(0, table);
        }
        (await app.Client().GetAsync($"/api/persons/export?email={p.Email}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task After_erasure_no_table_holds_the_persons_name_email_or_phone_and_the_anonymous_facts_stay()
    {
        var p = new Person("Kasper Mølgaard-Riis", "kasper.mr@privat.test", "+45 23 45 67 89");
        var (nominated, contacted) = await PersonEverywhereAsync(2096, p);
        (await SearchWholeDatabaseAsync(p)).Count.ShouldBeGreaterThan(8);
        var secretariat = await app.SecretariatAsync();

        var response = await secretariat.PostAsJsonAsync("/api/persons/erase", new { email = p.Email });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var erased = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("erased");
        erased.GetProperty("nominationsAsNominator").GetInt32().ShouldBe(1);
        erased.GetProperty("nominationsAsCandidateContact").GetInt32().ShouldBe(1);
        erased.GetProperty("jurors").GetInt32().ShouldBe(1);
        erased.GetProperty("guests").GetInt32().ShouldBe(1);
        erased.GetProperty("attachments").GetInt32().ShouldBe(1);
        erased.GetProperty("audit").GetInt32().ShouldBeGreaterThan(0);

        (await SearchWholeDatabaseAsync(p)).ShouldBeEmpty();

        var kept = await secretariat.GetFromJsonAsync<JsonElement>($"/api/nominations/{nominated}");
        kept.GetProperty("reference").GetString().ShouldStartWith("KP-2096-");
        kept.GetProperty("candidateName").GetString().ShouldBe("Lommevending til Behandling");
        (await secretariat.GetFromJsonAsync<JsonElement>($"/api/nominations/{contacted}")).GetProperty("candidateName").GetString().ShouldBe("Tryg i Tingbjerg");
        (await secretariat.GetFromJsonAsync<JsonElement>("/api/editions/2096/conflicts")).GetArrayLength().ShouldBe(1);
        var chain = await app.SendAsSystem(new VerifyAuditChain.Query());
        chain.Holds.ShouldBeTrue(chain.ToString());
    }

    [Fact]
    public async Task After_erasure_no_nomination_keeps_the_persons_name_in_its_case_folded_lookup_columns()
    {
        var p = new Person("Åse Østergård-Lund", "aase.oe@privat.test", "+45 44 55 66 77");
        await Editions.CreateOpenAsync(app, 2098);
        await SubmitOverApiAsync(app.Client(), 2098, Fields(p.Name) with
        {
            CandidateContactName = p.Name, CandidateContactEmail = p.Email, CandidateContactPhone = p.Phone,
        });
        Task<long> FoldedAsync() => app.WithScope(sp => sp.GetRequiredService<Db>().ScalarAsync<long>(
            "SELECT COUNT(*) FROM Nominations WHERE CandidateNameKey LIKE @Like OR TitleKey LIKE @Like",
            new { Like = $"%{p.Name.ToLowerInvariant()}%" }));
        (await FoldedAsync()).ShouldBe(1);
        var secretariat = app.Client();
        await secretariat.SignInAsync();

        (await secretariat.PostAsJsonAsync("/api/persons/erase", new { email = p.Email })).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await FoldedAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task The_secretariat_page_downloads_and_erases_after_a_confirmation()
    {
        var p = new Person("Lærke Thorsager", "laerke.t@privat.test", "+45 31 31 31 31");
        await PersonEverywhereAsync(2097, p);
        var secretariat = await app.SecretariatAsync();
        var html = await secretariat.GetStringAsync("/sekretariat/persondata");
        html.ShouldContain("Nominerede og vinderens offentlige tekster bevares");

        async Task<HttpResponseMessage> PostAsync(string handler, Dictionary<string, string> fields)
        {
            fields["__RequestVerificationToken"] = await secretariat.AntiforgeryTokenAsync("/sekretariat/persondata");
            return await secretariat.PostAsync($"/sekretariat/persondata?handler={handler}", new FormUrlEncodedContent(fields));
        }

        var download = await PostAsync("Export", new() { ["Email"] = p.Email });
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        (await download.Content.ReadAsStringAsync()).ShouldContain(p.Phone);

        (await (await PostAsync("Erase", new() { ["Email"] = p.Email })).Content.ReadAsStringAsync())
            .ShouldContain("Bekræft, at personens oplysninger skal slettes.");
        (await SearchWholeDatabaseAsync(p)).ShouldNotBeEmpty();
        var done = await (await PostAsync("Erase", new() { ["Email"] = p.Email, ["Confirm"] = "true" })).Content.ReadAsStringAsync();
        done.ShouldContain("jurors: 1");
        (await SearchWholeDatabaseAsync(p)).ShouldBeEmpty();
    }
}
