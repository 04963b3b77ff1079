using CrimePreventionAward.Web.Domain;
using CrimePreventionAward.Web.Features.Editions;

namespace CrimePreventionAward.Tests.Support;

/// <summary>Test editions with deadlines around the factory's fake "now" (25 November 2026).</summary>
public static class Editions
{
    public static readonly DateTimeOffset NominationDeadline = new(2027, 1, 15, 22, 59, 0, TimeSpan.Zero);

    /// <summary>An edition of the year, in Draft, with its nomination deadline on 15 January 2027 (see <see cref="EditionBuilder"/>).</summary>
    public static EditionBuilder Build(int year) => new EditionBuilder(year).WithNominationDeadline(NominationDeadline);

    public static CreateEdition.Command New(int year = 2027, DateTimeOffset? nominationDeadline = null) =>
        Build(year).WithNominationDeadline(nominationDeadline ?? NominationDeadline).Command;

    public static Task<int> CreateOpenAsync(AwardFactory app, int year = 2027, DateTimeOffset? nominationDeadline = null) =>
        Build(year).WithNominationDeadline(nominationDeadline ?? NominationDeadline).InPhase(Phase.NominationOpen).CreateAsync(app);
}
