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

    /// <summary>A sentence composed from a phase name is one template with a placeholder, not one entry per phase.</summary>
    [Fact]
    public void No_text_is_a_permutation_of_phase_names_and_each_phase_name_is_written_once()
    {
        string[] phases = ["Kladde", "Åben for indstillinger", "Screening", "Bedømmelse", "Nominerede fundet", "Afstemning", "Vinder fundet", "Offentliggjort", "Arkiveret"];
        var keys = Directory.GetFiles(Path.Combine(RepoPaths.Root, "src", "CrimePreventionAward.Web", "Resources"), "*.en.resx", SearchOption.AllDirectories)
            .SelectMany(file => XDocument.Load(file).Root!.Elements("data").Select(d => (string)d.Attribute("name")!))
            .ToList();
        var composed = new Regex($@"(fasen( er)?|fra|til) ({string.Join('|', phases.Select(Regex.Escape))})\b");
        keys.Where(k => composed.IsMatch(k)).ShouldBeEmpty();
        phases.Where(p => keys.Count(k => k == p) != 1).ShouldBeEmpty();
    }

    private static HashSet<string> Placeholders(string text) => Regex.Matches(text, @"\{\d\}").Select(m => m.Value).ToHashSet();
}
