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

    /// <summary>How many of a section's required answers are given (the candidate section also needs its kind).</summary>
    public (int Done, int Total) Progress(IReadOnlyList<NominationForm.Field> fields, bool withKind = false)
    {
        var required = fields.Where(f => f.Required).ToList();
        var done = required.Count(f => !string.IsNullOrWhiteSpace(Values.Value(f.Name)));
        return withKind
            ? (done + (string.IsNullOrWhiteSpace(Values.CandidateKind) ? 0 : 1), required.Count + 1)
            : (done, required.Count);
    }
}

public sealed record NominationFieldView(NominationForm.Field Field, string? Value, string? Error);
