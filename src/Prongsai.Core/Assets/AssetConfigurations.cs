using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Prongsai.Core.Assets;

internal sealed class AssetConfiguration : IEntityTypeConfiguration<Asset>
{
    public void Configure(EntityTypeBuilder<Asset> b)
    {
        b.ToTable("Assets");
        b.Property(a => a.Code).HasMaxLength(AssetLimits.Code);
        b.Property(a => a.Name).HasMaxLength(AssetLimits.Name);
        b.Property(a => a.Category).HasMaxLength(AssetLimits.Category);
        b.Property(a => a.Location).HasMaxLength(AssetLimits.Location);
        b.Property(a => a.Notes).HasMaxLength(AssetLimits.Notes);
        b.Property(a => a.Value).HasPrecision(14, 2);
        b.Property(a => a.RetiredBy).HasMaxLength(AssetLimits.Person);
        b.Property(a => a.RetireReason).HasMaxLength(AssetLimits.Reason);
        b.HasIndex(a => new { a.OrganizationId, a.Code }).IsUnique();
    }
}

internal sealed class AssetLoanConfiguration : IEntityTypeConfiguration<AssetLoan>
{
    public void Configure(EntityTypeBuilder<AssetLoan> b)
    {
        b.ToTable("AssetLoans");
        b.Property(l => l.BorrowerUserId).HasMaxLength(450);
        b.Property(l => l.BorrowerName).HasMaxLength(AssetLimits.Person);
        b.Property(l => l.BorrowerContact).HasMaxLength(AssetLimits.Contact);
        b.Property(l => l.Purpose).HasMaxLength(AssetLimits.Purpose);
        b.Property(l => l.Place).HasMaxLength(AssetLimits.Place);
        b.Property(l => l.RequestedByUserId).HasMaxLength(450);
        b.Property(l => l.RequestedBy).HasMaxLength(AssetLimits.Person);
        b.Property(l => l.DecidedByUserId).HasMaxLength(450);
        b.Property(l => l.DecidedBy).HasMaxLength(AssetLimits.Person);
        b.Property(l => l.DecisionNote).HasMaxLength(AssetLimits.Reason);
        b.Property(l => l.ReturnReceivedBy).HasMaxLength(AssetLimits.Person);
        b.Property(l => l.ReturnNote).HasMaxLength(AssetLimits.Reason);
        b.HasOne<Asset>().WithMany().HasForeignKey(l => l.AssetId).OnDelete(DeleteBehavior.Restrict);

        // The dashboard's questions: requests waiting, loans out past their date, by organization and status.
        b.HasIndex(l => new { l.OrganizationId, l.Status, l.Until });
        b.HasIndex(l => new { l.AssetId, l.Status });
        b.Property(l => l.TrackingCodeHash).HasMaxLength(64);
        b.HasIndex(l => l.TrackingCodeHash).IsUnique();
    }
}
