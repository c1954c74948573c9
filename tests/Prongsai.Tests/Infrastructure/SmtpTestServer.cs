namespace Prongsai.Tests.Infrastructure;

/// <summary>
/// A real SMTP server on loopback: Debian's aiosmtpd (python3-aiosmtpd, installed by test.sh) writing every message
/// it accepts into a Maildir. It can be stopped and started again on the same port, as a mail server that goes away.
/// </summary>
public sealed class SmtpTestServer : IAsyncDisposable
{
    private readonly LoopbackServerProcess server;

    public SmtpTestServer()
    {
        Maildir = Directory.CreateTempSubdirectory("prongsai-smtp-").FullName;
        foreach (var part in new[] { "tmp", "new", "cur" })
        {
            Directory.CreateDirectory(Path.Combine(Maildir, part)); // a Maildir; the handler expects its folders
        }

        // Debian's python3, where python3-aiosmtpd is installed.
        server = new LoopbackServerProcess("aiosmtpd", "/usr/bin/python3",
            port => ["-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port}", "-c", "aiosmtpd.handlers.Mailbox", Maildir],
            "is python3-aiosmtpd installed (test.sh installs it)?");
    }

    public int Port => server.Port;
    public string Maildir { get; }

    /// <summary>The raw messages received so far.</summary>
    public IReadOnlyList<string> Messages =>
        Directory.Exists(Path.Combine(Maildir, "new"))
            ? Directory.GetFiles(Path.Combine(Maildir, "new")).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList()
            : [];

    public Task StartAsync() => server.StartAsync();

    public Task StopAsync() => server.StopAsync();

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Directory.Delete(Maildir, recursive: true);
    }
}
