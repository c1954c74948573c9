using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Prongsai.Core.Ita.Catalogs;
using Prongsai.Core.Ita.Checklist;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Ita;

internal sealed class StoredCatalogConfiguration : IEntityTypeConfiguration<StoredCatalog>
{
    public void Configure(EntityTypeBuilder<StoredCatalog> b)
    {
        b.ToTable("ItaCatalogs");
        b.HasIndex(c => new { c.FiscalYear, c.Variant, c.Revision }).IsUnique();
        b.Property(c => c.Variant).HasMaxLength(32);
        b.Property(c => c.Label).HasMaxLength(500);
        b.Property(c => c.SavedBy).HasMaxLength(256);
    }
}

internal sealed class ItaChecklistConfiguration : IEntityTypeConfiguration<ItaChecklist>
{
    public void Configure(EntityTypeBuilder<ItaChecklist> b)
    {
        b.HasIndex(c => new { c.OrganizationId, c.FiscalYear }).IsUnique();
        b.Property(c => c.Variant).HasMaxLength(32);
        b.HasOne<Organization>().WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Items).WithOne().HasForeignKey(i => i.ChecklistId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ItaChecklistItemConfiguration : IEntityTypeConfiguration<ItaChecklistItem>
{
    public void Configure(EntityTypeBuilder<ItaChecklistItem> b)
    {
        b.HasIndex(i => new { i.ChecklistId, i.ItemKey }).IsUnique();
        b.Property(i => i.ItemKey).HasMaxLength(64);
        b.Property(i => i.Note).HasMaxLength(ItaChecklistItem.MaxNote);
        b.Property(i => i.ApprovedBy).HasMaxLength(256);
        b.HasOne<Department>().WithMany().HasForeignKey(i => i.DepartmentId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(i => i.Evidence).WithOne().HasForeignKey(e => e.ChecklistItemId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ItaEvidenceConfiguration : IEntityTypeConfiguration<ItaEvidence>
{
    public void Configure(EntityTypeBuilder<ItaEvidence> b)
    {
        b.Property(e => e.Title).HasMaxLength(ItaEvidence.MaxTitle);
        b.Property(e => e.Url).HasMaxLength(ItaEvidence.MaxUrl);
        b.Property(e => e.SourceKey).HasMaxLength(64);
        b.Property(e => e.SourceItemId).HasMaxLength(64);
        b.Property(e => e.CreatedBy).HasMaxLength(256);
        b.Property(e => e.DecidedBy).HasMaxLength(256);
        b.Property(e => e.LinkMessage).HasMaxLength(500);
    }
}
