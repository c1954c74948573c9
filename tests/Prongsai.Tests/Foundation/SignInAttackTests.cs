using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Organizations.SignIn;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Foundation;

/// <summary>
/// The outside review's sign-in findings, each as the attack: telling known e-mails from unknown ones by time or by
/// words, keeping an official locked out from anywhere, and guessing through the change-password form.
/// Timing itself is measured in bench/, not here: these tests count the work (password hashes) instead.
/// </summary>
public sealed partial class SignInAttackTests
{
    [GeneratedRegex("value=\"[^\"]*\"")]
    private static partial Regex Values();

    [Theory, Providers]
    public async Task Unknown_and_known_emails_cost_one_password_hash_and_read_the_same(DbProvider provider)
    {
        var hasher = new CountingHasher();
        using var app = new ProngsaiApp(provider, replaceServices: s => s.AddSingleton<IPasswordHasher<StaffUser>>(hasher));
        var org = await TestOrg.CreateAsync(app);
        var known = org[OrgRole.DepartmentStaff].Email;
        var unknown = "nobody@" + org.Slug + ".test";

        async Task<(int Hashes, string Page)> TryAsync(string email)
        {
            var client = app.Client();
            var token = await client.AntiforgeryTokenAsync("/staff/signin");
            hasher.Verifications = 0;
            var response = await client.PostAsync("/staff/signin", new FormUrlEncodedContent(
                [new("Email", email), new("Password", "Wrong-password-123"), new("__RequestVerificationToken", token)]));
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            // The typed e-mail and the form tokens differ by nature; everything else must be the same.
            return (hasher.Verifications, Values().Replace(await response.Content.ReadAsStringAsync(), "value=\"…\""));
        }

        var forKnown = await TryAsync(known);
        var forUnknown = await TryAsync(unknown);
        Assert.Equal(1, forKnown.Hashes);
        Assert.Equal(1, forUnknown.Hashes);
        Assert.Equal(forKnown.Page, forUnknown.Page);
        Assert.Contains(StaffSignIn.WrongCredentials.Split(" / ")[0], forKnown.Page, StringComparison.Ordinal);

        // Blocked after repeated failures: the same words and the same work, whether or not the account exists.
        for (var i = 0; i < SignInGuard.FailuresPerBlock; i++)
        {
            await TryAsync(known);
            await TryAsync(unknown);
        }

        var blockedKnown = await TryAsync(known);
        var blockedUnknown = await TryAsync(unknown);
        Assert.Equal(1, blockedKnown.Hashes);
        Assert.Equal(1, blockedUnknown.Hashes);
        Assert.Equal(blockedKnown.Page, blockedUnknown.Page);
        Assert.Contains(StaffSignIn.TooManyAttempts.Split(" / ")[0], blockedKnown.Page, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task A_thousand_wrong_guesses_from_one_address_never_stop_the_owner_signing_in_from_another(DbProvider provider)
    {
        // A cheap hash cost keeps a thousand guesses quick; the throttle does not depend on it.
        using var app = new ProngsaiApp(provider, replaceServices: s => s.Configure<PasswordHasherOptions>(o => o.IterationCount = 1000));
        var org = await TestOrg.CreateAsync(app);
        var official = org[OrgRole.Executive];

        for (var i = 0; i < 1000; i++)
        {
            await using var scope = app.Scope();
            var attempt = await scope.ServiceProvider.GetRequiredService<StaffSignIn>()
                .SignInAsync(new SignInRequest(official.Email, "guess-" + i, "198.51.100.7"));
            Assert.False(attempt.Succeeded);
        }

        await using (var scope = app.Scope())
        {
            var stillBlocked = await scope.ServiceProvider.GetRequiredService<StaffSignIn>()
                .SignInAsync(new SignInRequest(official.Email, official.Password, "198.51.100.7"));
            Assert.Contains(StaffSignIn.TooManyAttempts, stillBlocked.Errors.Select(e => e.Message));
            var guard = scope.ServiceProvider.GetRequiredService<SignInGuard>();
            var until = await guard.BlockedUntilAsync(official.Email, "198.51.100.7", CancellationToken.None);
            Assert.NotNull(until);
            Assert.True(until <= DateTimeOffset.UtcNow + SignInGuard.LongestBlock + TimeSpan.FromMinutes(1));
            var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
            var user = await db.Users.AsNoTracking().FirstAsync(u => u.Id == official.Id);
            Assert.Null(user.LockoutEnd);
        }

        // The official, at their own desk (the test client's address), signs in at once.
        var client = await app.SignedInAsync(official);
        var dashboard = await client.GetAsync($"/staff/{org.Slug}");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
    }

    [Theory, Providers]
    public async Task Wrong_current_passwords_on_the_change_form_count_like_wrong_sign_ins(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var member = org[OrgRole.DepartmentHead];
        var client = await app.SignedInAsync(member);
        for (var i = 0; i < SignInGuard.FailuresPerBlock; i++)
        {
            var wrong = await client.PostFormAsync("/staff/account/password", "/staff/account/password",
                [new("Current", "not-my-password-" + i), new("New", "Another-Passw0rd-xyz"), new("Repeat", "Another-Passw0rd-xyz")]);
            Assert.Contains("รหัสผ่านปัจจุบันไม่ถูกต้อง", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var right = await client.PostFormAsync("/staff/account/password", "/staff/account/password",
            [new("Current", member.Password), new("New", "Another-Passw0rd-xyz"), new("Repeat", "Another-Passw0rd-xyz")]);
        Assert.Contains(StaffSignIn.TooManyAttempts.Split(" / ")[0], await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The password did not change: the old one still works from elsewhere once the block is lifted.
        await using var scope = app.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = await users.FindByIdAsync(member.Id);
        Assert.True(await users.CheckPasswordAsync(user!, member.Password));
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
