using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Caching;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Foundation;

/// <summary>
/// Two app nodes (two hosts, each with its own database, so nothing is shared but Redis) against a real
/// redis-server: content stamps and rate-limit windows are shared, no address is ever a key, and the app keeps
/// answering while Redis is down (stamps from the database, limits open, a warning in the log).
/// </summary>
public sealed class SharedRedisTests
{
    private const string OutsideAddress = "203.0.113.57";

    private static ProngsaiApp Node(RedisTestServer redis, IDictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Prongsai:Redis"] = redis.Configuration,
            // Every read goes to the store: the test sees another node's bump at once.
            ["Prongsai:PageCache:StampSeconds"] = "0",
            ["Prongsai:RedisLateBumpSeconds"] = "0.2",
            // The app gives Redis 500 ms and then goes on without it (fails open); a test machine busy with the rest of
            // the suite can be slower than that, and a limiter that failed open would read as a limit not shared.
            ["Prongsai:RedisTimeoutMs"] = "5000",
        };
        foreach (var (key, value) in more ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return new ProngsaiApp(DbProvider.Sqlite, settings);
    }

    [Fact]
    public async Task A_bump_on_one_node_changes_the_stamp_the_other_node_reads_and_counts_again_after_the_commit()
    {
        await using var redis = new RedisTestServer();
        await redis.StartAsync();
        using var nodeA = Node(redis);
        using var nodeB = Node(redis);
        var org = await TestOrg.CreateAsync(nodeB);

        await using var scopeA = nodeA.Scope();
        var onA = scopeA.ServiceProvider.GetRequiredService<ContentVersion>();
        var before = await onA.CurrentAsync(org.Id);
        Assert.True(before < 0, "a stamp from Redis counts below zero, apart from database stamps");

        await using (var scopeB = nodeB.Scope())
        {
            await scopeB.ServiceProvider.GetRequiredService<ContentVersion>().BumpAsync(org.Id);
        }

        var afterBump = await onA.CurrentAsync(org.Id);
        Assert.NotEqual(before, afterBump);
        // The late bump (0.2 s here) retires a page another node rendered before the writer's commit.
        await Task.Delay(TimeSpan.FromSeconds(1));
        var afterLateBump = await onA.CurrentAsync(org.Id);
        Assert.NotEqual(afterBump, afterLateBump);
        Assert.Contains($"stamp:{org.Id}", await redis.KeysAsync());
    }

    [Fact]
    public async Task Sign_in_limit_is_shared_by_two_nodes_and_no_key_holds_an_address()
    {
        await using var redis = new RedisTestServer();
        await redis.StartAsync();
        var limit = new Dictionary<string, string?> { ["Prongsai:RateLimits:SignInsPerMinute"] = "4" };
        using var nodeA = Node(redis, limit);
        using var nodeB = Node(redis, limit);
        var clientA = nodeA.Client();
        var clientB = nodeB.Client();
        clientA.DefaultRequestHeaders.Add(TestPeerAddress.Header, OutsideAddress);
        clientB.DefaultRequestHeaders.Add(TestPeerAddress.Header, OutsideAddress);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            // Alternate nodes: each sees 3 of the 6 posts, under its own limit of 4, but the shared window counts 6.
            foreach (var client in new[] { clientA, clientB })
            {
                statuses.Add((await client.PostFormAsync("/staff/signin", "/staff/signin", [new("Email", "x@y.test"), new("Password", "wrong")])).StatusCode);
            }
        }

        Assert.Equal([HttpStatusCode.UnprocessableEntity, HttpStatusCode.UnprocessableEntity, HttpStatusCode.UnprocessableEntity, HttpStatusCode.UnprocessableEntity], statuses.Take(4));
        Assert.Equal([HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses.Skip(4));

        var keys = await redis.KeysAsync();
        var counters = keys.Where(k => k.StartsWith("rl:", StringComparison.Ordinal) && k != "rl:address-key").ToList();
        Assert.NotEmpty(counters);
        Assert.All(keys, k => Assert.DoesNotContain(OutsideAddress, k, StringComparison.Ordinal));
        Assert.All(keys, k => Assert.DoesNotContain("203.0.113", k, StringComparison.Ordinal));
        foreach (var counter in counters)
        {
            Assert.Matches("^rl:[0-9a-f]{24}$", counter);
            var ttl = await redis.TimeToLiveAsync(counter);
            Assert.NotNull(ttl);
            Assert.InRange(ttl.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        }
    }

    [Fact]
    public async Task With_Redis_down_pages_answer_limits_stay_open_and_stamps_come_from_the_database()
    {
        await using var redis = new RedisTestServer();
        await redis.StartAsync();
        using var node = Node(redis, new Dictionary<string, string?> { ["Prongsai:RateLimits:SignInsPerMinute"] = "2" });
        var org = await TestOrg.CreateAsync(node);
        var client = node.Client();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/{org.Slug}/")).StatusCode);
        long sharedStamp;
        await using (var scope = node.Scope())
        {
            sharedStamp = await scope.ServiceProvider.GetRequiredService<ContentVersion>().CurrentAsync(org.Id);
        }

        await redis.StopAsync();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/{org.Slug}/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/orgs/{org.Slug}")).StatusCode);
        for (var i = 0; i < 4; i++)
        {
            // Fail open: a flood limit must not turn a Redis outage into a sign-in outage.
            Assert.Equal(HttpStatusCode.UnprocessableEntity, (await client.PostFormAsync("/staff/signin", "/staff/signin", [new("Email", "x@y.test"), new("Password", "wrong")])).StatusCode);
        }

        await using (var scope = node.Scope())
        {
            var version = scope.ServiceProvider.GetRequiredService<ContentVersion>();
            var fromDatabase = await version.CurrentAsync(org.Id);
            Assert.True(fromDatabase >= 0, "without Redis the stamp comes from the database");
            await version.BumpAsync(org.Id); // the database still counts; Redis misses it without an error
            Assert.Equal(fromDatabase + 1, await version.CurrentAsync(org.Id));
        }

        await redis.StartAsync();
        // The bump Redis missed is made up by the late bump's retries (every 2 s), so no page cached under the
        // old shared stamp comes back.
        var deadline = DateTime.UtcNow.AddSeconds(15);
        long now;
        do
        {
            await Task.Delay(500);
            await using var scope = node.Scope();
            now = await scope.ServiceProvider.GetRequiredService<ContentVersion>().CurrentAsync(org.Id);
        }
        while ((now >= 0 || now == sharedStamp) && DateTime.UtcNow < deadline);

        Assert.True(now < 0, "Redis answers again");
        Assert.NotEqual(sharedStamp, now);
    }
}
