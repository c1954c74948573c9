using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Prongsai.Core.Auditing;
using Prongsai.Core.Common;
using Prongsai.Core.Data;

namespace Prongsai.Core.Organizations.SignIn;

public sealed record SignInRequest(string Email, string Password, string ClientAddress);

public enum SignInOutcome
{
    SignedIn = 1,
    /// <summary>Signed in, but the one-time password must be replaced before anything else.</summary>
    MustChangePassword,
}

/// <summary>
/// Staff sign-in, sign-out and password change. Every attempt costs the same — one password hash, whether or not
/// the e-mail has an account — and fails with the same words, so neither time nor text tells a stranger which
/// e-mails exist. Guesses are throttled per account and address (<see cref="SignInGuard"/>).
/// </summary>
public sealed class StaffSignIn(
    ProngsaiDbContext db, UserManager<StaffUser> users, SignInManager<StaffUser> signIn, IPasswordHasher<StaffUser> hasher,
    SignInGuard guard, DummyPasswordHash dummyHash, TimeProvider clock, IOptions<OneTimePasswordOptions> oneTimePasswords)
{
    public const string WrongCredentials = "อีเมลหรือรหัสผ่านไม่ถูกต้อง";

    public const string AccountClosed =
        "บัญชีนี้ถูกปิดแล้ว (เช่น ย้ายไปสังกัดอื่น) ถ้ายังทำงานที่หน่วยงานนี้ ติดต่อผู้ดูแลระบบของหน่วยงานให้เปิดบัญชีอีกครั้ง";

    public const string TooManyAttempts =
        "ใส่รหัสผ่านผิดหลายครั้งจากเครื่องนี้ กรุณารอสักครู่แล้วลองใหม่ หรือติดต่อผู้ดูแลระบบ";

    public const string OneTimePasswordExpired =
        "รหัสผ่านครั้งแรกนี้หมดอายุแล้ว กรุณาติดต่อผู้ดูแลระบบของหน่วยงานเพื่อขอรหัสผ่านใหม่";

    public async Task<Result<SignInOutcome>> SignInAsync(SignInRequest request, CancellationToken cancellationToken = default)
    {
        var email = request.Email.Trim();
        var user = await users.FindByEmailAsync(email);
        var blocked = await guard.BlockedUntilAsync(email, request.ClientAddress, cancellationToken) is not null;

        // Exactly one hash computation on every path: the account's own hash, or the dummy.
        bool passwordIsRight;
        if (user?.PasswordHash is { } hash && !blocked)
        {
            passwordIsRight = hasher.VerifyHashedPassword(user, hash, request.Password) != PasswordVerificationResult.Failed;
        }
        else
        {
            hasher.VerifyHashedPassword(user ?? new StaffUser { DisplayName = "" }, dummyHash.Of(hasher), request.Password);
            passwordIsRight = false;
        }

        if (blocked)
        {
            return Error.Invalid(TooManyAttempts);
        }

        if (!passwordIsRight || user is null)
        {
            await guard.RecordFailureAsync(email, request.ClientAddress, cancellationToken);
            if (user is not null)
            {
                Record(user, AuditActions.SignInFailed);
                await db.SaveChangesAsync(cancellationToken);
            }

            return Error.Invalid(WrongCredentials);
        }

        // Only the right password learns that the account was closed: to anyone else it answers like every failure.
        if (user.ClosedAt is not null)
        {
            Record(user, AuditActions.SignInFailed);
            await db.SaveChangesAsync(cancellationToken);
            return Error.Invalid(AccountClosed);
        }

        // Likewise only the right password learns that it has expired; the attempt costs what a closed account's does.
        if (oneTimePasswords.Value.HasExpired(user, clock.GetUtcNow()))
        {
            Record(user, AuditActions.SignInFailed);
            await db.SaveChangesAsync(cancellationToken);
            return Error.Invalid(OneTimePasswordExpired);
        }

        await guard.ClearAsync(email, request.ClientAddress, cancellationToken);
        await signIn.SignInAsync(user, isPersistent: false);
        Record(user, AuditActions.SignIn);
        await db.SaveChangesAsync(cancellationToken);
        return user.MustChangePassword ? SignInOutcome.MustChangePassword : SignInOutcome.SignedIn;
    }

    /// <summary>
    /// Ends the session: a new security stamp makes every sign-in cookie of the account worthless (a copy of this
    /// one, and those of the account's other browsers), since every request compares the cookie's stamp with the
    /// account's (Web/Authorization/StaffSession and the cookie validator).
    /// </summary>
    public async Task SignOutAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default)
    {
        if (await users.GetUserAsync(principal) is { } user
            && string.Equals(principal.FindFirstValue(users.Options.ClaimsIdentity.SecurityStampClaimType), user.SecurityStamp, StringComparison.Ordinal))
        {
            await users.UpdateSecurityStampAsync(user);
            Record(user, AuditActions.SignOut);
            await db.SaveChangesAsync(cancellationToken);
        }

        await signIn.SignOutAsync();
    }

    /// <summary>
    /// The signed-in member replaces their password. A wrong current password counts as a failed sign-in for this
    /// account and address, so the form cannot be used to guess passwords.
    /// </summary>
    public async Task<Result<bool>> ChangePasswordAsync(
        ClaimsPrincipal principal, string current, string replacement, string clientAddress, CancellationToken cancellationToken = default)
    {
        var user = await users.GetUserAsync(principal);
        if (user?.Email is not { } email || user.ClosedAt is not null)
        {
            return Error.Forbidden();
        }

        if (await guard.BlockedUntilAsync(email, clientAddress, cancellationToken) is not null)
        {
            return Error.Invalid(TooManyAttempts, "Current");
        }

        if (!await users.CheckPasswordAsync(user, current))
        {
            await guard.RecordFailureAsync(email, clientAddress, cancellationToken);
            Record(user, AuditActions.SignInFailed);
            await db.SaveChangesAsync(cancellationToken);
            return Error.Invalid("รหัสผ่านปัจจุบันไม่ถูกต้อง", "Current");
        }

        var changed = await users.ChangePasswordAsync(user, current, replacement);
        if (!changed.Succeeded)
        {
            return Result<bool>.Fail(changed.Errors.Select(e => Error.Invalid(e.Description, "New")).ToArray());
        }

        user.MustChangePassword = false;
        user.OneTimePasswordIssuedAt = null;
        await users.UpdateAsync(user);
        await guard.ClearAsync(email, clientAddress, cancellationToken);
        Record(user, AuditActions.PasswordChange);
        await db.SaveChangesAsync(cancellationToken);
        await signIn.RefreshSignInAsync(user);
        return true;
    }

    private void Record(StaffUser user, string action) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            OrganizationId = user.OrganizationId,
            UserId = user.Id,
            UserName = user.UserName ?? user.Id,
            Entity = nameof(StaffUser),
            EntityId = user.Id,
            Action = action,
        });
}
