using System.Security.Cryptography;
using Prongsai.Data.Redis;
using StackExchange.Redis;

namespace Prongsai.Web.Infrastructure;

/// <summary>
/// The key of the keyed hash of client addresses, shared by every node through Redis so that a shared rate-limit
/// counter is keyed the same on each. Random, created by the first node that needs it (SET NX), replaced every day
/// (the key expires), read again every minute. Without Redis, or while it is down, each process uses its own key.
/// </summary>
public sealed class SharedAddressKey(RedisStore redis, TimeProvider clock)
{
    public const string RedisKeyName = "rl:address-key";
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);
    private static readonly TimeSpan ReadEvery = TimeSpan.FromMinutes(1);

    private (byte[] Key, DateTimeOffset ReadAt)? current;

    public byte[]? Current
    {
        get
        {
            var now = clock.GetUtcNow();
            if (current is { } known && now - known.ReadAt < ReadEvery)
            {
                return known.Key;
            }

            try
            {
                var db = redis.Database;
                db.StringSet(RedisKeyName, RandomNumberGenerator.GetBytes(32), Lifetime, When.NotExists);
                var stored = (byte[]?)db.StringGet(RedisKeyName);
                if (stored is not { Length: 32 })
                {
                    return null;
                }

                current = (stored, now);
                return stored;
            }
            catch (Exception e) when (e is RedisException or TimeoutException)
            {
                redis.Warn(e, "address hash key");
                // A key read in the last day is still better than one nobody else shares.
                return current is { } stale && now - stale.ReadAt < Lifetime ? stale.Key : null;
            }
        }
    }
}
