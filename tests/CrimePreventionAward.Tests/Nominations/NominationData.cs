using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CrimePreventionAward.Tests.Support;
using CrimePreventionAward.Web.Features.Mail;
using CrimePreventionAward.Web.Features.Nominations;
using CrimePreventionAward.Web.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace CrimePreventionAward.Tests.Nominations;

/// <summary>A complete nomination, form posts as a browser sends them, and the mail folder.</summary>
public static partial class NominationData
{
    public static NominationFields Fields(string candidate = "Lommevending til Behandling") =>
        Nomination.Complete with { CandidateName = candidate, Title = $"{candidate} – forebyggelse" };

    public static SubmitNomination.Command Submit(int year, string candidate = "Lommevending til Behandling") =>
        new(Fields(candidate)) { Year = year, SubmissionKey = Guid.NewGuid() };

    public static async Task<JsonElement> SubmitOverApiAsync(HttpClient client, int year, NominationFields? fields = null)
    {
        var response = await client.PostAsJsonAsync($"/api/editions/{year}/nominations", fields ?? Fields());
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The form's fields under "Input.", as the page posts them.</summary>
    public static Dictionary<string, string> Form(NominationFields f)
    {
        var form = new Dictionary<string, string>();
        foreach (var p in typeof(NominationFields).GetProperties())
        {
            var value = p.GetValue(f);
            if (value is bool b) { if (b) form["Input." + p.Name] = "true"; }
            else if (value is string s) form["Input." + p.Name] = s;
        }
        return form;
    }

    public static async Task<HttpResponseMessage> PostPageAsync(HttpClient client, string formUrl, string postUrl,
        Dictionary<string, string> fields, IEnumerable<(string Name, byte[] Content)>? files = null, bool withToken = true) =>
        await client.PostAsync(postUrl, FormPost(await client.GetStringAsync(formUrl), fields, files, withToken));

    /// <summary>The post of a form page already fetched (html), as a browser sends it however long it stood open.</summary>
    public static MultipartFormDataContent FormPost(string html, Dictionary<string, string> fields,
        IEnumerable<(string Name, byte[] Content)>? files = null, bool withToken = true)
    {
        var content = new MultipartFormDataContent();
        if (withToken) content.Add(new StringContent(Hidden(html, "__RequestVerificationToken")!), "__RequestVerificationToken");
        foreach (var (name, value) in fields) content.Add(new StringContent(value), name);
        foreach (var (name, bytes) in files ?? []) content.Add(new ByteArrayContent(bytes), "Files", name);
        return content;
    }

    public static string? Hidden(string html, string name) =>
        Regex.Match(html, $"name=\"{Regex.Escape(name)}\"[^>]*value=\"([^\"]*)\"") is { Success: true } m
            ? WebUtility.HtmlDecode(m.Groups[1].Value)
            : Regex.Match(html, $"value=\"([^\"]*)\"[^>]*name=\"{Regex.Escape(name)}\"") is { Success: true } m2 ? WebUtility.HtmlDecode(m2.Groups[1].Value) : null;

    /// <summary>Runs the outbox job and reads every mail written to the data directory, newest last.</summary>
    public static async Task<IReadOnlyList<MimeMessage>> MailsAsync(AwardFactory app)
    {
        await app.SendAsSystem(new DeliverOutbox.Command());
        var folder = Path.Combine(app.DataDirectory, "mail");
        if (!Directory.Exists(folder)) return [];
        return Directory.GetFiles(folder, "*.eml").Order().Select(f => MimeMessage.Load(f)).ToList();
    }

    public static string LinkIn(MimeMessage mail, string path) =>
        Regex.Match(mail.TextBody ?? "", $@"http://[^\s]+{Regex.Escape(path)}[^\s]*") is { Success: true } m ? m.Value
            : throw new InvalidOperationException($"No link to {path} in: {mail.TextBody}");

    public static string PathOf(string absoluteUrl) => new Uri(absoluteUrl).PathAndQuery;

    public static byte[] Pdf(int size = 600)
    {
        var bytes = new byte[size];
        Encoding.ASCII.GetBytes("%PDF-1.4\n% test\n").CopyTo(bytes, 0);
        return bytes;
    }

    public static byte[] Exe() => [.. "MZ"u8.ToArray(), .. new byte[500]];

    public static MultipartFormDataContent Files(params (string Name, byte[] Content)[] files)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, bytes) in files) content.Add(new ByteArrayContent(bytes), "files", name);
        return content;
    }

    public static Task<long> CountAsync(AwardFactory app, int year) =>
        app.WithScope(sp => sp.GetRequiredService<Db>().ScalarAsync<long>("SELECT COUNT(*) FROM Nominations WHERE Year = @year", new { year }));

    public static async Task<JsonElement> ErrorsAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        return (await response.ProblemAsync()).GetProperty("errors");
    }

    /// <summary>A submitted nomination and a client that holds its private token, as the nominator's browser does.</summary>
    public static async Task<(long Id, HttpClient Nominator)> NominatedAsync(AwardFactory app, int year)
    {
        var created = await SubmitOverApiAsync(app.Client(), year);
        var client = app.Client();
        client.DefaultRequestHeaders.Add("X-Edit-Token", created.GetProperty("editToken").GetString());
        return (created.GetProperty("id").GetInt64(), client);
    }
}
