using FluentValidation;

namespace CrimePreventionAward.Web.Features.Auth;

/// <summary>What a secretariat password must be, wherever one is set.</summary>
public static class PasswordRules
{
    public const int MinLength = 10;

    public static IRuleBuilderOptions<T, string> NewPassword<T>(this IRuleBuilder<T, string> rule) =>
        rule.MinimumLength(MinLength).WithMessage("Adgangskoden skal have mindst 10 tegn.")
            .MaximumLength(SignIn.MaxPasswordLength).WithMessage("Adgangskoden er for lang.");
}
