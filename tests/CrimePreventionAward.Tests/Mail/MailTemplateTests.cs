using CrimePreventionAward.Web.Infrastructure.Mail;
using CrimePreventionAward.Web.Infrastructure.Mail.Templates;

namespace CrimePreventionAward.Tests.Mail;

public sealed class MailTemplateTests
{
    public static TheoryData<string, string> EveryTemplateInEveryLanguage()
    {
        var data = new TheoryData<string, string>();
        foreach (var template in MailTemplateCatalogue.All)
        foreach (var language in new[] { MailLanguage.Danish, MailLanguage.English })
            data.Add(template.Key, language);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryTemplateInEveryLanguage))]
    public void Every_template_renders_with_every_placeholder_filled_and_none_left_over(string key, string language)
    {
        var template = MailTemplateCatalogue.Find(key).ShouldNotBeNull();
        var text = template.In(language);
        MailRenderer.Problems(template, text).ShouldBeEmpty();
        var used = template.Placeholders.Where(p => text.Subject.Contains($"{{{p.Name}", StringComparison.Ordinal)
            || text.Body.Contains($"{{{p.Name}", StringComparison.Ordinal)).Select(p => p.Name);
        used.ShouldBe(template.Placeholders.Select(p => p.Name), ignoreOrder: true, "every declared placeholder is used by the default text");

        var values = template.Placeholders.ToDictionary(p => p.Name, p => (object?)p.Sample);
        var mail = MailRenderer.Render(template, text, language, "Ditte Wesley", values);

        (mail.Subject + mail.Body).ShouldNotContain("{");
        (mail.Subject + mail.Body).ShouldNotContain("}");
        foreach (var sample in template.Placeholders.Select(p => p.Sample).OfType<string>())
            (mail.Subject + mail.Body).ShouldContain(sample);
        mail.Body.ShouldStartWith(language == MailLanguage.English ? "Dear Ditte Wesley\n\n" : "Kære Ditte Wesley\n\n");
        mail.Body.ShouldEndWith(MailTemplates.SignatureIn(language));
        mail.Subject.ShouldNotContain("\n");
    }

    [Fact]
    public void Every_template_has_a_unique_key()
    {
        MailTemplateCatalogue.All.Select(t => t.Key).ShouldBeUnique();
    }

    [Fact]
    public void A_line_whose_optional_value_is_empty_is_left_out_and_a_link_keeps_its_token_placeholder()
    {
        var template = CeremonyTemplates.Invitation;
        var mail = MailRenderer.Render(template, template.Danish, MailLanguage.Danish, "", new Dictionary<string, object?>
        {
            ["edition"] = "Den Kriminalpræventive Pris 2027", ["time"] = new DateTimeOffset(2027, 5, 29, 12, 0, 0, TimeSpan.Zero),
            ["place"] = "", ["presenter"] = null, ["link"] = $"https://pris.test/svar/{MailToken.Placeholder}",
        });

        mail.Body.ShouldStartWith("Kære modtager");
        mail.Body.ShouldContain("Prisoverrækkelsen finder sted 29. maj 2027 kl. 14.00.");
        mail.Body.ShouldNotContain("Stedet er");
        mail.Body.ShouldNotContain("overrækker prisen");
        mail.Body.ShouldContain($"https://pris.test/svar/{MailToken.Placeholder}");
    }

    [Fact]
    public void A_count_takes_the_right_word_and_a_yes_no_value_chooses_its_text()
    {
        var one = MailRenderer.Render(JuryTemplates.Reminder, new MailText("s", "{scored} af {total:indstilling|indstillinger}"), MailLanguage.Danish,
            "A", new Dictionary<string, object?> { ["scored"] = 0, ["total"] = 1 });
        var two = MailRenderer.Render(JuryTemplates.Invitation, new MailText("s", "Du er {chair?juryformand|jurymedlem}."), MailLanguage.English,
            "A", new Dictionary<string, object?> { ["chair"] = true });

        one.Body.ShouldContain("0 af 1 indstilling\n");
        two.Body.ShouldContain("Du er juryformand.");
    }

    [Theory]
    [InlineData("Hej {navn}", "Pladsholderen {navn} findes ikke")]
    [InlineData("Hej {edition", "er ikke en gyldig pladsholder")]
    [InlineData("Du er {chair}", "er ja/nej")]
    public void A_text_with_an_unknown_or_malformed_placeholder_is_refused_in_Danish(string body, string message)
    {
        var problems = MailRenderer.Problems(JuryTemplates.Invitation, new MailText("Emne", body + " {link}"));

        problems.ShouldContain(p => p.Field == "Body" && p.Message.Contains(message));
    }

    [Fact]
    public void A_text_without_its_required_link_is_refused()
    {
        MailRenderer.Problems(JuryTemplates.SignInLink, new MailText("Emne", "Her er intet link."))
            .ShouldContain(("Body", "Teksten skal indeholde {link}."));
    }
}
