using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Prongsai.Core.Data;
using Prongsai.Core.Jobs;

namespace Prongsai.Core.Notifications;

/// <summary>
/// Sends the outbox. Each mail is marked sent as soon as the server accepted it; a failure is counted and retried
/// later with a growing wait (30 s, 1 min, 2 min, … up to 6 h), so a mail server that is down for a day loses
/// nothing and is not hammered. When the server cannot be reached at all, the rest of the batch waits for the next
/// tick instead of each mail counting a failure.
/// </summary>
public sealed class SendMailJob(ProngsaiDbContext db, IMailSender sender, IOptions<MailOptions> options, TimeProvider clock, ILogger<SendMailJob> logger)
    : IBackgroundJob
{
    public const int BatchSize = 50;
    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan LongestWait = TimeSpan.FromHours(6);

    public string Name => "send-mail";

    public IQueryable<int> OrganizationsWithWork(ProngsaiDbContext context)
    {
        if (!options.Value.IsConfigured)
        {
            return context.Set<OutboxMail>().IgnoreQueryFilters().Where(_ => false).Select(m => m.OrganizationId);
        }

        var now = clock.GetUtcNow();
        return context.Set<OutboxMail>().IgnoreQueryFilters()
            .Where(m => m.SentAt == null && m.FailedAt == null && m.NextAttemptAt <= now)
            .Select(m => m.OrganizationId);
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = await db.Set<OutboxMail>()
            .Where(m => m.SentAt == null && m.FailedAt == null && m.NextAttemptAt <= now)
            .OrderBy(m => m.Id).Take(BatchSize).ToListAsync(cancellationToken);
        foreach (var mail in due)
        {
            try
            {
                await sender.SendAsync(mail, cancellationToken);
                mail.SentAt = clock.GetUtcNow();
                mail.LastError = null;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The address is personal data: the log names the outbox row only.
                logger.LogWarning("Mail {MailId} not sent (attempt {Attempt}): {Error}", mail.Id, mail.Attempts + 1, exception.Message);
                RecordFailure(mail, exception, clock.GetUtcNow());
                if (IsServerUnreachable(exception))
                {
                    await db.SaveChangesAsync(cancellationToken);
                    return;
                }
            }

            await db.SaveChangesAsync(cancellationToken);
        }
    }

    public static TimeSpan WaitAfter(int attempts)
    {
        var seconds = FirstRetry.TotalSeconds * Math.Pow(2, Math.Min(attempts - 1, 20));
        return TimeSpan.FromSeconds(Math.Min(seconds, LongestWait.TotalSeconds));
    }

    private static void RecordFailure(OutboxMail mail, Exception exception, DateTimeOffset now)
    {
        mail.Attempts++;
        var message = exception.Message;
        mail.LastError = message.Length > 1000 ? message[..1000] : message;
        mail.NextAttemptAt = now + WaitAfter(mail.Attempts);
        if (mail.Attempts >= OutboxMail.MaxAttempts)
        {
            mail.FailedAt = now;
        }
    }

    private static bool IsServerUnreachable(Exception exception) =>
        exception is System.Net.Sockets.SocketException or MailKit.Security.SslHandshakeException or TimeoutException
        || exception.InnerException is System.Net.Sockets.SocketException;
}
