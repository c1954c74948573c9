using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Publishing;

/// <summary>Where getting an attachment's text for search stands (shown to staff).</summary>
public enum TextState
{
    Pending = 0,
    Done = 1,

    /// <summary>No text layer and no OCR available (or an image): found by title only.</summary>
    NotSearchable = 2,
    Failed = 3,
}

/// <summary>
/// A file attached to a document. Stored through IFileStore under a key that never contains
/// the uploaded name; its type was detected from its bytes; its SHA-256 goes into the ledger.
/// </summary>
public sealed class Attachment : ITenantOwned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public int DocumentId { get; set; }
    public required string FileKey { get; set; }

    /// <summary>Sanitized name shown to people and sent in Content-Disposition.</summary>
    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    /// <summary>pdf, docx, xlsx, png, jpeg, gif, webp (FileTypeDetector kinds).</summary>
    public required string Kind { get; set; }

    public long SizeBytes { get; set; }

    /// <summary>Lower-case hex SHA-256 of the stored bytes.</summary>
    public required string Sha256 { get; set; }

    public long DownloadCount { get; set; }
    public int SortOrder { get; set; }
    public DateTimeOffset UploadedAt { get; set; }

    public TextState TextState { get; set; }

    /// <summary>Why the text is not searchable, or how it was read (e.g. "OCR").</summary>
    public string? TextNote { get; set; }

    /// <summary>The text for search; kept so the index can be rebuilt without reading files again.</summary>
    public string? ExtractedText { get; set; }
}
