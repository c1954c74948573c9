using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Prongsai.Core.Ledger;
using Prongsai.Core.Organizations;
using Prongsai.Core.Publishing;
using Prongsai.Core.Search;

namespace Prongsai.Core.Data;

internal sealed class DocumentCategoryConfiguration : IEntityTypeConfiguration<DocumentCategory>
{
    public void Configure(EntityTypeBuilder<DocumentCategory> b)
    {
        b.Property(c => c.Slug).HasMaxLength(60);
        b.Property(c => c.Name).HasMaxLength(200);
        b.Property(c => c.NameEnglish).HasMaxLength(200);
        b.Property(c => c.Hint).HasMaxLength(500);
        b.HasIndex(c => new { c.OrganizationId, c.Slug }).IsUnique();
        b.HasOne<Organization>().WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DocumentConfiguration : IEntityTypeConfiguration<Document>
{
    public void Configure(EntityTypeBuilder<Document> b)
    {
        b.Property(d => d.Title).HasMaxLength(500);
        b.Property(d => d.Summary).HasMaxLength(4000);
        b.Property(d => d.CreatedBy).HasMaxLength(256);
        b.HasIndex(d => new { d.OrganizationId, d.Status, d.PublishedAt });
        // The home page's newest news (a few categories, by date), its counts per category and the list's fiscal years,
        // each from the index instead of every document row of the organization (docs/performance.md, "Mixed load,
        // third pass").
        b.HasIndex(d => new { d.OrganizationId, d.Status, d.CategoryId, d.PublishedAt, d.FiscalYear });
        b.HasIndex(d => new { d.Status, d.PublishAt });
        b.HasOne(d => d.Category).WithMany().HasForeignKey(d => d.CategoryId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Department>().WithMany().HasForeignKey(d => d.DepartmentId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<Organization>().WithMany().HasForeignKey(d => d.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(d => d.Attachments).WithOne().HasForeignKey(a => a.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DocumentVersionConfiguration : IEntityTypeConfiguration<DocumentVersion>
{
    public void Configure(EntityTypeBuilder<DocumentVersion> b)
    {
        b.Property(v => v.Title).HasMaxLength(500);
        b.Property(v => v.Summary).HasMaxLength(4000);
        b.Property(v => v.SavedBy).HasMaxLength(256);
        b.HasIndex(v => new { v.DocumentId, v.Number }).IsUnique();
        b.HasOne<Document>().WithMany().HasForeignKey(v => v.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AttachmentConfiguration : IEntityTypeConfiguration<Attachment>
{
    public void Configure(EntityTypeBuilder<Attachment> b)
    {
        b.Property(a => a.FileKey).HasMaxLength(200);
        b.Property(a => a.FileName).HasMaxLength(200);
        b.Property(a => a.ContentType).HasMaxLength(200);
        b.Property(a => a.Kind).HasMaxLength(20);
        b.Property(a => a.Sha256).HasMaxLength(64);
        b.Property(a => a.TextNote).HasMaxLength(500);
        b.HasIndex(a => a.TextState);
        // The documents list counts each row's files: with the organization and the document in one index the count
        // is read from the index alone, not from rows that also carry the text read out of each file
        // (docs/performance.md, "Counting a document's files from the index").
        b.HasIndex(a => new { a.OrganizationId, a.DocumentId });
    }
}

internal sealed class OrganizationPageConfiguration : IEntityTypeConfiguration<OrganizationPage>
{
    public void Configure(EntityTypeBuilder<OrganizationPage> b)
    {
        b.Property(p => p.Key).HasMaxLength(40);
        b.Property(p => p.Title).HasMaxLength(200);
        b.HasIndex(p => new { p.OrganizationId, p.Key }).IsUnique();
        b.HasOne<Organization>().WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ExecutiveConfiguration : IEntityTypeConfiguration<Executive>
{
    public void Configure(EntityTypeBuilder<Executive> b)
    {
        b.Property(e => e.Name).HasMaxLength(200);
        b.Property(e => e.Title).HasMaxLength(200);
        b.Property(e => e.Phone).HasMaxLength(50);
        b.Property(e => e.PhotoFileKey).HasMaxLength(200);
        b.HasOne<Organization>().WithMany().HasForeignKey(e => e.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LedgerEntryConfiguration : IEntityTypeConfiguration<LedgerEntry>
{
    public void Configure(EntityTypeBuilder<LedgerEntry> b)
    {
        b.Property(e => e.ItemType).HasMaxLength(40);
        b.Property(e => e.ItemId).HasMaxLength(40);
        b.Property(e => e.Action).HasMaxLength(20);
        b.Property(e => e.ContentSha256).HasMaxLength(64);
        b.Property(e => e.PreviousHash).HasMaxLength(64);
        b.Property(e => e.Hash).HasMaxLength(64);
        b.Property(e => e.Title).HasMaxLength(500);
        b.HasIndex(e => new { e.OrganizationId, e.Sequence }).IsUnique();
        b.HasIndex(e => new { e.OrganizationId, e.ItemType, e.ItemId });
        b.HasMany(e => e.Files).WithOne().HasForeignKey(f => f.EntryId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organization>().WithMany().HasForeignKey(e => e.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LedgerFileConfiguration : IEntityTypeConfiguration<LedgerFile>
{
    public void Configure(EntityTypeBuilder<LedgerFile> b)
    {
        b.Property(f => f.Name).HasMaxLength(40);
        b.Property(f => f.Sha256).HasMaxLength(64);
        b.Property(f => f.FileName).HasMaxLength(200);
        b.HasIndex(f => new { f.OrganizationId, f.Sha256 });
    }
}

internal sealed class SearchEntryConfiguration : IEntityTypeConfiguration<SearchEntry>
{
    public void Configure(EntityTypeBuilder<SearchEntry> b)
    {
        b.ToTable("SearchEntries");
        b.Property(e => e.ItemType).HasMaxLength(40);
        b.Property(e => e.ItemId).HasMaxLength(40);
        // A page of hits reads each entry's title and address: in the row, not at a TOAST lookup each.
        b.Property(e => e.Title).HasMaxLength(500).StoredInRow();
        b.Property(e => e.Url).HasMaxLength(300).StoredInRow();
        b.HasIndex(e => new { e.OrganizationId, e.ItemType, e.ItemId }).IsUnique();
        b.HasOne<Organization>().WithMany().HasForeignKey(e => e.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}
