using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using StackExchange.Redis;

namespace Prongsai.Tests.Infrastructure;

/// <summary>
/// A real Redis on loopback: Debian's redis-server (installed by test.sh), in memory only (no snapshot, no
/// append-only file), on a free port. It can be stopped and started again on the same port, as a Redis that goes away.
/// </summary>
public sealed class RedisTestServer : IAsyncDisposable
{
    private Process? process;
    private ConnectionMultiplexer? admin;

    public int Port { get; } = FreePort();

    /// <summary>The value for Prongsai:Redis.</summary>
    public string Configuration => $"127.0.0.1:{Port}";

    public async Task StartAsync()
    {
        process = Process.Start(new ProcessStartInfo("/usr/bin/redis-server",
            ["--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("redis-server did not start");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                if (process.HasExited)
                {
                    throw new InvalidOperationException("redis-server exited; is the redis-server package installed (test.sh installs it)?");
                }

                await Task.Delay(100);
            }
        }

        throw new TimeoutException("redis-server did not listen within 10 seconds");
    }

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

    public async Task StopAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process?.Dispose();
        process = null;
    }

    public async ValueTask DisposeAsync()
    {
        admin?.Dispose();
        await StopAsync();
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
