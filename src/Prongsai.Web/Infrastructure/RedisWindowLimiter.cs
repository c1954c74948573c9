using System.Threading.RateLimiting;
using Prongsai.Data.Redis;
using StackExchange.Redis;

namespace Prongsai.Web.Infrastructure;

/// <summary>
/// A fixed-window counter in Redis, shared by every node: INCRBY on "rl:{keyed hash}", which expires with its
/// window. Fails open: while Redis cannot answer, requests pass (with a logged warning) — a flood limit must not
/// turn a Redis outage into an outage of public forms and sign-in; account lockout still guards passwords.
/// </summary>
public sealed class RedisWindowLimiter(RedisStore redis, RedisKey key, int permitLimit, TimeSpan window) : RateLimiter
{
    // One round trip: count, and start the window's expiry with the first request in it.
    private const string CountScript = """
        local n = redis.call('INCRBY', KEYS[1], ARGV[1])
        if n == tonumber(ARGV[1]) then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
        return n
        """;

    private long lastUsed = Environment.TickCount64;

    public override TimeSpan? IdleDuration => TimeSpan.FromMilliseconds(Environment.TickCount64 - Interlocked.Read(ref lastUsed));

    public override RateLimiterStatistics? GetStatistics() => null;

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        if (permitCount == 0)
        {
            return Peek(() => redis.Database.StringGet(key));
        }

        Interlocked.Exchange(ref lastUsed, Environment.TickCount64);
        try
        {
            var count = (long)redis.Database.ScriptEvaluate(CountScript, [key], Arguments(permitCount));
            return count <= permitLimit ? Lease.Granted : Lease.Refused;
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            redis.Warn(e, "rate limit");
            return Lease.Granted;
        }
    }

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        if (permitCount == 0)
        {
            var counted = Lease.Granted;
            try
            {
                counted = Count((long?)await redis.Database.StringGetAsync(key));
            }
            catch (Exception e) when (e is RedisException or TimeoutException)
            {
                redis.Warn(e, "rate limit");
            }

            return counted;
        }

        Interlocked.Exchange(ref lastUsed, Environment.TickCount64);
        try
        {
            var count = (long)await redis.Database.ScriptEvaluateAsync(CountScript, [key], Arguments(permitCount));
            return count <= permitLimit ? Lease.Granted : Lease.Refused;
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            redis.Warn(e, "rate limit");
            return Lease.Granted;
        }
    }

    /// <summary>Asking for no permit tells whether the window still has one, counting nothing (as the framework's limiters do).</summary>
    private RateLimitLease Peek(Func<RedisValue> read)
    {
        try
        {
            return Count((long?)read());
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            redis.Warn(e, "rate limit");
            return Lease.Granted;
        }
    }

    private Lease Count(long? used) => (used ?? 0) < permitLimit ? Lease.Granted : Lease.Refused;

    private RedisValue[] Arguments(int permitCount) => [permitCount, (long)window.TotalMilliseconds];

    private sealed class Lease(bool acquired) : RateLimitLease
    {
        public static readonly Lease Granted = new(true);
        public static readonly Lease Refused = new(false);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
