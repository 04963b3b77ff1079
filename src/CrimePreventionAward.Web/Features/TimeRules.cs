using CrimePreventionAward.Web.Domain;
using FluentValidation;

namespace CrimePreventionAward.Web.Features;

/// <summary>Every time a person types (deadlines, ceremony, announcements) lies in a sane span of years.</summary>
public static class TimeRules
{
    public const string OutOfRange = "Skriv et tidspunkt mellem år 2000 og 2100.";

    public static IRuleBuilderOptions<T, DateTimeOffset> Sane<T>(this IRuleBuilder<T, DateTimeOffset> rule) =>
        rule.Must(DanishTime.IsSane).WithMessage(OutOfRange);

    public static IRuleBuilderOptions<T, DateTimeOffset?> Sane<T>(this IRuleBuilder<T, DateTimeOffset?> rule) =>
        rule.Must(t => t is null || DanishTime.IsSane(t.Value)).WithMessage(OutOfRange);
}
