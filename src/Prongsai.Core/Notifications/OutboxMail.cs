using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Notifications;

/// <summary>
/// An e-mail waiting to be sent, written in the same transaction as the change it tells about (the outbox pattern):
/// if the change is saved the mail will go, however long the mail server is away; if the change is rolled back,
/// no mail. <see cref="SendMailJob"/> sends it with retries and backoff.
/// </summary>
public sealed class OutboxMail : ITenantOwned
{
    public const int MaxAttempts = 30;

    public int Id { get; set; }
    public int OrganizationId { get; set; }

    /// <summary>Stable across retries: receivers and tests recognise a second delivery of the same mail.</summary>
    public required string MessageId { get; set; }

    public required string ToAddress { get; set; }
    public required string Subject { get; set; }

    /// <summary>Plain text, UTF-8.</summary>
    public required string Body { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }

    /// <summary>Set when it was given up after <see cref="MaxAttempts"/>; it stays for an administrator to see.</summary>
    public DateTimeOffset? FailedAt { get; set; }

    /// <summary>The last error of the mail server, for the administrator (never shown to the public).</summary>
    public string? LastError { get; set; }
}

internal sealed class OutboxMailConfiguration : IEntityTypeConfiguration<OutboxMail>
{
    public void Configure(EntityTypeBuilder<OutboxMail> b)
    {
        b.ToTable("OutboxMails");
        b.Property(m => m.MessageId).HasMaxLength(100);
        b.Property(m => m.ToAddress).HasMaxLength(320);
        b.Property(m => m.Subject).HasMaxLength(300);
        b.Property(m => m.LastError).HasMaxLength(1000);
        b.HasIndex(m => new { m.SentAt, m.FailedAt, m.NextAttemptAt });
    }
}
