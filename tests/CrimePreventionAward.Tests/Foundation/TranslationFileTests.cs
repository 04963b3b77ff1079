using System.Text.RegularExpressions;
using System.Xml.Linq;
using CrimePreventionAward.Tests.Support;

namespace CrimePreventionAward.Tests.Foundation;

public sealed class TranslationFileTests
{
    /// <summary>Area files are asked in turn, so a Danish text with two different English ones would depend on order.</summary>
    [Fact]
    public void Every_Danish_text_has_one_English_text_across_all_resource_files()
    {
        var entries = Directory.GetFiles(Path.Combine(RepoPaths.Root, "src", "CrimePreventionAward.Web", "Resources"), "*.en.resx", SearchOption.AllDirectories)
            .SelectMany(file => XDocument.Load(file).Root!.Elements("data")
                .Select(d => (Key: (string)d.Attribute("name")!, English: (string)d.Element("value")!, File: Path.GetFileName(file))));
        entries.GroupBy(e => e.Key)
            .Where(g => g.Select(e => e.English).Distinct().Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(" | ", g.Select(e => $"{e.File}={e.English}"))}")
            .ShouldBeEmpty();
    }

    [Fact]
    public void Every_placeholder_of_a_Danish_text_is_kept_in_its_English_text()
    {
        Directory.GetFiles(Path.Combine(RepoPaths.Root, "src", "CrimePreventionAward.Web", "Resources"), "*.en.resx", SearchOption.AllDirectories)
            .SelectMany(file => XDocument.Load(file).Root!.Elements("data"))
            .Select(d => (Key: (string)d.Attribute("name")!, English: (string)d.Element("value")!))
            .Where(e => !Placeholders(e.Key).SetEquals(Placeholders(e.English)))
            .Select(e => $"{e.Key} → {e.English}")
            .ShouldBeEmpty();
    }

    private static HashSet<string> Placeholders(string text) => Regex.Matches(text, @"\{\d\}").Select(m => m.Value).ToHashSet();
}
