using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.CorruptionRisks;

internal sealed class RiskAssessmentConfiguration : IEntityTypeConfiguration<RiskAssessment>
{
    public void Configure(EntityTypeBuilder<RiskAssessment> b)
    {
        b.ToTable("RiskAssessments");
        b.Property(a => a.ApprovedByUserId).HasMaxLength(450);
        b.Property(a => a.ApprovedBy).HasMaxLength(RiskRules.Person);
        b.Property(a => a.ReopenReason).HasMaxLength(RiskRules.Reason);

        // One assessment per organization and year: two members starting the year at once end up in the same one.
        b.HasIndex(a => new { a.OrganizationId, a.FiscalYear }).IsUnique();
        b.HasMany(a => a.Risks).WithOne(r => r.Assessment).HasForeignKey(r => r.AssessmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CorruptionRiskConfiguration : IEntityTypeConfiguration<CorruptionRisk>
{
    public void Configure(EntityTypeBuilder<CorruptionRisk> b)
    {
        b.ToTable("CorruptionRisks");
        b.Property(r => r.Process).HasMaxLength(RiskRules.Process);
        b.Property(r => r.Description).HasMaxLength(RiskRules.Description);
        b.Property(r => r.ExistingControls).HasMaxLength(RiskRules.Controls);
        b.Property(r => r.Measures).HasMaxLength(RiskRules.Measures);
        b.Property(r => r.Period).HasMaxLength(RiskRules.Period);
        b.Ignore(r => r.Score);
        b.Ignore(r => r.Level);
        b.HasOne<Department>().WithMany().HasForeignKey(r => r.DepartmentId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(r => r.FollowUps).WithOne().HasForeignKey(f => f.RiskId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(r => new { r.OrganizationId, r.AssessmentId });
    }
}

internal sealed class RiskFollowUpConfiguration : IEntityTypeConfiguration<RiskFollowUp>
{
    public void Configure(EntityTypeBuilder<RiskFollowUp> b)
    {
        b.ToTable("RiskFollowUps");
        b.Property(f => f.Result).HasMaxLength(RiskRules.Result);
        b.Property(f => f.RecordedByUserId).HasMaxLength(450);
        b.Property(f => f.RecordedBy).HasMaxLength(RiskRules.Person);

        // One report per risk and round; a second is an edit of the first.
        b.HasIndex(f => new { f.RiskId, f.Round }).IsUnique();
        b.HasIndex(f => f.OrganizationId);
    }
}
