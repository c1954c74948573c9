namespace Prongsai.Core.Notifications;

/// <summary>
/// Prongsai:Mail — the SMTP server that carries Prongsai's e-mail. Without a host, mail waits in the outbox (nothing
/// is dropped) until one is configured.
/// </summary>
public sealed class MailOptions
{
    public const string Section = "Prongsai:Mail";

    public string? SmtpHost { get; set; }
    public int SmtpPort { get; set; } = 25;

    /// <summary>None, StartTls, StartTlsWhenAvailable (default) or SslOnConnect.</summary>
    public string Security { get; set; } = "StartTlsWhenAvailable";

    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string FromAddress { get; set; } = "no-reply@prongsai.local";
    public string FromName { get; set; } = "Prongsai โปร่งใส";
    public int TimeoutSeconds { get; set; } = 30;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(SmtpHost);
}
