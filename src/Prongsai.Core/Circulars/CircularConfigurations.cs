using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Prongsai.Core.Circulars;

internal sealed class CircularConfiguration : IEntityTypeConfiguration<Circular>
{
    public void Configure(EntityTypeBuilder<Circular> b)
    {
        b.ToTable("Circulars");
        b.Property(c => c.Number).HasMaxLength(CircularLimits.Number);
        b.Property(c => c.Title).HasMaxLength(CircularLimits.Title);
        b.Property(c => c.Body).HasMaxLength(CircularLimits.Body);
        b.Property(c => c.Audience).HasMaxLength(CircularLimits.Audience);
        b.Property(c => c.IssuedByUserId).HasMaxLength(450);
        b.Property(c => c.IssuedBy).HasMaxLength(CircularLimits.Name);
        b.Property(c => c.CancelledBy).HasMaxLength(CircularLimits.Name);
        b.Property(c => c.CancelReason).HasMaxLength(CircularLimits.Reason);
        b.Property(c => c.FileKey).HasMaxLength(500);
        b.Property(c => c.FileName).HasMaxLength(300);
        b.Property(c => c.ContentType).HasMaxLength(100);
        b.Property(c => c.FileSha256).HasMaxLength(64);
        b.HasIndex(c => new { c.OrganizationId, c.IssuedAt });
        b.HasMany(c => c.Recipients).WithOne().HasForeignKey(r => r.CircularId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CircularRecipientConfiguration : IEntityTypeConfiguration<CircularRecipient>
{
    public void Configure(EntityTypeBuilder<CircularRecipient> b)
    {
        b.ToTable("CircularRecipients");
        b.Property(r => r.UserId).HasMaxLength(450);
        b.Property(r => r.DisplayName).HasMaxLength(CircularLimits.Name);
        b.HasIndex(r => new { r.CircularId, r.UserId }).IsUnique();
        // "What is waiting for me": a member's unacknowledged circulars, on every dashboard.
        b.HasIndex(r => new { r.OrganizationId, r.UserId, r.AcknowledgedAt });
    }
}
