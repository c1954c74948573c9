using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Prongsai.Core.Notifications;

/// <summary>Sends over SMTP with MailKit (docs/decisions.md): UTF-8 Thai subjects and bodies, the outbox's Message-Id.</summary>
public sealed class SmtpMailSender(IOptions<MailOptions> options) : IMailSender
{
    public async Task SendAsync(OutboxMail mail, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var message = new MimeMessage { MessageId = mail.MessageId, Subject = mail.Subject };
        message.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
        message.To.Add(MailboxAddress.Parse(mail.ToAddress));
        message.Body = new TextPart("plain") { Text = mail.Body };

        using var client = new SmtpClient { Timeout = settings.TimeoutSeconds * 1000 };
        await client.ConnectAsync(settings.SmtpHost ?? throw new InvalidOperationException("Prongsai:Mail:SmtpHost is not set"), settings.SmtpPort, Enum.Parse<SecureSocketOptions>(settings.Security, ignoreCase: true), cancellationToken);
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
