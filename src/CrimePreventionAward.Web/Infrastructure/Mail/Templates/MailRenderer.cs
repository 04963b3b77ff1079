using System.Globalization;
using System.Text.RegularExpressions;

namespace CrimePreventionAward.Web.Infrastructure.Mail.Templates;

/// <summary>
/// The one place a template becomes a mail's text: placeholders filled in the recipient's language, a body line whose
/// placeholder is empty left out (an optional reason, a presenter not yet known), the salutation with the
/// recipient's name first and the one signature last. A value is never read again for placeholders, so a link's
/// <see cref="MailToken.Placeholder"/> reaches the outbox intact.
/// </summary>
public static partial class MailRenderer
{
    [GeneratedRegex(@"\{(?<name>[A-Za-z]+)(?:(?<kind>[:?])(?<one>[^{}|]*)\|(?<other>[^{}|]*))?\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\{[^{}]*\}|[{}]")]
    private static partial Regex Braces();

    public static MailText Render(MailTemplate template, MailText text, string language, string? recipientName,
        IReadOnlyDictionary<string, object?> values)
    {
        var subject = Fill(text.Subject, language, values, out _).ReplaceLineEndings(" ").Trim();
        var lines = new List<string>();
        foreach (var line in text.Body.ReplaceLineEndings("\n").Split('\n'))
        {
            var filled = Fill(line, language, values, out var anyEmpty);
            if (!anyEmpty) lines.Add(filled);
        }
        var body = MailTemplates.Salutation(recipientName, language) + "\n\n" + string.Join("\n", lines).Trim()
            + MailTemplates.SignatureIn(language);
        return new MailText(subject, body);
    }

    /// <summary>What is wrong with a text for this template, in Danish, per field ("Subject" or "Body").</summary>
    public static IReadOnlyList<(string Field, string Message)> Problems(MailTemplate template, MailText text)
    {
        var problems = new List<(string, string)>();
        foreach (var (field, value) in new[] { (nameof(MailText.Subject), text.Subject), (nameof(MailText.Body), text.Body) })
        {
            if (string.IsNullOrWhiteSpace(value)) problems.Add((field, field == nameof(MailText.Subject) ? "Skriv et emne." : "Skriv en tekst."));
            foreach (Match m in Braces().Matches(value ?? ""))
                if (Problem(template, m.Value) is { } message) problems.Add((field, message));
        }
        foreach (var required in template.Placeholders.Where(p => p.Required))
            if (!Placeholder().Matches(text.Body ?? "").Any(m => m.Groups["name"].Value == required.Name))
                problems.Add((nameof(MailText.Body), $"Teksten skal indeholde {{{required.Name}}}."));
        return problems;
    }

    private static string? Problem(MailTemplate template, string token)
    {
        var m = Placeholder().Match(token);
        if (!m.Success || m.Length != token.Length) return $"{token} er ikke en gyldig pladsholder. Brug en af dem, der står ved feltet.";
        var placeholder = template.Placeholder(m.Groups["name"].Value);
        if (placeholder is null) return $"Pladsholderen {token} findes ikke i denne mail. Brug en af dem, der står ved feltet.";
        return (m.Groups["kind"].Value, placeholder.Sample) switch
        {
            ("?", not bool) => $"{token}: kun en ja/nej-pladsholder kan have \"?ja|nej\".",
            (":", not int) => $"{token}: kun et antal kan have \":ental|flertal\".",
            ("", bool) => $"{{{placeholder.Name}}} er ja/nej: skriv {{{placeholder.Name}?tekst ved ja|tekst ved nej}}.",
            _ => null,
        };
    }

    private static string Fill(string line, string language, IReadOnlyDictionary<string, object?> values, out bool anyEmpty)
    {
        var empty = false;
        var filled = Placeholder().Replace(line, m =>
        {
            var value = Format(m, values.TryGetValue(m.Groups["name"].Value, out var v) ? v : null, language);
            if (value.Length == 0) empty = true;
            return value;
        });
        anyEmpty = empty;
        return filled;
    }

    private static string Format(Match m, object? value, string language)
    {
        var (one, other) = (m.Groups["one"].Value, m.Groups["other"].Value);
        return value switch
        {
            null => "",
            bool yes => yes ? one : other,
            int n when m.Groups["kind"].Value == ":" => $"{n} {(n == 1 ? one : other)}",
            int n => n.ToString(CultureInfo.InvariantCulture),
            DateTimeOffset time => MailLanguage.Time(time, language),
            _ => Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim() ?? "",
        };
    }
}
