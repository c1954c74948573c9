using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Prongsai.Core.Gifts;

internal sealed class GiftReportConfiguration : IEntityTypeConfiguration<GiftReport>
{
    public void Configure(EntityTypeBuilder<GiftReport> b)
    {
        b.ToTable("GiftReports");
        b.Property(g => g.ReceiverUserId).HasMaxLength(450);
        b.Property(g => g.ReceiverName).HasMaxLength(GiftRules.Person);
        b.Property(g => g.ReceiverPosition).HasMaxLength(GiftRules.Position);
        b.Property(g => g.GiverName).HasMaxLength(GiftRules.Person);
        b.Property(g => g.Occasion).HasMaxLength(GiftRules.Occasion);
        b.Property(g => g.Description).HasMaxLength(GiftRules.Description);
        b.Property(g => g.Value).HasPrecision(14, 2);
        b.Property(g => g.DecidedByUserId).HasMaxLength(450);
        b.Property(g => g.DecidedBy).HasMaxLength(GiftRules.Person);
        b.Property(g => g.DecisionNote).HasMaxLength(GiftRules.Note);
        b.Property(g => g.SettledBy).HasMaxLength(GiftRules.Person);
        b.Property(g => g.SettledNote).HasMaxLength(GiftRules.Note);

        // The year's report and the lists read by organization and the day received; the dashboard by status.
        b.HasIndex(g => new { g.OrganizationId, g.ReceivedOn });
        b.HasIndex(g => new { g.OrganizationId, g.Status });
    }
}
