using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace CrimePreventionAward.Web.Infrastructure.Web;

/// <summary>
/// Model binding's own messages (text typed into a number field, say) in Danish, without the typed value in them,
/// so that they are also keys the page localizer translates into English.
/// </summary>
public static class DanishBindingMessages
{
    public const string Invalid = "Værdien er ikke gyldig.";
    public const string NotANumber = "Skriv et tal.";
    public const string Required = "Udfyld feltet.";

    public static void Apply(DefaultModelBindingMessageProvider m)
    {
        m.SetAttemptedValueIsInvalidAccessor((_, _) => Invalid);
        m.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => Invalid);
        m.SetUnknownValueIsInvalidAccessor(_ => Invalid);
        m.SetNonPropertyUnknownValueIsInvalidAccessor(() => Invalid);
        m.SetValueIsInvalidAccessor(_ => Invalid);
        m.SetValueMustBeANumberAccessor(_ => NotANumber);
        m.SetNonPropertyValueMustBeANumberAccessor(() => NotANumber);
        m.SetMissingBindRequiredValueAccessor(_ => Required);
        m.SetMissingKeyOrValueAccessor(() => Required);
        m.SetMissingRequestBodyRequiredValueAccessor(() => Required);
        m.SetValueMustNotBeNullAccessor(_ => Required);
    }
}
