using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Nominations;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CrimePreventionAward.Web.Pages;

/// <summary>What the shared form partial needs: the values typed so far and the errors under "Input.".</summary>
public sealed record NominationFormView(NominationFields Values, ModelStateDictionary State)
{
    public string? Error(string name) =>
        State.TryGetValue("Input." + name, out var e) && e.Errors.Count > 0 ? string.Join(" ", e.Errors.Select(x => x.ErrorMessage)) : null;

    public NominationFieldView For(NominationForm.Field field) => new(field, Values.Value(field.Name), Error(field.Name));
}

public sealed record NominationFieldView(NominationForm.Field Field, string? Value, string? Error);
