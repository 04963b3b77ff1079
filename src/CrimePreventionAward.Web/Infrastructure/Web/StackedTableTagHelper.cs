using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CrimePreventionAward.Web.Infrastructure.Web;

/// <summary>
/// On a phone a table is shown as stacked rows (site.css), each cell led by its column's heading. The heading is
/// given to every body cell here, once for all tables, as data-label (read by CSS, so it works without JavaScript).
/// </summary>
[HtmlTargetElement("table", Attributes = "class")]
public sealed partial class StackedTableTagHelper : TagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        if (output.Attributes["class"]?.Value?.ToString()?.Split(' ').Contains("table") != true) return;
        var html = (await output.GetChildContentAsync()).GetContent();
        if (Head().Match(html) is not { Success: true } head) return;
        var labels = new List<string>();
        foreach (Match cell in Cell().Matches(head.Value))
        {
            var text = AttributeText(WebUtility.HtmlDecode(Space().Replace(Tag().Replace(cell.Groups["inner"].Value, " "), " ").Trim()));
            var span = Span().Match(cell.Groups["attrs"].Value) is { Success: true } s ? int.Parse(s.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 1;
            for (var i = 0; i < span; i++) labels.Add(text);
        }
        var body = Row().Replace(html[(head.Index + head.Length)..], row =>
        {
            var column = 0;
            return Open().Replace(row.Value, open =>
            {
                var index = column;
                column += Span().Match(open.Groups["attrs"].Value) is { Success: true } s ? int.Parse(s.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 1;
                if (index >= labels.Count || labels[index].Length == 0 || open.Value.Contains("data-label", StringComparison.Ordinal)) return open.Value;
                return $"<{open.Groups["tag"].Value} data-label=\"{labels[index]}\"{open.Groups["attrs"].Value}>";
            });
        });
        output.Content.SetHtmlContent(html[..(head.Index + head.Length)] + body);
    }

    // Only what an attribute needs escaped: Danish letters stay readable ("Bedømt", not "Bed&#248;mt").
    private static string AttributeText(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    [GeneratedRegex(@"<thead\b.*?</thead>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Head();

    [GeneratedRegex(@"<th\b(?<attrs>[^>]*)>(?<inner>.*?)</th>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Cell();

    [GeneratedRegex(@"<tr\b.*?</tr>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Row();

    [GeneratedRegex(@"<(?<tag>td|th)\b(?<attrs>[^>]*)>", RegexOptions.IgnoreCase)]
    private static partial Regex Open();

    [GeneratedRegex(@"colspan=""?(\d+)")]
    private static partial Regex Span();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
