using Microsoft.Extensions.Configuration;
using Prongsai.Core.Caching;
using StackExchange.Redis;

namespace Prongsai.Data.Redis;

/// <summary>
/// Content stamps in Redis ("stamp:{organizationId}", INCR). A bump counts at once and again after
/// Prongsai:RedisLateBumpSeconds (default 2 s, longer than a commit and than the replica's usual lag); a late bump
/// that finds Redis down is retried every 2 s for 5 minutes, so a restarted Redis does not keep serving a page
/// cached under a stamp that missed a bump. Only a node that dies in that window loses its late bump; the page
/// cache's 10-minute expiry bounds what that costs.
/// </summary>
public sealed class RedisContentStamps(RedisStore redis, IConfiguration configuration) : ISharedContentStamps
{
    private static readonly TimeSpan RetryEvery = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(5);

    private readonly TimeSpan lateBump = TimeSpan.FromSeconds(configuration.GetValue("Prongsai:RedisLateBumpSeconds", 2.0));

    // A missing stamp (a new organization, or a Redis restarted empty) starts at a random point, never at zero:
    // a restarted Redis counting 1, 2, 3 again would meet stamps other nodes still hold pages for.
    private const string ReadScript = """
        redis.call('SET', KEYS[1], ARGV[1], 'NX')
        return redis.call('GET', KEYS[1])
        """;

    private const string BumpScript = """
        redis.call('SET', KEYS[1], ARGV[1], 'NX')
        return redis.call('INCR', KEYS[1])
        """;

    private static RedisValue[] RandomStart() => [Random.Shared.NextInt64(1L << 20, 1L << 50)];

    public static RedisKey KeyOf(int organizationId) => "stamp:" + organizationId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public async Task<long?> ReadAsync(int organizationId, CancellationToken cancellationToken = default)
    {
        try
        {
            return (long)await redis.Database.ScriptEvaluateAsync(ReadScript, [KeyOf(organizationId)], RandomStart());
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            redis.Warn(e, "content stamp read");
            return null;
        }
    }

    public async Task BumpAsync(int organizationId)
    {
        try
        {
            await redis.Database.ScriptEvaluateAsync(BumpScript, [KeyOf(organizationId)], RandomStart());
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            redis.Warn(e, "content stamp bump");
        }

        // One late bump per bump (publications are rare): each must come after its own transaction's commit.
        _ = Task.Run(() => LateBumpAsync(organizationId));
    }

    private async Task LateBumpAsync(int organizationId)
    {
        await Task.Delay(lateBump);
        var started = DateTime.UtcNow;
        while (DateTime.UtcNow - started < GiveUpAfter)
        {
            try
            {
                await redis.Database.ScriptEvaluateAsync(BumpScript, [KeyOf(organizationId)], RandomStart());
                return;
            }
            catch (Exception e) when (e is RedisException or TimeoutException)
            {
                redis.Warn(e, "late content stamp bump");
                await Task.Delay(RetryEvery);
            }
        }
    }
}
