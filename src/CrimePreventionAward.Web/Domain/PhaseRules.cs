namespace CrimePreventionAward.Web.Domain;

public static class PhaseRules
{
    /// <summary>The next phase is always allowed; skipping ahead or going back needs a reason (a reopening).</summary>
    public const string AlreadyIn = "Prisuddelingen er allerede i fasen {0}.";
    public const string BackNeedsReason = "At gå tilbage fra {0} til {1} kræver en begrundelse.";
    public const string SkipNeedsReason = "At springe fra {0} til {1} kræver en begrundelse.";

    public static string? Refusal(Phase from, Phase to, string? reason)
    {
        if (from == to) return Format(AlreadyIn, DanishName(to));
        if (to == from + 1) return null;
        if (!string.IsNullOrWhiteSpace(reason)) return null;
        return Format(to < from ? BackNeedsReason : SkipNeedsReason, DanishName(from), DanishName(to));
    }

    private static string Format(string template, params object[] values) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, template, values);

    public static string DanishName(Phase phase) => phase switch
    {
        Phase.Draft => "Kladde",
        Phase.NominationOpen => "Åben for indstillinger",
        Phase.Screening => "Screening",
        Phase.Scoring => "Bedømmelse",
        Phase.Shortlisted => "Nominerede fundet",
        Phase.FinalVote => "Afstemning",
        Phase.Decided => "Vinder fundet",
        Phase.Announced => "Offentliggjort",
        Phase.Archived => "Arkiveret",
        _ => phase.ToString(),
    };
}
