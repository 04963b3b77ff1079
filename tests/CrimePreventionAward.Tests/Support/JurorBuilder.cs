using CrimePreventionAward.Web.Features.Auth;
using CrimePreventionAward.Web.Features.Jury;
using CrimePreventionAward.Web.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;

namespace CrimePreventionAward.Tests.Support;

/// <summary>One juror of one edition. Start from <see cref="Jurors.Build"/>; every setting is optional.</summary>
public sealed record JurorBuilder(int Year, string Name)
{
    public string Email { get; init; } = Jurors.Email(Name, Year);
    public string Organisation { get; init; } = "Juryorganisationen";
    public bool IsChair { get; init; }
    public string? Password { get; init; }

    public JurorBuilder WithEmail(string email) => this with { Email = email };
    public JurorBuilder From(string organisation) => this with { Organisation = organisation };
    public JurorBuilder AsChair(bool chair = true) => this with { IsChair = chair };

    /// <summary>Only for <see cref="SeatAsync"/>: an invited juror signs in through the mailed link.</summary>
    public JurorBuilder WithPassword(string password = Jurors.Password) => this with { Password = password };

    /// <summary>
    /// Through the real invitation: the juror gets the mail with a sign-in link, and an edition without criteria
    /// gets the default five.
    /// </summary>
    public async Task<long> InviteAsync(AwardFactory app) =>
        (await app.SendAsSystem(new InviteJuror.Command(Year, Name, Email, Organisation, IsChair))).Id;

    /// <summary>
    /// Already on the jury, written straight into the tables: no mail, no default criteria, and in any phase (the
    /// invitation's rules belong to the jury slice; results and reminders only read what it leaves behind). An
    /// existing account with the address is reused.
    /// </summary>
    public Task<long> SeatAsync(AwardFactory app) => app.WithScope(async sp =>
    {
        var db = sp.GetRequiredService<Db>();
        var now = app.Clock.GetUtcNow();
        var userId = await db.ScalarAsync<long?>("SELECT Id FROM Users WHERE Email = @Email", new { Email })
            ?? await db.InsertAsync("INSERT INTO Users (Email, Name, Role, PasswordHash, CreatedAt) VALUES (@Email, @Name, 'Juror', @Hash, @Now)",
                new { Email, Name, Hash = Password is null ? null : SignIn.Hash(Email, Password), Now = now });
        return await db.InsertAsync("""
            INSERT INTO Jurors (Year, UserId, Name, Email, Organisation, IsChair, InvitedAt)
            VALUES (@Year, @UserId, @Name, @Email, @Organisation, @IsChair, @Now)
            """, new { Year, UserId = userId, Name, Email, Organisation, IsChair, Now = now });
    });
}
