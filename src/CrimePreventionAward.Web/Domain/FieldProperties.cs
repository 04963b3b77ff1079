using System.Reflection;

namespace CrimePreventionAward.Web.Domain;

/// <summary>
/// The string properties of <typeparamref name="T"/> that carry described nomination fields, found once by name, so
/// code reads and writes a field through its description instead of spelling it out.
/// </summary>
internal static class FieldProperties<T>
{
    private static readonly Dictionary<string, PropertyInfo> ByName = typeof(T).GetProperties()
        .Where(p => p.PropertyType == typeof(string)).ToDictionary(p => p.Name);

    /// <summary>Fails at start-up, not with a silent null, when a described field has no property here.</summary>
    public static void Require(IEnumerable<NominationForm.Field> fields)
    {
        var missing = fields.Where(f => !ByName.ContainsKey(f.Name)).Select(f => f.Name).ToList();
        if (missing.Count > 0)
            throw new InvalidOperationException($"{typeof(T).Name} has no string property for {string.Join(", ", missing)}.");
    }

    public static string? Get(T item, string name) =>
        ByName.TryGetValue(name, out var p) ? (string?)p.GetValue(item) : throw new ArgumentOutOfRangeException(nameof(name), name, null);

    public static void Set(T item, string name, string? value) => ByName[name].SetValue(item, value);
}
