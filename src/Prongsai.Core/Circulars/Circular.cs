using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Circulars;

/// <summary>
/// An internal circular (หนังสือเวียน): a notice the organization sends to its own staff, who each say they have read it
/// (รับทราบ). The ITA measures ask for exactly this — "แจ้งเวียนให้บุคลากรภายในหน่วยงานทราบ" — and the list of who
/// acknowledged when is the evidence. The recipients are fixed when it is issued, so the list stays the record of
/// that day: staff who join later are not counted as missing.
/// </summary>
public sealed class Circular : ITenantOwned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }

    /// <summary>The letter's own number as the office registers it, e.g. "ชบ 71101/ว 15" (optional).</summary>
    public string? Number { get; set; }

    public required string Title { get; set; }

    /// <summary>Plain text; paragraphs are kept as typed.</summary>
    public required string Body { get; set; }

    /// <summary>Who it went to, in words, as it was when issued ("บุคลากรทุกคน" or the departments' names).</summary>
    public required string Audience { get; set; }

    /// <summary>The day staff are asked to acknowledge by (optional); after it, the missing ones are late.</summary>
    public DateOnly? AcknowledgeBy { get; set; }

    public DateTimeOffset IssuedAt { get; set; }
    public required string IssuedByUserId { get; set; }
    public required string IssuedBy { get; set; }

    public CircularStatus Status { get; set; } = CircularStatus.Issued;
    public DateTimeOffset? CancelledAt { get; set; }
    public string? CancelledBy { get; set; }
    public string? CancelReason { get; set; }

    /// <summary>The signed letter, usually a scanned PDF (optional; checked by content like every upload).</summary>
    public string? FileKey { get; set; }
    public string? FileName { get; set; }
    public string? ContentType { get; set; }
    public long? FileSizeBytes { get; set; }
    public string? FileSha256 { get; set; }

    public List<CircularRecipient> Recipients { get; set; } = [];
}

public enum CircularStatus
{
    Issued = 1,

    /// <summary>Withdrawn by the organization: kept with its acknowledgements, nobody is asked any more.</summary>
    Cancelled = 2,
}

/// <summary>One staff member a circular was sent to, and when they acknowledged it.</summary>
public sealed class CircularRecipient : ITenantOwned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public int CircularId { get; set; }
    public required string UserId { get; set; }

    /// <summary>The name as it was when sent: the record must not change when an account is renamed.</summary>
    public required string DisplayName { get; set; }

    public DateTimeOffset? AcknowledgedAt { get; set; }
}

/// <summary>Lengths the form, the use case and the schema share.</summary>
public static class CircularLimits
{
    public const int Number = 100;
    public const int Title = 300;
    public const int Body = 20_000;
    public const int Audience = 1_000;
    public const int Reason = 1_000;
    public const int Name = 200;
}
