using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Prongsai.Data.Redis;

/// <summary>
/// The one connection to the shared Redis (Prongsai:Redis, a StackExchange.Redis configuration string such as
/// "127.0.0.1:6379"). It never blocks start-up on Redis (abortConnect=false) and gives up on a command after
/// Prongsai:RedisTimeoutMs (default 500 ms): Redis holds a cache and counters, so callers go on without it.
/// </summary>
public sealed class RedisStore : IDisposable
{
    public const string ConfigurationKey = "Prongsai:Redis";

    private readonly ConnectionMultiplexer connection;
    private readonly ILogger<RedisStore> logger;
    private long lastWarningTicks;

    public RedisStore(IConfiguration configuration, ILogger<RedisStore> logger)
    {
        this.logger = logger;
        var options = ConfigurationOptions.Parse(configuration[ConfigurationKey]!);
        var timeout = configuration.GetValue("Prongsai:RedisTimeoutMs", 500);
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = Math.Max(timeout, 1000);
        options.SyncTimeout = timeout;
        options.AsyncTimeout = timeout;
        options.ConnectRetry = 1;
        options.ClientName ??= "prongsai";
        connection = ConnectionMultiplexer.Connect(options);
    }

    public static bool IsConfigured(IConfiguration configuration) => !string.IsNullOrWhiteSpace(configuration[ConfigurationKey]);

    public IDatabase Database => connection.GetDatabase();

    /// <summary>Logs that Redis failed, at most once every 10 seconds per node (a dead Redis must not flood the log).</summary>
    public void Warn(Exception exception, string what)
    {
        var now = Environment.TickCount64;
        var last = Interlocked.Read(ref lastWarningTicks);
        if (now - last < 10_000 && last != 0)
        {
            return;
        }

        Interlocked.Exchange(ref lastWarningTicks, now);
        logger.LogWarning(exception, "Redis unavailable ({What}); going on without it", what);
    }

    public void Dispose() => connection.Dispose();
}
