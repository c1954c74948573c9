namespace Prongsai.Core.Notifications;

/// <summary>Hands one e-mail to the mail server; throws when it could not.</summary>
public interface IMailSender
{
    Task SendAsync(OutboxMail mail, CancellationToken cancellationToken);
}
