using System.Net;
using System.Text;
using CrimePreventionAward.Tests.Support;
using static CrimePreventionAward.Tests.Nominations.NominationData;

namespace CrimePreventionAward.Tests.Nominations;

public sealed class SecretariatListTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    [Fact]
    public async Task List_filters_by_status_kind_and_police_district_and_flags_earlier_nominations()
    {
        await Editions.CreateOpenAsync(app, 2081);
        await SubmitOverApiAsync(app.Client(), 2081, Fields("SIKKER SHOPPING"));
        await Editions.CreateOpenAsync(app, 2082);
        await SubmitOverApiAsync(app.Client(), 2082, Fields("Sikker Shopping") with { CandidateKind = "Group", PoliceDistrict = "Fyns Politi" });
        await SubmitOverApiAsync(app.Client(), 2082, Fields("Natteravne"));
        var secretariat = await app.SecretariatAsync();

        var all = await secretariat.GetStringAsync("/sekretariat/2082/indstillinger");
        all.ShouldContain("KP-2082-001");
        all.ShouldContain("KP-2082-002");
        all.ShouldContain("indstillet før (2081)");
        all.ShouldContain("href=\"/sekretariat/2081/indstillinger\"");

        var fyn = await secretariat.GetStringAsync("/sekretariat/2082/indstillinger?PoliceDistrict=" + Uri.EscapeDataString("Fyns Politi"));
        fyn.ShouldContain("KP-2082-001");
        fyn.ShouldNotContain("KP-2082-002");
        var projects = await secretariat.GetStringAsync("/sekretariat/2082/indstillinger?Kind=Project&Status=Submitted");
        projects.ShouldNotContain("KP-2082-001");
        projects.ShouldContain("KP-2082-002");
        (await secretariat.GetStringAsync("/sekretariat/2082/indstillinger?Status=Withdrawn")).ShouldContain("Ingen indstillinger.");

        (await app.Client().GetAsync("/sekretariat/2082/indstillinger")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.Client().GetAsync("/api/editions/2082/nominations")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Secretariat_exports_the_nominations_as_CSV_for_Excel()
    {
        await Editions.CreateOpenAsync(app, 2083);
        await SubmitOverApiAsync(app.Client(), 2083, Fields("=HYPERLINK(\"x\")"));
        var secretariat = await app.SecretariatAsync();
        var response = await secretariat.GetAsync("/api/editions/2083/export/nominations.csv");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var csv = Encoding.UTF8.GetString(bytes);
        csv.ShouldContain("Reference;Status;Indsendt;");
        csv.ShouldContain("KP-2083-001;Indsendt;");
        csv.ShouldContain("Københavns Vestegns Politi");
        csv.ShouldNotContain(";=HYPERLINK");
        (await app.Client().GetAsync("/api/editions/2083/export/nominations.csv")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
