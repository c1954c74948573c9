using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Measures;

/// <summary>
/// A published, frozen version of a plan's report: the JSON snapshot (the public contract) and
/// the DOCX/PDF rendered once at publication. Never edited after it is written.
/// </summary>
public sealed class MeasureReportVersion : ITenantOwned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public int PlanId { get; set; }
    public int FiscalYear { get; set; }
    public int Version { get; set; }
    public DateTimeOffset PublishedAt { get; set; }
    public required string PublishedBy { get; set; }
    public required string SnapshotJson { get; set; }
    public string? SnapshotSha256 { get; set; }
    public string? DocxFileKey { get; set; }
    public string? PdfFileKey { get; set; }

    /// <summary>Why no PDF was stored (e.g. the converter is not installed); shown to staff.</summary>
    public string? PdfProblem { get; set; }
}
