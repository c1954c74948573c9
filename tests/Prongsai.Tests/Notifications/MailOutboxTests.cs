using System.Globalization;
using Microsoft.EntityFrameworkCore;
using MimeKit;
using Prongsai.Core.Data;
using Prongsai.Core.Notifications;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.UseCases;

namespace Prongsai.Tests.Notifications;

/// <summary>E-mail goes through the outbox to a real SMTP server, and a server that is away loses nothing.</summary>
public sealed class MailOutboxTests
{
    private static Task<MeasuresTestHost> StartAsync(DbProvider provider, SmtpTestServer smtp) =>
        MeasuresTestHost.StartAsync(provider, settings: new Dictionary<string, string?>
        {
            ["Prongsai:Mail:SmtpHost"] = "127.0.0.1",
            ["Prongsai:Mail:SmtpPort"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Prongsai:Mail:Security"] = "None",
            ["Prongsai:Mail:FromAddress"] = "no-reply@bangkha.example",
        });

    private static Task QueueAsync(MeasuresTestHost host, int number) =>
        host.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<ProngsaiDbContext>();
            MailOutbox.Queue(db, host.OrganizationId, $"villager{number}@example.org", $"เรื่องร้องเรียนที่ {number} ได้รับการตอบแล้ว",
                $"เรียน ผู้ร้อง\nเรื่องที่ {number} ตอบแล้ว", host.Clock.GetUtcNow());
            return await db.SaveChangesAsync();
        });

    private static Task RunJobAsync(MeasuresTestHost host) =>
        host.RunAsync(async sp =>
        {
            await sp.GetRequiredService<SendMailJob>().RunAsync(CancellationToken.None);
            return 0;
        });

    private static Task<bool> HasWorkAsync(MeasuresTestHost host) =>
        host.RunAsync(sp => sp.GetRequiredService<SendMailJob>().OrganizationsWithWork(sp.GetRequiredService<ProngsaiDbContext>())
            .ContainsAsync(host.OrganizationId));

    [Theory, Providers]
    public async Task Mail_queued_while_the_server_is_down_arrives_once_when_it_returns(DbProvider provider)
    {
        await using var smtp = new SmtpTestServer();
        await using var host = await StartAsync(provider, smtp);

        // The server is down: three notifications queue, the job's try fails and nothing is lost.
        for (var number = 1; number <= 3; number++)
        {
            await QueueAsync(host, number);
        }

        Assert.True(await HasWorkAsync(host));
        await RunJobAsync(host);
        var waiting = await host.QueryAsync(db => db.Set<OutboxMail>().OrderBy(m => m.Id).ToListAsync());
        Assert.Equal(3, waiting.Count);
        Assert.All(waiting, m => Assert.Null(m.SentAt));
        Assert.Equal(1, waiting[0].Attempts); // the unreachable server stops the batch: one failure counted, not three
        Assert.NotNull(waiting[0].LastError);
        Assert.True(waiting[0].NextAttemptAt > host.Clock.GetUtcNow());

        // It comes back; before the retry time only the untried mails go, after it all.
        await smtp.StartAsync();
        host.Clock.Now = host.Clock.Now.AddMinutes(5);
        await RunJobAsync(host);
        await RunJobAsync(host); // a second tick sends nothing again
        Assert.False(await HasWorkAsync(host));

        var sent = await host.QueryAsync(db => db.Set<OutboxMail>().ToListAsync());
        Assert.All(sent, m => Assert.NotNull(m.SentAt));
        var messages = smtp.Messages.Select(raw => MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(raw)))).ToList();
        Assert.Equal(3, messages.Count);
        Assert.Equal(sent.Select(m => m.MessageId).Order(), messages.Select(m => m.MessageId).Order());
        Assert.Contains(messages, m => m.Subject == "เรื่องร้องเรียนที่ 2 ได้รับการตอบแล้ว" && (m.TextBody ?? "").Contains("เรื่องที่ 2 ตอบแล้ว", StringComparison.Ordinal));
        Assert.All(messages, m => Assert.Equal("no-reply@bangkha.example", ((MailboxAddress)m.From.Single()).Address));
    }

    [Theory, Providers]
    public async Task A_change_that_is_not_saved_sends_no_mail(DbProvider provider)
    {
        await using var smtp = new SmtpTestServer();
        await smtp.StartAsync();
        await using var host = await StartAsync(provider, smtp);

        await host.RunAsync(sp =>
        {
            // Queued on a context that is never saved: the change and its mail are one.
            MailOutbox.Queue(sp.GetRequiredService<ProngsaiDbContext>(), host.OrganizationId, "a@example.org", "x", "y", host.Clock.GetUtcNow());
            return Task.FromResult(0);
        });
        await RunJobAsync(host);
        Assert.Empty(smtp.Messages);
        Assert.Equal(0, await host.QueryAsync(db => db.Set<OutboxMail>().CountAsync()));
    }

    [Fact]
    public void Retries_wait_longer_each_time_up_to_six_hours()
    {
        Assert.Equal(TimeSpan.FromSeconds(30), SendMailJob.WaitAfter(1));
        Assert.Equal(TimeSpan.FromMinutes(1), SendMailJob.WaitAfter(2));
        Assert.Equal(TimeSpan.FromMinutes(8), SendMailJob.WaitAfter(5));
        Assert.Equal(TimeSpan.FromHours(6), SendMailJob.WaitAfter(29));
    }

    [Theory, Providers]
    public async Task Without_a_mail_server_configured_mail_waits_in_the_outbox(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        await host.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<ProngsaiDbContext>();
            MailOutbox.Queue(db, host.OrganizationId, "a@example.org", "x", "y", host.Clock.GetUtcNow());
            return await db.SaveChangesAsync();
        });
        Assert.False(await HasWorkAsync(host));
        Assert.Equal(1, await host.QueryAsync(db => db.Set<OutboxMail>().CountAsync(m => m.SentAt == null)));
    }
}
