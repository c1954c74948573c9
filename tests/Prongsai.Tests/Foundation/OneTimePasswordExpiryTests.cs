using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Organizations.SignIn;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Foundation;

/// <summary>
/// A one-time password handed over by an administrator works for Prongsai:OneTimePasswordDays (7 by default), then
/// no longer: only the right password learns that it expired, and that answer costs what every other answer costs.
/// </summary>
public sealed partial class OneTimePasswordExpiryTests
{
    [GeneratedRegex("value=\"[^\"]*\"")]
    private static partial Regex Values();

    [Theory, Providers]
    public async Task An_expired_one_time_password_is_refused_and_only_its_owner_learns_why(DbProvider provider)
    {
        var hasher = new CountingHasher();
        using var app = new ProngsaiApp(provider, replaceServices: s => s.AddSingleton<IPasswordHasher<StaffUser>>(hasher));
        var org = await TestOrg.CreateAsync(app);
        var member = org[OrgRole.DepartmentStaff];
        var oneTimePassword = await ResetAsync(app, org, member.Id);

        async Task<(HttpStatusCode Status, int Hashes, string Page)> TryAsync(string email, string password)
        {
            var client = app.Client();
            var token = await client.AntiforgeryTokenAsync("/staff/signin");
            hasher.Verifications = 0;
            var response = await client.PostAsync("/staff/signin", new FormUrlEncodedContent(
                [new("Email", email), new("Password", password), new("__RequestVerificationToken", token)]));
            return (response.StatusCode, hasher.Verifications, Values().Replace(await response.Content.ReadAsStringAsync(), "value=\"…\""));
        }

        // Six days after the reset it still signs in (and leads to the password page).
        await SetIssuedAsync(app, member.Id, DateTimeOffset.UtcNow - TimeSpan.FromDays(6));
        var inTime = await TryAsync(member.Email, oneTimePassword);
        Assert.Equal(HttpStatusCode.Redirect, inTime.Status);

        // Eight days after: refused with its own words, to the one who typed it right.
        await SetIssuedAsync(app, member.Id, DateTimeOffset.UtcNow - TimeSpan.FromDays(8));
        var expired = await TryAsync(member.Email, oneTimePassword);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, expired.Status);
        Assert.Contains(StaffSignIn.OneTimePasswordExpired, expired.Page, StringComparison.Ordinal);
        Assert.Equal(1, expired.Hashes);

        // A wrong password for that account reads as it does for an unknown e-mail: nothing about an expiry.
        var wrong = await TryAsync(member.Email, "Wrong-password-123");
        var stranger = await TryAsync("nobody@" + org.Slug + ".test", "Wrong-password-123");
        Assert.Equal(1, wrong.Hashes);
        Assert.Equal(1, stranger.Hashes);
        Assert.DoesNotContain(StaffSignIn.OneTimePasswordExpired, wrong.Page, StringComparison.Ordinal);
        Assert.Contains(StaffSignIn.WrongCredentials, wrong.Page, StringComparison.Ordinal);
        Assert.Equal(stranger.Page, wrong.Page);

