namespace Prongsai.Core.Organizations;

/// <summary>
/// How long a one-time password (a new account's, a reset's, a reopened account's) may be used to sign in:
/// Prongsai:OneTimePasswordDays, 7 by default, 1 to 90. After that the member asks their administrator for a new one,
/// so a password handed over on paper and forgotten in a drawer stops being a way in.
/// </summary>
public sealed class OneTimePasswordOptions
{
    public const string Section = "Prongsai";
    public const string DaysKey = "Prongsai:OneTimePasswordDays";
    public const int MaxDays = 90;

    public int OneTimePasswordDays { get; set; } = 7;

    public TimeSpan Lifetime => TimeSpan.FromDays(OneTimePasswordDays);

    /// <summary>When the account's pending one-time password stops working, or null when it has none.</summary>
    public DateTimeOffset? ExpiresAt(StaffUser user) =>
        user.MustChangePassword && user.OneTimePasswordIssuedAt is { } issued ? issued + Lifetime : null;

    public bool HasExpired(StaffUser user, DateTimeOffset now) => ExpiresAt(user) is { } expires && now >= expires;
}
