using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace CrimePreventionAward.Web.Pages.Jury;

/// <summary>
/// Validation and refusal messages arrive formatted in Danish (the API stays Danish). Most are fixed texts and are
/// their own resource key; the ones with values (a date, a name, a year) are found by their template here, so the
/// key in JuryTexts.en.resx is the template ("Fristen for afstemningen udløb {0}.") and the values are kept.
/// </summary>
public static class RefusalTexts
{
    private static readonly string[] Templates =
    [
        "Bedømmelsen er ikke åben: prisuddelingen er i fasen {0}.",
        "Fristen for bedømmelse udløb {0}. Bedømmelsesarket kan kun læses.",
        "{0} er allerede inviteret til juryen for {1}.",
        "{0}: skriv et helt tal fra {1} til {2}.",
        "{0}: point skal ligge fra {1} til {2}.",
        "Fristen for afstemningen udløb {0}.",
        "Du er ikke jurymedlem for {0}.",
        "Du er ikke jurymedlem for prisuddelingen {0}.",
        "Prisuddelingen {0} findes ikke.",
        "Jurymedlemmet findes ikke i juryen for {0}.",
    ];

    private static readonly (string Template, Regex Pattern)[] Patterns = Templates
        .Select(t => (t, new Regex("^" + Regex.Replace(Regex.Escape(t), @"\\\{\d\}|\{\d\}", "(.+?)") + "$", RegexOptions.Singleline)))
        .ToArray();

    /// <summary>The message in the visitor's language; a value that is itself a text (a phase, a criterion) too.</summary>
    public static string Localise(IStringLocalizer texts, string message)
    {
        foreach (var (template, pattern) in Patterns)
        {
            var m = pattern.Match(message);
            if (!m.Success) continue;
            var values = m.Groups.Cast<Group>().Skip(1).Select(g => (object)texts[g.Value].Value).ToArray();
            return texts[template, values].Value;
        }
        return texts[message].Value;
    }

    /// <summary>
    /// Rewrites the errors a send put into ModelState, so field messages (also those the validation tag helper prints)
    /// and the summary are in the visitor's language. In Danish every message stays as it was.
    /// </summary>
    public static void Localise(this ModelStateDictionary state, IStringLocalizer texts)
    {
        foreach (var entry in state.Values)
            for (var i = 0; i < entry.Errors.Count; i++)
                if (entry.Errors[i].Exception is null)
                    entry.Errors[i] = new ModelError(Localise(texts, entry.Errors[i].ErrorMessage));
    }
}
