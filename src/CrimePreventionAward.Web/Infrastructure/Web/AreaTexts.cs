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

    public LocalizedString this[string name] => Find(name) ?? new LocalizedString(name, name, resourceNotFound: true);

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
