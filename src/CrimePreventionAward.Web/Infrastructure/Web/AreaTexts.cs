using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;

namespace CrimePreventionAward.Web.Infrastructure.Web;

/// <summary>
/// The English texts of one area live in their own resource file (Resources/Texts/&lt;Area&gt;.en.resx, marker classes in
/// Texts/), so areas can be translated side by side. Pages use one localizer, <c>L</c>, which asks the shared file
/// first and then every area's; a key (the Danish text) found nowhere is shown as it is.
/// </summary>
public sealed class AreaTexts(IStringLocalizerFactory factory) : IStringLocalizer<SharedResource>
{
    private static readonly Type[] Sources = typeof(SharedResource).Assembly.GetTypes()
        .Where(t => t.Namespace == "CrimePreventionAward.Web.Texts" && t.IsClass)
        .Prepend(typeof(SharedResource))
        .ToArray();

    private readonly IStringLocalizer[] localizers = Sources.Select(factory.Create).ToArray();

    public LocalizedString this[string name] =>
        Find(name) ?? FromTemplate(name) ?? new LocalizedString(name, name, resourceNotFound: true);

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var found = this[name];
            return new LocalizedString(name, string.Format(System.Globalization.CultureInfo.CurrentCulture, found.Value, arguments), found.ResourceNotFound);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        localizers.SelectMany(l => l.GetAllStrings(includeParentCultures));

    /// <summary>
    /// A message that arrives already formatted ("Prisuddelingen 2027 findes ikke.") is found by its template
    /// ("Prisuddelingen {0} findes ikke."); the values are kept, and translated too when they are texts themselves.
    /// </summary>
    private LocalizedString? FromTemplate(string message)
    {
        if (CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "da") return null;
        foreach (var (template, pattern) in Templates.Value)
        {
            var match = pattern.Match(message);
            if (!match.Success) continue;
            var values = match.Groups.Cast<Group>().Skip(1).Select(g => (object)(Find(g.Value)?.Value ?? g.Value)).ToArray();
            var english = Find(template)!.Value;
            return new LocalizedString(message, string.Format(CultureInfo.CurrentCulture, english, values));
        }
        return null;
    }

    private static readonly Lazy<(string Template, Regex Pattern)[]> Templates = new(() => Sources
        .SelectMany(EnglishKeys)
        .Where(key => key.Contains("{0}", StringComparison.Ordinal))
        .Distinct()
        .OrderByDescending(key => key.Length)
        .Select(key => (key, new Regex("^" + Regex.Replace(Regex.Escape(key), @"\\\{\d}|\{\d}", "(.+?)") + "$", RegexOptions.Singleline)))
        .ToArray());

    private static IEnumerable<string> EnglishKeys(Type source)
    {
        var baseName = source == typeof(SharedResource)
            ? "CrimePreventionAward.Web.Resources.SharedResource"
            : $"CrimePreventionAward.Web.Resources.Texts.{source.Name}";
        var set = new ResourceManager(baseName, source.Assembly).GetResourceSet(CultureInfo.GetCultureInfo("en"), createIfNotExists: true, tryParents: false);
        return set is null ? [] : set.Cast<DictionaryEntry>().Select(e => (string)e.Key);
    }

    private LocalizedString? Find(string name)
    {
        foreach (var localizer in localizers)
        {
            var s = localizer[name];
            if (!s.ResourceNotFound) return s;
        }
        return null;
    }
}
