using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Measures;

/// <summary>
/// The measures of one organization for one fiscal year (BE), edited as a draft and published
/// as frozen versions (MeasureReportVersion).
/// </summary>
public sealed class MeasurePlan : ITenantOwned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }

    /// <summary>Buddhist-era fiscal year, e.g. 2567 (1 Oct 2023 – 30 Sep 2024).</summary>
    public int FiscalYear { get; set; }

    /// <summary>Safe HTML (SafeHtml policy) or plain text.</summary>
    public required string Title { get; set; }
    public string Introduction { get; set; } = "";

    /// <summary>When someone asked an Executive to approve and publish the current draft.</summary>
    public DateTimeOffset? ApprovalRequestedAt { get; set; }
    public string? ApprovalRequestedBy { get; set; }

    /// <summary>Set on every edit after a publication: the draft differs from the latest version.</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    public List<Measure> Measures { get; set; } = [];
}
