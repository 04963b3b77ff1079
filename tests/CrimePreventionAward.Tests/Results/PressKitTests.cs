using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using CrimePreventionAward.Tests.Support;
using Pig = UglyToad.PdfPig;

namespace CrimePreventionAward.Tests.Results;

/// <summary>The press kit (/sekretariat/{year}/presse.zip): nothing before the winner's announcement instant, then the files.</summary>
public sealed class PressKitTests(AwardFactory app) : IClassFixture<AwardFactory>
{
    private const int Year = 2078;
    private static readonly DateTimeOffset MovedCeremony = ResultsTestData.CeremonyAt.AddDays(2);

    private static string TextOf(byte[] pdf)
    {
        using var document = Pig.PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(page => string.Join(" ", page.GetWords().Select(w => w.Text))));
    }

    private static byte[] Entry(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    [Fact]
    public async Task Press_kit_is_a_404_before_the_announcement_instant_even_when_the_ceremony_moves_later_and_then_holds_the_release_nominees_and_programme()
    {
        var s = await FinalVoteTests.ShortlistedAsync(app, Year, ("chair78@test.dk", true));
        await Ballots.CastAsync(app, Year, "chair78@test.dk", s.B, s.A, s.C);
        (await s.Secretariat.PostAsJsonAsync($"/api/editions/{Year}/decision", new { justification = "Beta viser vejen for alle." }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        var url = $"/sekretariat/{Year}/presse.zip";
        (await s.Secretariat.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await s.Secretariat.GetStringAsync($"/sekretariat/{Year}/resultater")).ShouldNotContain("presse.zip");

        (await s.Secretariat.PutAsJsonAsync($"/api/editions/{Year}/ceremony", new
        {
            startsAt = MovedCeremony, venue = "Eigtveds Pakhus", address = "Asiatisk Plads 2, København", presenter = "Justitsministeren",
            prizeAmountDkk = 50_000, version = 0,
            programme = new[]
            {
                new { startsAt = MovedCeremony, title = "Velkomst", speaker = (string?)"Rådets formand" },
                new { startsAt = MovedCeremony.AddMinutes(30), title = "Overrækkelse af prisen", speaker = (string?)"Justitsministeren" },
            },
        })).StatusCode.ShouldBe(HttpStatusCode.OK);
        app.Clock.SetUtcNow(ResultsTestData.CeremonyAt.AddMinutes(1));
        await s.Secretariat.SignInAsync(); // the first sign-in has expired by now
        (await s.Secretariat.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        app.Clock.SetUtcNow(MovedCeremony.AddMinutes(1));
        await s.Secretariat.SignInAsync();
        (await s.Secretariat.GetStringAsync($"/sekretariat/{Year}/resultater")).ShouldContain($"href=\"{url}\"");
        var response = await s.Secretariat.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/zip");
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        zip.Entries.Select(e => e.FullName).Order().ShouldBe(
            [$"nominerede-{Year}.pdf", $"pressemeddelelse-{Year}.pdf", $"pressemeddelelse-{Year}.txt", $"program-{Year}.pdf"]);

        var release = TextOf(Entry(zip, $"pressemeddelelse-{Year}.pdf"));
        release.ShouldContain($"Beta {Year} vinder Den Kriminalpræventive Pris {Year}");
        release.ShouldContain($"Beta {Year} (Beta, Org Beta) modtager");
        release.ShouldContain("50.000 kr.");
        release.ShouldContain("Eigtveds Pakhus");
        release.ShouldContain("12. december 2026");
        release.ShouldContain("Beta viser vejen for alle.");
        release.ShouldContain($"Alfa {Year} (Alfa, Org Alfa): Begrundelse");
        release.ShouldContain($"Gamma {Year}");
        release.ShouldNotContain($"Delta {Year}");
        Encoding.UTF8.GetString(Entry(zip, $"pressemeddelelse-{Year}.txt")).ShouldContain("modtager Den Kriminalpræventive Pris");

        var nominees = TextOf(Entry(zip, $"nominerede-{Year}.pdf"));
        foreach (var name in new[] { "Alfa", "Beta", "Gamma" }) nominees.ShouldContain($"{name} {Year}");
        nominees.ShouldContain("Beskrivelse");
        nominees.ShouldNotContain($"Delta {Year}");

        var programme = TextOf(Entry(zip, $"program-{Year}.pdf"));
        programme.ShouldContain("Velkomst");
        programme.ShouldContain("Overrækkelse af prisen");
        programme.ShouldContain("Justitsministeren");
    }
}
