using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;

namespace Prongsai.Core.Organizations.SignIn;

/// <summary>
/// Throttles password guesses per account AND client address (docs/security.md, "Accounts and sign-in"):
/// a stranger hammering an official's e-mail blocks only their own address, never the official's. The key is
/// the e-mail as typed (normalized), whether or not such an account exists, so the answer reveals nothing.
/// </summary>
public sealed class SignInGuard(ProngsaiDbContext db, TimeProvider clock)
{
    public const int FailuresPerBlock = 5;
    public static readonly TimeSpan FirstBlock = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan LongestBlock = TimeSpan.FromHours(24);

    /// <summary>When the pair is blocked, until when (null: free to try).</summary>
    public async Task<DateTimeOffset?> BlockedUntilAsync(string email, string clientAddress, CancellationToken cancellationToken)
    {
        var row = await db.Set<SignInThrottle>().AsNoTracking()
            .FirstOrDefaultAsync(t => t.Key == KeyOf(email, clientAddress), cancellationToken);
        return row?.BlockedUntil is { } until && until > clock.GetUtcNow() ? until : null;
    }

    public async Task RecordFailureAsync(string email, string clientAddress, CancellationToken cancellationToken)
    {
        var key = KeyOf(email, clientAddress);
        var set = db.Set<SignInThrottle>();
        var row = await set.FirstOrDefaultAsync(t => t.Key == key, cancellationToken);
        if (row is null)
        {
            row = new SignInThrottle { Key = key };
            set.Add(row);
        }

        var now = clock.GetUtcNow();
        // A day without mistakes forgives the earlier blocks.
        if (now - row.LastFailureAt > LongestBlock)
        {
            row.Blocks = 0;
            row.Failures = 0;
        }

        row.LastFailureAt = now;
        row.Failures++;
        if (row.Failures >= FailuresPerBlock)
        {
            row.Failures = 0;
            row.Blocks++;
            var length = FirstBlock * Math.Pow(2, Math.Min(row.Blocks - 1, 10));
            row.BlockedUntil = now + (length > LongestBlock ? LongestBlock : length);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task ClearAsync(string email, string clientAddress, CancellationToken cancellationToken)
    {
        var key = KeyOf(email, clientAddress);
        await db.Set<SignInThrottle>().Where(t => t.Key == key).ExecuteDeleteAsync(cancellationToken);
    }

    internal static string KeyOf(string email, string clientAddress) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(email.Trim().ToUpperInvariant() + "\n" + clientAddress)));
}
