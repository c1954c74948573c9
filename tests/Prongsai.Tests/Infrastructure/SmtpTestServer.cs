using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Prongsai.Tests.Infrastructure;

/// <summary>
/// A real SMTP server on loopback: Debian's aiosmtpd (python3-aiosmtpd, installed by test.sh) writing every message
/// it accepts into a Maildir. It can be stopped and started again on the same port, as a mail server that goes away.
/// </summary>
public sealed class SmtpTestServer : IAsyncDisposable
{
    private Process? process;

    public SmtpTestServer()
    {
        Port = FreePort();
        Maildir = Directory.CreateTempSubdirectory("prongsai-smtp-").FullName;
        foreach (var part in new[] { "tmp", "new", "cur" })
        {
            Directory.CreateDirectory(Path.Combine(Maildir, part)); // a Maildir; the handler expects its folders
        }
    }

    public int Port { get; }
    public string Maildir { get; }

    /// <summary>The raw messages received so far.</summary>
    public IReadOnlyList<string> Messages =>
        Directory.Exists(Path.Combine(Maildir, "new"))
            ? Directory.GetFiles(Path.Combine(Maildir, "new")).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList()
            : [];

    public async Task StartAsync()
    {
        const string python = "/usr/bin/python3"; // Debian's, where python3-aiosmtpd is installed
        process = Process.Start(new ProcessStartInfo(python,
            ["-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "aiosmtpd.handlers.Mailbox", Maildir])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("aiosmtpd did not start");
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
                    throw new InvalidOperationException("aiosmtpd exited; is python3-aiosmtpd installed (test.sh installs it)?");
                }

                await Task.Delay(100);
            }
        }

        throw new TimeoutException("aiosmtpd did not listen within 10 seconds");
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
        await StopAsync();
        Directory.Delete(Maildir, recursive: true);
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
