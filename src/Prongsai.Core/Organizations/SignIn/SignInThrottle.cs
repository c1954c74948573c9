using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Prongsai.Core.Organizations.SignIn;

/// <summary>
/// Wrong passwords for one account from one client address (the key is a SHA-256 of both, so neither is stored
/// in clear). After <see cref="SignInGuard.FailuresPerBlock"/> failures that address is blocked for that account,
/// twice as long each time; other addresses — the official at their own desk — are not affected.
/// </summary>
public sealed class SignInThrottle
{
    public required string Key { get; set; }
    public int Failures { get; set; }
    public int Blocks { get; set; }
    public DateTimeOffset? BlockedUntil { get; set; }
    public DateTimeOffset LastFailureAt { get; set; }
}

internal sealed class SignInThrottleConfiguration : IEntityTypeConfiguration<SignInThrottle>
{
    public void Configure(EntityTypeBuilder<SignInThrottle> b)
    {
        b.ToTable("SignInThrottles");
        b.HasKey(t => t.Key);
        b.Property(t => t.Key).HasMaxLength(64);
    }
}
