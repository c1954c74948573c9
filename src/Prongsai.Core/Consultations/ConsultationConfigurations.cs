using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Consultations;

internal sealed class ConsultationConfiguration : IEntityTypeConfiguration<Consultation>
{
    public void Configure(EntityTypeBuilder<Consultation> b)
    {
        b.ToTable("Consultations");
        b.Property(c => c.Title).HasMaxLength(ConsultationRules.Title);
        b.Property(c => c.Description).HasMaxLength(ConsultationRules.Description);
        b.Property(c => c.Summary).HasMaxLength(ConsultationRules.Summary);
        b.Property(c => c.WithdrawReason).HasMaxLength(ConsultationRules.Reason);
        b.Property(c => c.PublishedBy).HasMaxLength(ConsultationRules.Person);
        b.Property(c => c.SummaryBy).HasMaxLength(ConsultationRules.Person);
        b.Ignore(c => c.FiscalYear);
        b.HasOne<Department>().WithMany().HasForeignKey(c => c.DepartmentId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(c => c.Opinions).WithOne().HasForeignKey(o => o.ConsultationId).OnDelete(DeleteBehavior.Cascade);

        // The website lists an organization's published consultations, newest first.
        b.HasIndex(c => new { c.OrganizationId, c.Status, c.OpensOn });
    }
}

internal sealed class OpinionConfiguration : IEntityTypeConfiguration<Opinion>
{
    public void Configure(EntityTypeBuilder<Opinion> b)
    {
        b.ToTable("ConsultationOpinions");
        b.Property(o => o.Text).HasMaxLength(ConsultationRules.OpinionText);
        b.Property(o => o.Name).HasMaxLength(ConsultationRules.Name);
        b.Property(o => o.Contact).HasMaxLength(ConsultationRules.Contact);
        b.Property(o => o.ExcludedReason).HasMaxLength(ConsultationRules.Reason);
        b.HasIndex(o => new { o.OrganizationId, o.ConsultationId });
    }
}
