using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Prongsai.Core.Organizations;
using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Search;

/// <summary>
/// The content stamp at which a <see cref="StampedSearchIndexer"/> last brought one kind of item of an organization
/// into the search index. A newer stamp means something public changed since, and the kind is compared again.
/// </summary>
public sealed class SearchIndexState : ITenantOwned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }

    /// <summary>The SearchEntry.ItemType kept this way.</summary>
    public required string ItemType { get; set; }

    public long IndexedVersion { get; set; }
}

internal sealed class SearchIndexStateConfiguration : IEntityTypeConfiguration<SearchIndexState>
{
    public void Configure(EntityTypeBuilder<SearchIndexState> b)
    {
        b.ToTable("SearchIndexStates");
        b.HasIndex(s => new { s.OrganizationId, s.ItemType }).IsUnique();
        b.HasOne<Organization>().WithMany().HasForeignKey(s => s.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        b.Property(s => s.ItemType).HasMaxLength(40);
    }
}
