using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Prongsai.Core.Money;
using Prongsai.Core.Organizations;
using Prongsai.Core.Publishing;

namespace Prongsai.Core.Procurement;

/// <summary>Text lengths of procurement data.</summary>
public static class ProcurementLimits
{
    public const int Title = 1000;
    public const int Name = 300;
    public const int Short = 100;
    public const int Reason = 2000;
}

internal sealed class ProcurementPlanConfiguration : IEntityTypeConfiguration<ProcurementPlan>
{
    public void Configure(EntityTypeBuilder<ProcurementPlan> b)
    {
        b.ToTable("ProcurementPlans");
        b.HasIndex(p => new { p.OrganizationId, p.FiscalYear }).IsUnique();
        b.HasMany(p => p.Items).WithOne().HasForeignKey(i => i.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.Revisions).WithOne().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProcurementPlanItemConfiguration : IEntityTypeConfiguration<ProcurementPlanItem>
{
    public void Configure(EntityTypeBuilder<ProcurementPlanItem> b)
    {
        b.ToTable("ProcurementPlanItems");
        b.Property(i => i.Name).HasMaxLength(ProcurementLimits.Title);
        b.Property(i => i.Unit).HasMaxLength(ProcurementLimits.Short);
        b.Property(i => i.FundingSource).HasMaxLength(ProcurementLimits.Name);
        b.Property(i => i.Quantity).HasPrecision(ThaiMoney.Precision, ThaiMoney.Scale);
        b.Property(i => i.UnitPrice).HasPrecision(ThaiMoney.Precision, ThaiMoney.Scale);
        b.Property(i => i.Budget).HasPrecision(ThaiMoney.Precision, ThaiMoney.Scale);
        b.HasIndex(i => new { i.OrganizationId, i.PlanId, i.Ordinal });
        b.HasOne<Department>().WithMany().HasForeignKey(i => i.DepartmentId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class ProcurementPlanRevisionConfiguration : IEntityTypeConfiguration<ProcurementPlanRevision>
{
    public void Configure(EntityTypeBuilder<ProcurementPlanRevision> b)
    {
        b.ToTable("ProcurementPlanRevisions");
        b.Property(r => r.PublishedByUserId).HasMaxLength(450);
        b.Property(r => r.PublishedByName).HasMaxLength(200);
        b.Property(r => r.Reason).HasMaxLength(ProcurementLimits.Reason);
        b.HasIndex(r => new { r.PlanId, r.Number }).IsUnique();
        b.HasIndex(r => r.OrganizationId);
    }
}

internal sealed class ProcurementRecordConfiguration : IEntityTypeConfiguration<ProcurementRecord>
{
    public void Configure(EntityTypeBuilder<ProcurementRecord> b)
    {
        b.ToTable("ProcurementRecords");
        b.Property(r => r.Title).HasMaxLength(ProcurementLimits.Title);
        b.Property(r => r.BudgetAmount).HasPrecision(ThaiMoney.Precision, ThaiMoney.Scale);
        b.Property(r => r.ReferencePrice).HasPrecision(ThaiMoney.Precision, ThaiMoney.Scale);
        b.Property(r => r.AgreedPrice).HasPrecision(ThaiMoney.Precision, ThaiMoney.Scale);
        b.Property(r => r.MethodNote).HasMaxLength(ProcurementLimits.Name);
        b.Property(r => r.SelectedSupplier).HasMaxLength(ProcurementLimits.Name);
        b.Property(r => r.SelectionReason).HasMaxLength(ProcurementLimits.Reason);
        b.Property(r => r.ContractNumber).HasMaxLength(ProcurementLimits.Short);
        b.Property(r => r.BudgetSource).HasMaxLength(ProcurementLimits.Name);
        b.Property(r => r.EgpProjectNumber).HasMaxLength(ProcurementLimits.Short);
        b.HasIndex(r => new { r.OrganizationId, r.FiscalYear, r.Month, r.Ordinal });
        b.HasOne<ProcurementPlanItem>().WithMany().HasForeignKey(r => r.PlanItemId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<Department>().WithMany().HasForeignKey(r => r.DepartmentId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(r => r.Bids).WithOne().HasForeignKey(x => x.RecordId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(r => r.Announcements).WithOne().HasForeignKey(x => x.RecordId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProcurementBidConfiguration : IEntityTypeConfiguration<ProcurementBid>
{
    public void Configure(EntityTypeBuilder<ProcurementBid> b)
    {
        b.ToTable("ProcurementBids");
        b.Property(x => x.Bidder).HasMaxLength(ProcurementLimits.Name);
        b.Property(x => x.Price).HasPrecision(ThaiMoney.Precision, ThaiMoney.Scale);
        b.HasIndex(x => x.OrganizationId);
    }
}

internal sealed class ProcurementAnnouncementConfiguration : IEntityTypeConfiguration<ProcurementAnnouncement>
{
    public void Configure(EntityTypeBuilder<ProcurementAnnouncement> b)
    {
        b.ToTable("ProcurementAnnouncements");
        b.HasIndex(x => new { x.RecordId, x.DocumentId }).IsUnique();
        b.HasIndex(x => x.OrganizationId);
        b.HasOne<Document>().WithMany().HasForeignKey(x => x.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ProcurementReportPublicationConfiguration : IEntityTypeConfiguration<ProcurementReportPublication>
{
    public void Configure(EntityTypeBuilder<ProcurementReportPublication> b)
    {
        b.ToTable("ProcurementReportPublications");
        b.Property(p => p.PublishedByUserId).HasMaxLength(450);
        b.Property(p => p.PublishedByName).HasMaxLength(200);
        b.HasIndex(p => new { p.OrganizationId, p.FiscalYear, p.Kind, p.Month }).IsUnique();
    }
}
