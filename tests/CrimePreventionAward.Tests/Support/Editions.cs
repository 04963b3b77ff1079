using CrimePreventionAward.Web.Domain;

namespace CrimePreventionAward.Tests.Support;

/// <summary>Test editions with deadlines around the factory's fake "now" (25 November 2026).</summary>
public static class Editions
{
    public static readonly DateTimeOffset NominationDeadline = new(2027, 1, 15, 22, 59, 0, TimeSpan.Zero);

    /// <summary>An edition of the year, in Draft, with its nomination deadline on 15 January 2027 (see <see cref="EditionBuilder"/>).</summary>
    public static EditionBuilder Build(int year) => new EditionBuilder(year).WithNominationDeadline(NominationDeadline);

    /// <summary>Scoring closed on 20 November, final vote open until 1 December, ceremony on 10 December (see <see cref="Deciding"/>).</summary>
    public static readonly DateTimeOffset DecidingFinalVoteDeadline = new(2026, 12, 1, 22, 59, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset DecidingCeremonyAt = new(2026, 12, 10, 13, 0, 0, TimeSpan.Zero);

    /// <summary>An edition deciding around the factory's "now": nominations closed on 1 October, scoring on 20 November.</summary>
    public static EditionBuilder Deciding(int year) => new EditionBuilder(year).WithDeadlines(new(2026, 10, 1, 21, 59, 0, TimeSpan.Zero),
        new(2026, 11, 20, 22, 59, 0, TimeSpan.Zero), DecidingFinalVoteDeadline, DecidingCeremonyAt, opensAt: new(2026, 8, 1, 7, 0, 0, TimeSpan.Zero));

    public static Task<int> CreateOpenAsync(AwardFactory app, int year = 2027, DateTimeOffset? nominationDeadline = null) =>
        Build(year).WithNominationDeadline(nominationDeadline ?? NominationDeadline).InPhase(Phase.NominationOpen).CreateAsync(app);
}
