using Prongsai.Core.Data;

namespace Prongsai.Core.Notifications;

/// <summary>
/// Queues e-mail. Only adds a row to the caller's DbContext: the caller's SaveChanges (its transaction) commits the
/// mail together with the change it tells about.
/// </summary>
public static class MailOutbox
{
    public static OutboxMail Queue(ProngsaiDbContext db, int organizationId, string toAddress, string subject, string body, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(toAddress);
        var mail = new OutboxMail
        {
            OrganizationId = organizationId,
            MessageId = $"{Guid.NewGuid():N}@prongsai",
            ToAddress = toAddress.Trim(),
            Subject = subject.Length > 300 ? subject[..300] : subject,
            Body = body,
            CreatedAt = now,
            NextAttemptAt = now,
        };
        db.Add(mail);
        return mail;
    }
}
