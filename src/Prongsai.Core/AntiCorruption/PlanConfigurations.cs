using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Prongsai.Core.Money;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.AntiCorruption;

internal sealed class AntiCorruptionPlanConfiguration : IEntityTypeConfiguration<AntiCorruptionPlan>
{
    public void Configure(EntityTypeBuilder<AntiCorruptionPlan> b)
    {
        b.ToTable("AntiCorruptionPlans");
        b.Property(p => p.Title).HasMaxLength(PlanRules.Title);
        b.Property(p => p.ApprovedByUserId).HasMaxLength(450);
        b.Property(p => p.ApprovedBy).HasMaxLength(PlanRules.Person);
        b.Property(p => p.ReopenReason).HasMaxLength(PlanRules.Reason);
        b.Ignore(p => p.DisplayTitle);

        // One plan per organization and year: two members starting the year at once end up in the same one.
        b.HasIndex(p => new { p.OrganizationId, p.FiscalYear }).IsUnique();
        b.HasMany(p => p.Projects).WithOne(j => j.Plan).HasForeignKey(j => j.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PlanProjectConfiguration : IEntityTypeConfiguration<PlanProject>
{
    public void Configure(EntityTypeBuilder<PlanProject> b)
    {
        b.ToTable("AntiCorruptionProjects");
        b.Property(j => j.Name).HasMaxLength(PlanRules.Name);
        b.Property(j => j.Objective).HasMaxLength(PlanRules.Objective);
        b.Property(j => j.Period).HasMaxLength(PlanRules.Period);
        b.Property(j => j.Budget).HasPrecision(ThaiMoney.Precision, ThaiMoney.Scale);
        b.HasOne<Department>().WithMany().HasForeignKey(j => j.DepartmentId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(j => j.Reports).WithOne().HasForeignKey(r => r.ProjectId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(j => new { j.OrganizationId, j.PlanId });
    }
}

internal sealed class ProjectReportConfiguration : IEntityTypeConfiguration<ProjectReport>
{
    public void Configure(EntityTypeBuilder<ProjectReport> b)
    {
        b.ToTable("AntiCorruptionProjectReports");
        b.Property(r => r.Spent).HasPrecision(ThaiMoney.Precision, ThaiMoney.Scale);
        b.Property(r => r.Result).HasMaxLength(PlanRules.Result);
        b.Property(r => r.RecordedByUserId).HasMaxLength(450);
        b.Property(r => r.RecordedBy).HasMaxLength(PlanRules.Person);

        // One report per project and round; a second corrects the first.
        b.HasIndex(r => new { r.OrganizationId, r.ProjectId, r.Round }).IsUnique();
    }
}
