using Prongsai.Core.Common;
using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Publishing;

public enum DocumentStatus
{
    Draft = 0,
    Scheduled = 1,
    Published = 2,
    Unpublished = 3,
}

/// <summary>
/// A document of the public library. Its id is its stable public address
/// (/{org}/documents/{id}); the row holds the current content, and every save is kept as a
/// DocumentVersion. While published, the row is what the public sees and what the ledger's
/// latest entry for it hashes.
/// </summary>
public sealed class Document : ITenantOwned, IEditVersioned
{
    /// <summary>Saves made through the edit forms (<see cref="EditVersions"/>).</summary>
    public int EditVersion { get; set; }

    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public int CategoryId { get; set; }
    public int? DepartmentId { get; set; }

    /// <summary>Buddhist-era fiscal year the document is about (2567), when it has one.</summary>
    public int? FiscalYear { get; set; }

    public required string Title { get; set; }
    public string Summary { get; set; } = "";

    /// <summary>Safe HTML (SafeHtml policy).</summary>
    public string BodyHtml { get; set; } = "";

    public DocumentStatus Status { get; set; }

    /// <summary>When a scheduled document goes public.</summary>
    public DateTimeOffset? PublishAt { get; set; }

    /// <summary>When it first went public (kept through later updates; shown as the publish date).</summary>
    public DateTimeOffset? PublishedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public required string CreatedBy { get; set; }

    /// <summary>Number of the latest DocumentVersion.</summary>
    public int Version { get; set; }

    public DocumentCategory? Category { get; set; }
    public List<Attachment> Attachments { get; set; } = [];
}

/// <summary>A saved state of a document: kept forever, never edited.</summary>
public sealed class DocumentVersion : ITenantOwned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public int DocumentId { get; set; }
    public int Number { get; set; }
    public required string Title { get; set; }
    public string Summary { get; set; } = "";
    public string BodyHtml { get; set; } = "";
    public int CategoryId { get; set; }
    public int? DepartmentId { get; set; }
    public int? FiscalYear { get; set; }

    /// <summary>"id:sha256" of the attachments at that time, one per line.</summary>
    public string AttachmentList { get; set; } = "";

    public DocumentStatus Status { get; set; }
    public DateTimeOffset SavedAt { get; set; }
    public required string SavedBy { get; set; }
}
