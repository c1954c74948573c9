using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Publishing;

/// <summary>
/// A kind of document in the library (คู่มือการปฏิบัติงาน, แผนการจัดซื้อจัดจ้าง, ...). Each
/// organization starts with the defaults (DefaultCategories) and can add its own.
/// </summary>
public sealed class DocumentCategory : ITenantOwned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }

    /// <summary>URL name, e.g. "procurement-plans": ?category=procurement-plans.</summary>
    public required string Slug { get; set; }

    public required string Name { get; set; }
    public string? NameEnglish { get; set; }

    /// <summary>Why the category exists: the OIT items it answers (shown to staff).</summary>
    public string? Hint { get; set; }

    public int SortOrder { get; set; }

    /// <summary>News and announcements: listed on the home page.</summary>
    public bool IsNews { get; set; }
}
