using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace CrimePreventionAward.Web.Infrastructure.Web;

public static class ModelStateTexts
{
    /// <summary>
    /// Puts every error a send left in ModelState into the visitor's language (the page localizer also finds messages
    /// with values by their template), so the error summary and the fields show the same text. Danish stays as it was.
    /// </summary>
    public static void Localise(this ModelStateDictionary state, IStringLocalizer texts)
    {
        foreach (var entry in state.Values)
            for (var i = 0; i < entry.Errors.Count; i++)
                if (entry.Errors[i].Exception is null && !string.IsNullOrEmpty(entry.Errors[i].ErrorMessage))
                    entry.Errors[i] = new ModelError(texts[entry.Errors[i].ErrorMessage].Value);
    }
}
