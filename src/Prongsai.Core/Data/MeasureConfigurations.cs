using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Prongsai.Core.Measures;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Data;

internal sealed class MeasurePlanConfiguration : IEntityTypeConfiguration<MeasurePlan>
{
    public void Configure(EntityTypeBuilder<MeasurePlan> b)
    {
        b.HasIndex(p => new { p.OrganizationId, p.FiscalYear }).IsUnique();
        b.Property(p => p.Title).HasMaxLength(1000);
        b.Property(p => p.ApprovalRequestedBy).HasMaxLength(256);
        b.HasOne<Organization>().WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.Measures).WithOne(m => m.Plan).HasForeignKey(m => m.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MeasureConfiguration : IEntityTypeConfiguration<Measure>
{
    public void Configure(EntityTypeBuilder<Measure> b)
    {
        b.Property(m => m.Number).HasMaxLength(20);
        b.Property(m => m.PeriodText).HasMaxLength(200);
        b.Property(m => m.Indicators).HasMaxLength(100);
        b.Property(m => m.OtherResponsible).HasMaxLength(1000);
        b.HasMany(m => m.Steps).WithOne().HasForeignKey(s => s.MeasureId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(m => m.Results).WithOne().HasForeignKey(r => r.MeasureId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(m => m.Departments).WithOne().HasForeignKey(d => d.MeasureId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MeasureDepartmentConfiguration : IEntityTypeConfiguration<MeasureDepartment>
{
    public void Configure(EntityTypeBuilder<MeasureDepartment> b)
    {
        b.HasIndex(d => new { d.MeasureId, d.DepartmentId }).IsUnique();
        b.HasOne<Department>().WithMany().HasForeignKey(d => d.DepartmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MeasureStepConfiguration : IEntityTypeConfiguration<MeasureStep>
{
    public void Configure(EntityTypeBuilder<MeasureStep> b) =>
        b.HasMany(s => s.Progress).WithOne().HasForeignKey(p => p.StepId).OnDelete(DeleteBehavior.Cascade);
}

internal sealed class ProgressEntryConfiguration : IEntityTypeConfiguration<ProgressEntry>
{
    public void Configure(EntityTypeBuilder<ProgressEntry> b)
    {
        b.Property(p => p.AuthorName).HasMaxLength(256);
        b.Ignore(p => p.IsCurrent);
        b.HasMany(p => p.Evidence).WithOne().HasForeignKey(e => e.ProgressEntryId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EvidenceConfiguration : IEntityTypeConfiguration<Evidence>
{
    public void Configure(EntityTypeBuilder<Evidence> b)
    {
        b.Property(e => e.Title).HasMaxLength(500);
        b.Property(e => e.Url).HasMaxLength(2000);
        b.Property(e => e.FileKey).HasMaxLength(200);
        b.Property(e => e.FileName).HasMaxLength(255);
        b.Property(e => e.ContentType).HasMaxLength(100);
        b.Property(e => e.Sha256).HasMaxLength(64);
    }
}

internal sealed class MeasureReportVersionConfiguration : IEntityTypeConfiguration<MeasureReportVersion>
{
    public void Configure(EntityTypeBuilder<MeasureReportVersion> b)
    {
        b.HasIndex(v => new { v.OrganizationId, v.FiscalYear, v.Version }).IsUnique();
        b.Property(v => v.PublishedBy).HasMaxLength(256);
        b.Property(v => v.SnapshotSha256).HasMaxLength(64);
        b.Property(v => v.DocxFileKey).HasMaxLength(200);
        b.Property(v => v.PdfFileKey).HasMaxLength(200);
        b.HasOne<MeasurePlan>().WithMany().HasForeignKey(v => v.PlanId).OnDelete(DeleteBehavior.Cascade);
        // Only versions the search indexer has not seen yet: a handful at any time, whatever the installation's size.
        b.HasIndex(v => v.SearchIndexedAt).HasFilter("\"SearchIndexedAt\" IS NULL").HasDatabaseName("IX_MeasureReportVersions_NotIndexed");
    }
}
