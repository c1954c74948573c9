using Prongsai.Core.Common;
using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Ita.Checklist;

/// <summary>
/// An organization's OIT checklist of one fiscal year. It follows the latest revision of its catalog version
/// (fiscal year + variant): items are matched by key, so a re-imported catalog never breaks it.
/// </summary>
public sealed class ItaChecklist : ITenantOwned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public int FiscalYear { get; set; }
    public required string Variant { get; set; }

    /// <summary>When the OIT answers are due in ITAS this year (the assessment calendar; set per fiscal year).</summary>
    public DateOnly? DueOn { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the responsible departments were last reminded of their missing items (the reminder job).</summary>
    public DateTimeOffset? RemindedAt { get; set; }

    public List<ItaChecklistItem> Items { get; set; } = [];
}

/// <summary>Where an item stands. Only <see cref="Ready"/> and <see cref="Approved"/> items count and are public.</summary>
public enum ItaItemStatus
{
    Missing = 0,
    InProgress = 1,
    Ready = 2,
    Approved = 3,
}

/// <summary>One catalog item (by key) in a checklist: the ITAS answer, its status, evidence and who answers for it.</summary>
public sealed class ItaChecklistItem : ITenantOwned, IEditVersioned
{
    /// <summary>Saves made through the edit forms (<see cref="EditVersions"/>).</summary>
    public int EditVersion { get; set; }

    public const int MaxNote = 2000;

    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public int ChecklistId { get; set; }

    /// <summary>The catalog item's stable key (codes change from year to year, keys do not).</summary>
    public required string ItemKey { get; set; }

    public ItaItemStatus Status { get; set; }

    /// <summary>The note to the assessor that goes into ITAS with the URLs.</summary>
    public string? Note { get; set; }

    /// <summary>The department that publishes this item's evidence (null: nobody assigned yet).</summary>
    public int? DepartmentId { get; set; }

    public string? ApprovedBy { get; set; }
    public DateTimeOffset? ApprovedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public List<ItaEvidence> Evidence { get; set; } = [];

    /// <summary>Ready or approved: answered "มี" in ITAS and shown to the public.</summary>
    public bool IsDone => Status is ItaItemStatus.Ready or ItaItemStatus.Approved;
}
