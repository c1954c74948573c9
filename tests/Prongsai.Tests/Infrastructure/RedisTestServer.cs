using StackExchange.Redis;

namespace Prongsai.Tests.Infrastructure;

/// <summary>
/// A real Redis on loopback: Debian's redis-server (installed by test.sh), in memory only (no snapshot, no
/// append-only file), on a free port. It can be stopped and started again on the same port, as a Redis that goes away.
/// </summary>
public sealed class RedisTestServer : IAsyncDisposable
{
    private readonly LoopbackServerProcess server = new("redis-server", "/usr/bin/redis-server",
        port => ["--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        "is the redis-server package installed (test.sh installs it)?");

    private ConnectionMultiplexer? admin;

    public int Port => server.Port;

    /// <summary>The value for Prongsai:Redis.</summary>
    public string Configuration => $"127.0.0.1:{Port}";

    public Task StartAsync() => server.StartAsync();

    /// <summary>Every key in the server (a test server holds few).</summary>
    public async Task<IReadOnlyList<string>> KeysAsync()
    {
        admin ??= await ConnectionMultiplexer.ConnectAsync(Configuration + ",allowAdmin=true");
        return admin.GetServer(Configuration).Keys(pattern: "*").Select(k => k.ToString()).ToList();
    }

    public async Task<TimeSpan?> TimeToLiveAsync(string key)
    {
        admin ??= await ConnectionMultiplexer.ConnectAsync(Configuration + ",allowAdmin=true");
        return await admin.GetDatabase().KeyTimeToLiveAsync(key);
    }

    public Task StopAsync() => server.StopAsync();

    public async ValueTask DisposeAsync()
    {
        admin?.Dispose();
        await StopAsync();
    }
}
