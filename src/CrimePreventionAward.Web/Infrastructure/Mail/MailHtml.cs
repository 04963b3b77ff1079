using System.Text;
using System.Text.RegularExpressions;

namespace CrimePreventionAward.Web.Infrastructure.Mail;

/// <summary>
/// The HTML part of a mail, derived from its plain text so the two never say different things: the text escaped,
/// blank-line paragraphs as &lt;p&gt;, addresses as links. No images and no remote content, so nothing is fetched on opening.
/// </summary>
public static partial class MailHtml
{
    [GeneratedRegex(@"https?://[^\s<>""]+")]
    private static partial Regex Url();

    [GeneratedRegex(@"\n[ \t]*\n\s*")]
    private static partial Regex BlankLines();

    public static string FromText(string text)
    {
        var html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"></head><body>\n");
        foreach (var paragraph in BlankLines().Split(text.ReplaceLineEndings("\n").Trim()))
            html.Append("<p>").Append(Linked(paragraph).Replace("\n", "<br>\n", StringComparison.Ordinal)).Append("</p>\n");
        return html.Append("</body></html>\n").ToString();
    }

    private static string Linked(string paragraph)
    {
        var html = new StringBuilder();
        var at = 0;
        foreach (Match url in Url().Matches(paragraph))
        {
            html.Append(Escape(paragraph[at..url.Index]));
            var encoded = Escape(url.Value);
            html.Append("<a href=\"").Append(encoded).Append("\">").Append(encoded).Append("</a>");
            at = url.Index + url.Length;
        }
        return html.Append(Escape(paragraph[at..])).ToString();
    }

    // Only the characters HTML gives a meaning; letters like æ stay readable in the UTF-8 part.
    private static string Escape(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal);
}
