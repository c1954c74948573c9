using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Requests;

internal sealed class RequestTypeConfiguration : IEntityTypeConfiguration<RequestType>
{
    public void Configure(EntityTypeBuilder<RequestType> b)
    {
        b.ToTable("RequestTypes");
        b.Property(t => t.Name).HasMaxLength(200);
        b.Property(t => t.NameEnglish).HasMaxLength(200);
        b.HasIndex(t => new { t.OrganizationId, t.Kind }).IsUnique();
        b.HasOne<Department>().WithMany().HasForeignKey(t => t.HandlingDepartmentId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class TrackedRequestConfiguration : IEntityTypeConfiguration<TrackedRequest>
{
    public void Configure(EntityTypeBuilder<TrackedRequest> b)
    {
        b.ToTable("TrackedRequests");
        b.Ignore(r => r.IsOpen);
        // Unique across organizations: a code opens exactly one request anywhere.
        b.HasIndex(r => r.TrackingCodeHash).IsUnique();
        b.Property(r => r.TrackingCodeHash).HasMaxLength(64);
        b.Property(r => r.Subject).HasMaxLength(RequestLimits.Subject);
        b.Property(r => r.Details).HasMaxLength(RequestLimits.Details);
        b.Property(r => r.OfficerUserId).HasMaxLength(450);
        b.Property(r => r.OfficerName).HasMaxLength(200);
        b.Property(r => r.ForwardedTo).HasMaxLength(300);
        b.Property(r => r.Answer).HasMaxLength(RequestLimits.Details);
        b.Property(r => r.Outcome).HasMaxLength(RequestLimits.Message);
        b.Property(r => r.RequesterName).HasMaxLength(RequestLimits.Name);
        b.Property(r => r.RequesterContact).HasMaxLength(RequestLimits.Contact);
        b.HasIndex(r => new { r.OrganizationId, r.Status, r.DueOn });
        b.HasOne(r => r.Type).WithMany().HasForeignKey(r => r.TypeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Department>().WithMany().HasForeignKey(r => r.DepartmentId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(r => r.Steps).WithOne().HasForeignKey(s => s.RequestId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(r => r.Messages).WithOne().HasForeignKey(m => m.RequestId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(r => r.Attachments).WithOne().HasForeignKey(a => a.RequestId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RequestStepConfiguration : IEntityTypeConfiguration<RequestStep>
{
    public void Configure(EntityTypeBuilder<RequestStep> b)
    {
        b.ToTable("RequestSteps");
        b.Property(s => s.Note).HasMaxLength(RequestLimits.Message);
        b.Property(s => s.ActorName).HasMaxLength(200);
    }
}

internal sealed class RequestMessageConfiguration : IEntityTypeConfiguration<RequestMessage>
{
    public void Configure(EntityTypeBuilder<RequestMessage> b)
    {
        b.ToTable("RequestMessages");
        b.Property(m => m.AuthorName).HasMaxLength(200);
        b.Property(m => m.Text).HasMaxLength(RequestLimits.Message);
    }
}

internal sealed class RequestAttachmentConfiguration : IEntityTypeConfiguration<RequestAttachment>
{
    public void Configure(EntityTypeBuilder<RequestAttachment> b)
    {
        b.ToTable("RequestAttachments");
        b.Property(a => a.FileKey).HasMaxLength(200);
        b.Property(a => a.FileName).HasMaxLength(200);
        b.Property(a => a.ContentType).HasMaxLength(100);
        b.Property(a => a.Sha256).HasMaxLength(64);
    }
}

/// <summary>Size limits of what citizens and staff type (checked with Thai messages before anything is saved).</summary>
public static class RequestLimits
{
    public const int Subject = 200;
    public const int Details = 8000;
    public const int Message = 4000;
    public const int Name = 200;
    public const int Contact = 200;
    public const int MaxFiles = 3;
    public const long MaxFileBytes = 10 * 1024 * 1024;

    /// <summary>
    /// The files all requests of one office may bring in one Bangkok day: some 40 complaints with three phone photos
    /// each, more than a local office receives, and a bound on what strangers can make the server keep.
    /// </summary>
    public const long AttachmentBytesPerDay = 200L * 1024 * 1024;
}
