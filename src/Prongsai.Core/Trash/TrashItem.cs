using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Prongsai.Core.Organizations;
using Prongsai.Core.Tenancy;
using Prongsai.Core.Text;

namespace Prongsai.Core.Trash;

/// <summary>
/// Something deleted, kept for <see cref="TrashItem.RetentionDays"/> days so it can be restored: the deleted rows
/// themselves are gone from their tables (so the public pages, search, ledger and reports need no filter), and
/// this row holds them as JSON with their original ids, which a restore puts back.
/// </summary>
public sealed class TrashItem : ITenantOwned
{
    public const int RetentionDays = 30;

    public int Id { get; set; }
    public int OrganizationId { get; set; }

    /// <summary>What it is (<see cref="ITrashKind.Kind"/>) and its id when it was deleted (kept again on restore).</summary>
    public required string Kind { get; set; }
    public int ItemId { get; set; }

    /// <summary>
    /// Where it belongs, as its kind reads it: the plan of a measure or a budget line, the measure of a step, the
    /// department of a document (0: none).
    /// </summary>
    public int ParentId { get; set; }

    /// <summary>The item's name as people know it ("มาตรการ 3 จัดทำคู่มือ…").</summary>
    public required string Title { get; set; }

    /// <summary>Characters of a title kept; well inside the column, whose limit leaves room for the words around it.</summary>
    public const int TitleLength = 1000;

    /// <summary>The permission that allowed the delete; the same one restores it.</summary>
    public required string Permission { get; set; }

    public DateTimeOffset DeletedAt { get; set; }
    public string? DeletedBy { get; set; }
    public required string DeletedByName { get; set; }

    /// <summary>The deleted rows as JSON.</summary>
    public required string Payload { get; set; }

    public DateTimeOffset PurgeAfter => DeletedAt.AddDays(RetentionDays);

    /// <summary>
    /// The item a delete writes: who deleted it and when, its title cut to <see cref="TitleLength"/> at a whole
    /// letter, and the rows as JSON. Every trash kind builds its item here.
    /// </summary>
    public static TrashItem Deleted(
        string kind, int organizationId, int itemId, string title, string permission, string payload,
        StaffActor actor, DateTimeOffset now, int parentId = 0) => new()
    {
        OrganizationId = organizationId,
        Kind = kind,
        ItemId = itemId,
        ParentId = parentId,
        Title = PlainText.Shorten(title, TitleLength),
        Permission = permission,
        DeletedAt = now,
        DeletedBy = actor.UserId,
        DeletedByName = actor.UserName,
        Payload = payload,
    };
}

internal sealed class TrashItemConfiguration : IEntityTypeConfiguration<TrashItem>
{
    public void Configure(EntityTypeBuilder<TrashItem> b)
    {
        b.ToTable("TrashItems");
        b.Property(t => t.Kind).HasMaxLength(40);
        b.Property(t => t.Title).HasMaxLength(1200);
        b.Property(t => t.Permission).HasMaxLength(100);
        b.Property(t => t.DeletedByName).HasMaxLength(256);
        b.Ignore(t => t.PurgeAfter);
        b.HasIndex(t => t.DeletedAt);
    }
}
