using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Prongsai.Tests.Infrastructure;

/// <summary>
/// A real server from Debian's packages that the tests start on a free loopback port, wait for until it listens,
/// and can stop and start again on the same port (a server that goes away and comes back).
/// </summary>
public sealed class LoopbackServerProcess(string name, string fileName, Func<int, IEnumerable<string>> arguments, string installHint)
{
    private Process? process;

    public int Port { get; } = FreePort();

    public async Task StartAsync()
    {
        process = Process.Start(new ProcessStartInfo(fileName, arguments(Port))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException($"{name} did not start");
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
                    throw new InvalidOperationException($"{name} exited; {installHint}");
                }

                await Task.Delay(100);
            }
        }

        throw new TimeoutException($"{name} did not listen within 10 seconds");
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

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