        // A new reset gives a new one-time password that works again.
        var fresh = await ResetAsync(app, org, member.Id);
        Assert.Equal(HttpStatusCode.Redirect, (await TryAsync(member.Email, fresh)).Status);
    }

    [Theory, Providers]
    public async Task The_lifetime_is_a_setting_and_a_chosen_password_never_expires(DbProvider provider)
    {
        using var app = new ProngsaiApp(provider, new Dictionary<string, string?> { [OneTimePasswordOptions.DaysKey] = "1" });
        var org = await TestOrg.CreateAsync(app);
        var member = org[OrgRole.Executive];
        var oneTimePassword = await ResetAsync(app, org, member.Id);
        await SetIssuedAsync(app, member.Id, DateTimeOffset.UtcNow - TimeSpan.FromHours(25));
        Assert.Contains(StaffSignIn.OneTimePasswordExpired, (await SignInAsync(app, member.Email, oneTimePassword)).Errors.Select(e => e.Message));

        // The staff page tells the administrator, with the date.
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var page = await (await admin.GetAsync($"/staff/{org.Slug}/staff/{member.Id}")).Content.ReadAsStringAsync();
        Assert.Contains("id=\"one-time-password\"", page, StringComparison.Ordinal);
        Assert.Contains("หมดอายุแล้ว", page, StringComparison.Ordinal);
        var list = await (await admin.GetAsync($"/staff/{org.Slug}/staff")).Content.ReadAsStringAsync();
        Assert.Contains("รหัสผ่านครั้งแรกหมดอายุแล้ว", list, StringComparison.Ordinal);

        // Once the member has chosen their own password, its age does not matter.
        var fresh = await ResetAsync(app, org, member.Id);
        var client = await app.SignedInAsync(member.Email, fresh);
        var changed = await client.PostFormAsync("/staff/account/password", "/staff/account/password",
            [new("Current", fresh), new("New", "Own-Passw0rd-of-mine"), new("Repeat", "Own-Passw0rd-of-mine")]);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        await using (var scope = app.Scope())
        {
            var user = await scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>().Users.AsNoTracking().FirstAsync(u => u.Id == member.Id);
            Assert.False(user.MustChangePassword);
            Assert.Null(user.OneTimePasswordIssuedAt);
        }

        var later = await app.SignedInAsync(member.Email, "Own-Passw0rd-of-mine");
        Assert.Equal(HttpStatusCode.OK, (await later.GetAsync($"/staff/{org.Slug}")).StatusCode);
    }

    [Theory, Providers]
    public async Task Upgrading_counts_pending_one_time_passwords_from_the_upgrade(DbProvider provider)
    {
        using var app = new ProngsaiApp(provider);
        var org = await TestOrg.CreateAsync(app);
        var pending = org[OrgRole.Auditor];
        var settled = org[OrgRole.Executive];
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
        var migrator = db.GetService<IMigrator>();
        var migrations = db.Database.GetMigrations().ToList();
        Assert.EndsWith("_OneTimePasswordExpiry", migrations[^1], StringComparison.Ordinal);

        // The schema before the column, with one account still holding its one-time password.
        await migrator.MigrateAsync(migrations[^2]);
        await db.Database.ExecuteSqlRawAsync(provider == DbProvider.Sqlite
            ? "UPDATE \"AspNetUsers\" SET \"MustChangePassword\" = 1 WHERE \"Id\" = {0}"
            : "UPDATE \"AspNetUsers\" SET \"MustChangePassword\" = TRUE WHERE \"Id\" = {0}", pending.Id);

        await migrator.MigrateAsync();

        var users = await db.Users.AsNoTracking().Where(u => u.Id == pending.Id || u.Id == settled.Id).ToDictionaryAsync(u => u.Id);
        var issued = users[pending.Id].OneTimePasswordIssuedAt;
        Assert.NotNull(issued);
        Assert.InRange(issued.Value, DateTimeOffset.UtcNow - TimeSpan.FromMinutes(5), DateTimeOffset.UtcNow + TimeSpan.FromMinutes(5));
        Assert.Null(users[settled.Id].OneTimePasswordIssuedAt);
    }

    private static async Task<string> ResetAsync(ProngsaiApp app, TestOrg org, string userId)
    {
        await using var scope = app.Scope();
        var reset = await scope.ServiceProvider.GetRequiredService<StaffAccounts>()
            .ResetPasswordAsync(StaffActor.System(organizationId: org.Id), userId);
        return reset.Value ?? throw new InvalidOperationException(reset.Errors[0].Message);
    }

    private static async Task SetIssuedAsync(ProngsaiApp app, string userId, DateTimeOffset issuedAt)
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
        var user = await db.Users.FirstAsync(u => u.Id == userId);
        user.OneTimePasswordIssuedAt = issuedAt;
        await db.SaveChangesAsync();
    }

    private static async Task<Prongsai.Core.Common.Result<SignInOutcome>> SignInAsync(ProngsaiApp app, string email, string password)
    {
        await using var scope = app.Scope();
        return await scope.ServiceProvider.GetRequiredService<StaffSignIn>().SignInAsync(new SignInRequest(email, password, "192.0.2.10"));
    }

    /// <summary>The real hasher, counting how many passwords it verifies.</summary>
    private sealed class CountingHasher : IPasswordHasher<StaffUser>
    {
        private readonly PasswordHasher<StaffUser> inner = new();

        public int Verifications { get; set; }

        public string HashPassword(StaffUser user, string password) => inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(StaffUser user, string hashedPassword, string providedPassword)
        {
            Verifications++;
            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
