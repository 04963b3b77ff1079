using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Infrastructure;
using FluentValidation;

namespace CrimePreventionAward.Web.Features.Nominations;

/// <summary>Limits that hold for drafts too: lengths, the fixed lists, and the shape of e-mail and phone when given.</summary>
internal sealed class FieldLimits : AbstractValidator<NominationFields>
{
    public FieldLimits()
    {
        foreach (var field in NominationForm.All)
        {
            RuleFor(f => f.Value(field.Name)).MaximumLength(field.MaxLength).OverridePropertyName(field.Name)
                .WithMessage(NominationWording.Format(NominationWording.TooLong, field.Label, field.MaxLength));
            if (field.Input == NominationForm.Input.Email)
                RuleFor(f => f.Value(field.Name)).Must(v => string.IsNullOrWhiteSpace(v) || NominationForm.IsEmail(v.Trim()))
                    .OverridePropertyName(field.Name).WithMessage("Skriv en gyldig e-mailadresse, fx navn@kommune.dk.");
            if (field.Input == NominationForm.Input.Phone)
                RuleFor(f => f.Value(field.Name)).Must(v => string.IsNullOrWhiteSpace(v) || NominationForm.IsPhone(v.Trim()))
                    .OverridePropertyName(field.Name).WithMessage("Skriv et dansk telefonnummer med 8 cifre, evt. med +45 foran.");
        }
        RuleFor(f => f.CandidateKind).Must(k => string.IsNullOrWhiteSpace(k) || NominationForm.CandidateKinds.ContainsKey(k))
            .WithMessage("Vælg person, projekt eller gruppe.");
        RuleFor(f => f.PoliceDistrict).Must(d => string.IsNullOrWhiteSpace(d) || NominationForm.PoliceDistricts.Contains(d))
            .WithMessage("Vælg en politikreds fra listen.");
    }
}

/// <summary>What a submitted nomination must have.</summary>
internal sealed class RequiredFields : AbstractValidator<NominationFields>
{
    public RequiredFields()
    {
        Include(new FieldLimits());
        RuleFor(f => f.CandidateKind).NotEmpty().WithMessage("Vælg om kandidaten er en person, et projekt eller en gruppe.");
        foreach (var field in NominationForm.All.Where(f => f.Required))
            RuleFor(f => f.Value(field.Name)).NotEmpty().OverridePropertyName(field.Name)
                .WithMessage(NominationWording.Format(field.Input == NominationForm.Input.Choice ? NominationWording.Choose : NominationWording.FillIn, field.Label.ToLowerInvariant()));
        RuleFor(f => f.ConsentGiven).Equal(true)
            .WithMessage("Bekræft, at kandidaten kender til indstillingen, og at DKR må behandle oplysningerne.");
    }
}

/// <summary>Count, size and type of files, against those already attached. All problems at once, in Danish.</summary>
internal static class UploadRules
{
    public static void Check(IReadOnlyList<Upload> uploads, int alreadyAttached, string property)
    {
        var problems = new List<string>();
        if (alreadyAttached + uploads.Count > NominationForm.MaxAttachments)
            problems.Add(NominationWording.Format(NominationWording.TooManyFiles, NominationForm.MaxAttachments, alreadyAttached));
        foreach (var u in uploads)
        {
            if (u.Length == 0) problems.Add(NominationWording.Format(NominationWording.EmptyFile, u.FileName));
            else if (u.Length > NominationForm.MaxAttachmentBytes)
                problems.Add(NominationWording.Format(NominationWording.FileTooBig, u.FileName));
            else if (AttachmentType.Detect(u.Content) is null)
                problems.Add(NominationWording.Format(NominationWording.WrongFileType, u.FileName));
            if (u.FileName.Length > 200) problems.Add("Et filnavn må højst have 200 tegn.");
        }
        if (problems.Count > 0)
            throw new FieldErrorsException(new Dictionary<string, string[]> { [property] = problems.ToArray() });
    }
}
