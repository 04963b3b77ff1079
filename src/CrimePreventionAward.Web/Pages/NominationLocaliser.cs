using System.Text.RegularExpressions;
using CrimePreventionAward.Web.Features.Nominations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace CrimePreventionAward.Web.Pages;

/// <summary>
/// Shows a Danish message of the nominations slice in the visitor's language: a fixed message is a key of its own; a
/// message with values (a file name, a year, a deadline) is recognised by its template and its values are put into the
/// template's translation (a value that is itself a Danish text, such as a phase name, is translated too).
/// </summary>
public static class NominationLocaliser
{
    private static readonly (string Template, Regex Pattern)[] Templates = NominationWording.WithValues
        .Select(t => (t, new Regex("^" + Regex.Replace(Regex.Escape(t), @"\\\{\d\}", "(.+?)") + "$", RegexOptions.Singleline)))
        .ToArray();

    public static string Localise(IStringLocalizer l, string danish)
    {
        var fixedText = l[danish];
        if (!fixedText.ResourceNotFound) return fixedText.Value;
        foreach (var (template, pattern) in Templates)
        {
            var match = pattern.Match(danish);
            if (!match.Success) continue;
            var values = match.Groups.Values.Skip(1).Select(g => (object)l[g.Value].Value).ToArray();
            return l[template, values].Value;
        }
        return danish;
    }

    /// <summary>Puts every error in the visitor's language, so the error summary and the fields show the same text.</summary>
    public static void Localise(ModelStateDictionary state, IStringLocalizer l)
    {
        foreach (var entry in state.Values)
        {
            if (entry.Errors.Count == 0) continue;
            var errors = entry.Errors
                .Select(e => string.IsNullOrEmpty(e.ErrorMessage) ? e : new ModelError(Localise(l, e.ErrorMessage)))
                .ToList();
            entry.Errors.Clear();
            foreach (var error in errors) entry.Errors.Add(error);
        }
    }
}
