using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Satisfaction;

internal sealed class SatisfactionResponseConfiguration : IEntityTypeConfiguration<SatisfactionResponse>
{
    public void Configure(EntityTypeBuilder<SatisfactionResponse> b)
    {
        b.ToTable("SatisfactionResponses");
        b.Property(r => r.Suggestion).HasMaxLength(SatisfactionRules.Suggestion);
        b.HasOne<Department>().WithMany().HasForeignKey(r => r.DepartmentId).OnDelete(DeleteBehavior.SetNull);

        // Results are read a fiscal year at a time.
        b.HasIndex(r => new { r.OrganizationId, r.FiscalYear });
    }
}

internal sealed class SatisfactionReportConfiguration : IEntityTypeConfiguration<SatisfactionReport>
{
    public void Configure(EntityTypeBuilder<SatisfactionReport> b)
    {
        b.ToTable("SatisfactionReports");
        b.Property(r => r.Findings).HasMaxLength(SatisfactionRules.Findings);
        b.Property(r => r.PublishedBy).HasMaxLength(SatisfactionRules.Person);
        b.Property(r => r.CorrectedBy).HasMaxLength(SatisfactionRules.Person);
        b.HasIndex(r => new { r.OrganizationId, r.FiscalYear }).IsUnique();
    }
}
